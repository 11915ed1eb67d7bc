CREATE TABLE "benchmark_cells" (
	"indicator_id" uuid NOT NULL,
	"purchasing_package" varchar(64) NOT NULL,
	"year" integer NOT NULL,
	"organisations" integer NOT NULL,
	"contracts" integer NOT NULL,
	"p25" numeric(18, 4) NOT NULL,
	"median" numeric(18, 4) NOT NULL,
	"p75" numeric(18, 4) NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "benchmark_cells_indicator_id_purchasing_package_year_pk" PRIMARY KEY("indicator_id","purchasing_package","year"),
	CONSTRAINT "benchmark_cells_five_or_more" CHECK ("benchmark_cells"."organisations" >= 5)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "benchmark_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "benchmark_cells" ADD CONSTRAINT "benchmark_cells_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written
-- One contract's result per catalogue indicator and year: the accepted values of its quarters,
-- an intensity weighted by the quarter's activity where it was reported. Only indicators whose
-- figures compare across contracts of different size (averages, not sums). It runs with the
-- reader's rights (security_invoker): a buyer's page sees its own contracts only, and the refresh
-- below, as the owner, sees every participant's.
CREATE VIEW benchmark_contract_values WITH (security_invoker = true) AS
SELECT c.tenant_id, c.id AS contract_id, c.purchasing_package, k.indicator_id,
       substr(r.quarter, 1, 4)::integer AS year,
       CASE WHEN i.aggregation = 'weighted_average' AND coalesce(sum(v.quantity) FILTER (WHERE v.quantity > 0), 0) > 0
            THEN sum(v.value * v.quantity) FILTER (WHERE v.quantity > 0) / sum(v.quantity) FILTER (WHERE v.quantity > 0)
            ELSE avg(v.value) END AS value
  FROM contracts c
  JOIN kpis k ON k.tenant_id = c.tenant_id AND k.contract_id = c.id
  JOIN indicators i ON i.id = k.indicator_id AND i.owner_org_id IS NULL AND i.aggregation <> 'sum'
  JOIN reports r ON r.tenant_id = c.tenant_id AND r.contract_id = c.id AND r.status = 'accepted'
  JOIN report_values v ON v.tenant_id = r.tenant_id AND v.report_id = r.id AND v.kpi_id = k.id AND v.value IS NOT NULL
 GROUP BY c.tenant_id, c.id, c.purchasing_package, k.indicator_id, i.aggregation, substr(r.quarter, 1, 4);
--> statement-breakpoint
GRANT SELECT ON benchmark_contract_values TO groeipad_buyer;
--> statement-breakpoint
-- Aggregates of at least five organisations and nothing else: readable by every buyer, written
-- only by refresh_benchmark.
REVOKE INSERT, UPDATE, DELETE ON benchmark_cells FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- Suppliers take no part: the figures answer buyers only (the side roles keep equal privileges;
-- the policy tells them apart), and the view is not theirs to read.
ALTER TABLE benchmark_cells ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benchmark_cells FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY benchmark_cells_buyers ON benchmark_cells FOR SELECT TO groeipad_buyer USING (true);
--> statement-breakpoint
REVOKE ALL ON benchmark_contract_values FROM groeipad_supplier;
--> statement-breakpoint
-- The benchmark anew, across the participating buyers on purpose (the one place it does): each
-- buyer counts once, with the median of its contracts; a cell of fewer than five buyers is not
-- kept. Serialised, so two refreshes never interleave; readers keep the previous figures meanwhile.
CREATE FUNCTION refresh_benchmark(p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  kept integer;
BEGIN
  LOCK TABLE benchmark_cells IN EXCLUSIVE MODE;
  DELETE FROM benchmark_cells;
  INSERT INTO benchmark_cells (indicator_id, purchasing_package, year, organisations, contracts, p25, median, p75, refreshed_at)
  SELECT per_org.indicator_id, per_org.purchasing_package, per_org.year, count(*), sum(per_org.contracts),
         percentile_cont(0.25) WITHIN GROUP (ORDER BY per_org.value),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY per_org.value),
         percentile_cont(0.75) WITHIN GROUP (ORDER BY per_org.value),
         p_now
    FROM (SELECT cv.tenant_id, cv.indicator_id, cv.purchasing_package, cv.year, count(*) AS contracts,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY cv.value) AS value
            FROM benchmark_contract_values cv
            JOIN organisations o ON o.id = cv.tenant_id AND o.kind = 'buyer'
                                AND o.benchmark_since IS NOT NULL AND o.suspended_at IS NULL
           GROUP BY cv.tenant_id, cv.indicator_id, cv.purchasing_package, cv.year) per_org
   GROUP BY per_org.indicator_id, per_org.purchasing_package, per_org.year
  HAVING count(*) >= 5;
  GET DIAGNOSTICS kept = ROW_COUNT;
  RETURN kept;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION refresh_benchmark(timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION refresh_benchmark(timestamptz) TO groeipad_app, groeipad_buyer;
