CREATE TABLE "benchmark_own_figures" (
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"purchasing_package" varchar(64) NOT NULL,
	"year" integer NOT NULL,
	"contracts" integer NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "benchmark_own_figures_tenant_id_year_purchasing_package_indicator_id_pk" PRIMARY KEY("tenant_id","year","purchasing_package","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "benchmark_own_figures" ADD CONSTRAINT "benchmark_own_figures_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written
-- The buyer's own, read by its buyer side only; written only by refresh_benchmark.
ALTER TABLE benchmark_own_figures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE benchmark_own_figures FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY benchmark_own_figures_buyer ON benchmark_own_figures FOR SELECT TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id());
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON benchmark_own_figures FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- As before, and each participant's own figures from the same reading, kept for every cell it has
-- figures in (also one of fewer than five buyers: it sees its own figure, not the others').
CREATE OR REPLACE FUNCTION refresh_benchmark(p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  kept integer;
BEGIN
  LOCK TABLE benchmark_cells, benchmark_own_figures IN EXCLUSIVE MODE;
  CREATE TEMPORARY TABLE benchmark_per_organisation ON COMMIT DROP AS
    SELECT cv.tenant_id, cv.indicator_id, cv.purchasing_package, cv.year, count(*)::integer AS contracts,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY cv.value) AS value
      FROM benchmark_contract_values cv
      JOIN organisations o ON o.id = cv.tenant_id AND o.kind = 'buyer'
                          AND o.benchmark_since IS NOT NULL AND o.suspended_at IS NULL
     GROUP BY cv.tenant_id, cv.indicator_id, cv.purchasing_package, cv.year;
  DELETE FROM benchmark_own_figures;
  INSERT INTO benchmark_own_figures (tenant_id, indicator_id, purchasing_package, year, contracts, value, refreshed_at)
  SELECT tenant_id, indicator_id, purchasing_package, year, contracts, value, p_now FROM benchmark_per_organisation;
  DELETE FROM benchmark_cells;
  INSERT INTO benchmark_cells (indicator_id, purchasing_package, year, organisations, contracts, p25, median, p75, refreshed_at)
  SELECT indicator_id, purchasing_package, year, count(*), sum(contracts),
         percentile_cont(0.25) WITHIN GROUP (ORDER BY value),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY value),
         percentile_cont(0.75) WITHIN GROUP (ORDER BY value),
         p_now
    FROM benchmark_per_organisation
   GROUP BY indicator_id, purchasing_package, year
  HAVING count(*) >= 5;
  GET DIAGNOSTICS kept = ROW_COUNT;
  DROP TABLE benchmark_per_organisation;
  RETURN kept;
END
$$;
