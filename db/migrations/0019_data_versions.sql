CREATE TABLE "tenant_data_changes" (
	"tenant_id" uuid NOT NULL,
	"txid" bigint NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_data_changes_tenant_id_txid_pk" PRIMARY KEY("tenant_id","txid")
);
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON tenant_data_changes FROM groeipad_app;
--> statement-breakpoint
GRANT SELECT ON tenant_data_changes TO groeipad_app;
--> statement-breakpoint
ALTER TABLE tenant_data_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenant_data_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_data_changes_read ON tenant_data_changes FOR SELECT TO groeipad_app
  USING (tenant_id = app_org_id());
--> statement-breakpoint
-- Each statement that changes dashboard data logs its transaction once per tenant it touched.
-- SECURITY DEFINER: a supplier's report changes its buyer's data. The triggers pass the changed
-- rows as the transition table changed_rows (new rows on INSERT/UPDATE, old rows on DELETE).
CREATE OR REPLACE FUNCTION log_tenant_data_change() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  INSERT INTO tenant_data_changes (tenant_id, txid)
  SELECT DISTINCT tenant_id, pg_current_xact_id()::text::bigint FROM changed_rows
  ON CONFLICT (tenant_id, txid) DO NOTHING;
  -- Keep the log short, so reading the version stays cheap: rows older than an hour go. Removing
  -- them changes the version once (one recomputed dashboard); the row just written holds the
  -- highest txid, so no earlier version can come back. SKIP LOCKED: never wait for another writer.
  DELETE FROM tenant_data_changes d
  WHERE (d.tenant_id, d.txid) IN (
    SELECT o.tenant_id, o.txid FROM tenant_data_changes o
    WHERE o.tenant_id IN (SELECT tenant_id FROM changed_rows) AND o.changed_at < now() - interval '1 hour'
    FOR UPDATE SKIP LOCKED);
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['contracts', 'kpis', 'kpi_themes', 'growth_path_versions', 'wheels', 'wheel_themes',
                           'organisation_targets', 'promises', 'reports', 'report_values', 'review_outcomes', 'action_items'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION log_tenant_data_change()', t || '_log_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION log_tenant_data_change()', t || '_log_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION log_tenant_data_change()', t || '_log_delete', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- Row-level security and the planner. Each table has a buyer policy and a supplier policy, and
-- PostgreSQL ORs them. "app_org_kind() = 'buyer'" compares no column, so the planner cannot
-- estimate it and guesses 0.5 %: a buyer's 2,000 contracts were planned as 4, and every join
-- above them as a nested loop. app_buyer_org_id() is the organisation id only when it is a
-- buyer (else NULL, which matches nothing), so "tenant_id = app_buyer_org_id()" is the same rule
-- with a column the planner estimates from its statistics.
CREATE OR REPLACE FUNCTION app_buyer_org_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN nullif(current_setting('app.org_kind', true), '') = 'buyer'
               THEN nullif(current_setting('app.org_id', true), '')::uuid END $$;
--> statement-breakpoint
DO $$
DECLARE
  p record;
  buyer_only constant text := '((app_org_kind() = ''buyer''::text) AND (tenant_id = app_org_id()))';
BEGIN
  FOR p IN SELECT schemaname, tablename, policyname, cmd FROM pg_policies
           WHERE 'groeipad_app' = ANY (roles) AND qual = buyer_only AND (with_check IS NULL OR with_check = buyer_only) LOOP
    IF p.cmd IN ('SELECT', 'DELETE') THEN
      EXECUTE format('ALTER POLICY %I ON %I.%I USING (tenant_id = app_buyer_org_id())', p.policyname, p.schemaname, p.tablename);
    ELSE
      EXECUTE format('ALTER POLICY %I ON %I.%I USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id())',
                     p.policyname, p.schemaname, p.tablename);
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
-- Every transaction that changed data before this migration counts as one change.
INSERT INTO tenant_data_changes (tenant_id, txid) SELECT id, 0 FROM organisations WHERE kind = 'buyer';
