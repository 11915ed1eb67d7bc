CREATE TABLE "contract_quarter_answers" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"answers" integer NOT NULL,
	"verified_answers" integer NOT NULL,
	CONSTRAINT "contract_quarter_answers_tenant_id_contract_id_quarter_pk" PRIMARY KEY("tenant_id","contract_id","quarter")
);
--> statement-breakpoint
CREATE TABLE "contract_quarter_values" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"indicator_id" uuid NOT NULL,
	"numbers" integer NOT NULL,
	"verified_numbers" integer NOT NULL,
	"total" numeric,
	"verified_total" numeric,
	"quantified" integer NOT NULL,
	"verified_quantified" integer NOT NULL,
	"quantified_total" numeric,
	"verified_quantified_total" numeric,
	CONSTRAINT "contract_quarter_values_tenant_id_contract_id_quarter_indicator_id_pk" PRIMARY KEY("tenant_id","contract_id","quarter","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "contract_quarter_values_stale" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	CONSTRAINT "contract_quarter_values_stale_tenant_id_contract_id_quarter_pk" PRIMARY KEY("tenant_id","contract_id","quarter")
);
--> statement-breakpoint
ALTER TABLE "contract_quarter_answers" ADD CONSTRAINT "contract_quarter_answers_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_quarter_values" ADD CONSTRAINT "contract_quarter_values_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_quarter_values_indicator_idx" ON "contract_quarter_values" USING btree ("tenant_id","indicator_id","quarter");--> statement-breakpoint
-- hand-written
-- Summaries and their marks are written by the database only. A buyer reads its own summaries;
-- nobody but the owner's functions sees the marks.
ALTER TABLE contract_quarter_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contract_quarter_values FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contract_quarter_values_buyer ON contract_quarter_values FOR SELECT TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id());
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON contract_quarter_values FROM groeipad_app, groeipad_buyer, groeipad_supplier, groeipad_verifier;
--> statement-breakpoint
ALTER TABLE contract_quarter_answers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contract_quarter_answers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contract_quarter_answers_buyer ON contract_quarter_answers FOR SELECT TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id());
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON contract_quarter_answers FROM groeipad_app, groeipad_buyer, groeipad_supplier, groeipad_verifier;
--> statement-breakpoint
ALTER TABLE contract_quarter_values_stale ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contract_quarter_values_stale FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The marks have no policy at all: every role that may read tenant tables reads none of them.
REVOKE INSERT, UPDATE, DELETE ON contract_quarter_values_stale FROM groeipad_app, groeipad_buyer, groeipad_supplier, groeipad_verifier;
--> statement-breakpoint
-- Marking: SECURITY DEFINER, because whoever changes a value (a supplier, a verifier) may not see
-- the marks. Only accepted reports count on the dashboards, so a supplier typing in a draft marks
-- nothing. A mark is one upsert of a key, so a report of fifteen values costs fifteen probes.
CREATE OR REPLACE FUNCTION mark_report_quarter_stale(p_tenant uuid, p_report uuid) RETURNS void LANGUAGE sql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ INSERT INTO contract_quarter_values_stale (tenant_id, contract_id, quarter)
   SELECT r.tenant_id, r.contract_id, r.quarter FROM reports r
   WHERE r.tenant_id = p_tenant AND r.id = p_report AND r.status = 'accepted'
   ON CONFLICT DO NOTHING $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mark_contract_quarter_stale(p_tenant uuid, p_contract uuid, p_quarter text) RETURNS void LANGUAGE sql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ INSERT INTO contract_quarter_values_stale (tenant_id, contract_id, quarter) VALUES (p_tenant, p_contract, p_quarter)
   ON CONFLICT DO NOTHING $$;
--> statement-breakpoint
-- A report counts from its acceptance until it stops being accepted (sent back, a correction).
CREATE OR REPLACE FUNCTION mark_report_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status = 'accepted' THEN
    PERFORM mark_contract_quarter_stale(OLD.tenant_id, OLD.contract_id, OLD.quarter);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'accepted' THEN
    PERFORM mark_contract_quarter_stale(NEW.tenant_id, NEW.contract_id, NEW.quarter);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reports_mark_quarter_values AFTER INSERT OR DELETE OR UPDATE OF status, quarter, contract_id ON reports
  FOR EACH ROW EXECUTE FUNCTION mark_report_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mark_report_value_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM mark_report_quarter_stale(OLD.tenant_id, OLD.report_id); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM mark_report_quarter_stale(NEW.tenant_id, NEW.report_id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_values_mark_quarter_values AFTER INSERT OR DELETE OR UPDATE OF value, quantity, score, kpi_id, report_id ON report_values
  FOR EACH ROW EXECUTE FUNCTION mark_report_value_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mark_verification_change() RETURNS trigger LANGUAGE plpgsql AS
$$ DECLARE
  changed value_verifications := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  PERFORM mark_report_quarter_stale(changed.tenant_id, v.report_id)
  FROM report_values v WHERE v.tenant_id = changed.tenant_id AND v.id = changed.report_value_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER value_verifications_mark_quarter_values AFTER INSERT OR DELETE OR UPDATE ON value_verifications
  FOR EACH ROW EXECUTE FUNCTION mark_verification_change();
--> statement-breakpoint
-- A KPI moved to another indicator moves its values' figures: every accepted quarter of its contract.
CREATE OR REPLACE FUNCTION mark_kpi_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  PERFORM mark_contract_quarter_stale(r.tenant_id, r.contract_id, r.quarter)
  FROM reports r WHERE r.tenant_id = NEW.tenant_id AND r.contract_id IN (OLD.contract_id, NEW.contract_id) AND r.status = 'accepted';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER kpis_mark_quarter_values AFTER UPDATE OF indicator_id, contract_id ON kpis
  FOR EACH ROW WHEN (OLD.indicator_id IS DISTINCT FROM NEW.indicator_id OR OLD.contract_id IS DISTINCT FROM NEW.contract_id)
  EXECUTE FUNCTION mark_kpi_change();
--> statement-breakpoint
-- Recomputes the marked quarters of one tenant, in the reading transaction, before the dashboard
-- reads the summaries. Nothing marked (the usual case): one index probe. Otherwise one refresher
-- per tenant at a time (a transaction lock), so two dashboards computed at once cannot take the
-- same marks in different orders and deadlock; the second waits, then finds the marks gone and the
-- first's summaries committed. Anyone may call it for any tenant: it recomputes what is marked, and
-- reveals and changes nothing else.
CREATE OR REPLACE FUNCTION refresh_contract_quarter_values(p_tenant uuid) RETURNS integer LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ DECLARE
  marked_contracts uuid[];
  marked_quarters text[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM contract_quarter_values_stale WHERE tenant_id = p_tenant) THEN RETURN 0; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('contract_quarter_values'), hashtext(p_tenant::text));
  WITH taken AS (DELETE FROM contract_quarter_values_stale WHERE tenant_id = p_tenant RETURNING contract_id, quarter)
  SELECT array_agg(contract_id), array_agg(quarter) INTO marked_contracts, marked_quarters FROM taken;
  IF marked_contracts IS NULL THEN RETURN 0; END IF;
  DELETE FROM contract_quarter_values s
  USING unnest(marked_contracts, marked_quarters) AS m(contract_id, quarter)
  WHERE s.tenant_id = p_tenant AND s.contract_id = m.contract_id AND s.quarter = m.quarter;
  DELETE FROM contract_quarter_answers s
  USING unnest(marked_contracts, marked_quarters) AS m(contract_id, quarter)
  WHERE s.tenant_id = p_tenant AND s.contract_id = m.contract_id AND s.quarter = m.quarter;
  -- Every accepted value of the marked quarters, read once for both summaries. Verified: the
  -- value's latest verification says so (lib/dashboard/sections/verified.ts).
  WITH marked_values AS (
    SELECT r.contract_id, r.quarter, k.indicator_id, v.value, v.quantity, v.value IS NOT NULL OR v.score IS NOT NULL AS answered,
           coalesce((SELECT x.status = 'geverifieerd' FROM value_verifications x
                     WHERE x.tenant_id = p_tenant AND x.report_value_id = v.id
                     ORDER BY x.created_at DESC, x.id DESC LIMIT 1), false) AS verified
    FROM unnest(marked_contracts, marked_quarters) AS m(contract_id, quarter)
    JOIN reports r ON r.tenant_id = p_tenant AND r.contract_id = m.contract_id AND r.quarter = m.quarter AND r.status = 'accepted'
    JOIN report_values v ON v.tenant_id = p_tenant AND v.report_id = r.id
    JOIN kpis k ON k.tenant_id = p_tenant AND k.id = v.kpi_id
  ),
  figures AS (
    INSERT INTO contract_quarter_values (tenant_id, contract_id, quarter, indicator_id, numbers, verified_numbers,
      total, verified_total, quantified, verified_quantified, quantified_total, verified_quantified_total)
    SELECT p_tenant, contract_id, quarter, indicator_id,
           count(value), count(value) FILTER (WHERE verified),
           sum(value), sum(value) FILTER (WHERE verified),
           count(value * quantity), count(value * quantity) FILTER (WHERE verified),
           sum(value * quantity), sum(value * quantity) FILTER (WHERE verified)
    FROM marked_values WHERE indicator_id IS NOT NULL AND value IS NOT NULL
    GROUP BY contract_id, quarter, indicator_id
  )
  INSERT INTO contract_quarter_answers (tenant_id, contract_id, quarter, answers, verified_answers)
  SELECT p_tenant, contract_id, quarter, count(*), count(*) FILTER (WHERE verified)
  FROM marked_values WHERE answered
  GROUP BY contract_id, quarter;
  RETURN array_length(marked_contracts, 1);
END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION refresh_contract_quarter_values(uuid) TO groeipad_app, groeipad_buyer;
--> statement-breakpoint
-- Every accepted quarter there is now, marked and summarised once.
INSERT INTO contract_quarter_values_stale (tenant_id, contract_id, quarter)
SELECT DISTINCT tenant_id, contract_id, quarter FROM reports WHERE status = 'accepted'
ON CONFLICT DO NOTHING;
--> statement-breakpoint
SELECT refresh_contract_quarter_values(t.tenant_id) FROM (SELECT DISTINCT tenant_id FROM contract_quarter_values_stale) t;
