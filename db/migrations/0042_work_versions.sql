CREATE TABLE "tenant_work_changes" (
	"tenant_id" uuid NOT NULL,
	"txid" bigint NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_work_changes_tenant_id_txid_pk" PRIMARY KEY("tenant_id","txid")
);
--> statement-breakpoint
-- hand-written
-- The work log is read like the data log: every side role reads its own organisation's entries,
-- and only the triggers below write them.
REVOKE ALL ON tenant_work_changes FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
GRANT SELECT ON tenant_work_changes TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE tenant_work_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenant_work_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_work_changes_read ON tenant_work_changes FOR SELECT TO groeipad_buyer, groeipad_supplier
  USING (tenant_id = app_org_id());
--> statement-breakpoint
-- Row by row, as Citus needs (see log_tenant_data_change_row): one entry per transaction and
-- tenant, the first row of a tenant in a transaction pruning its entries older than an hour.
CREATE OR REPLACE FUNCTION log_tenant_work_change_row() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ DECLARE
  changed_tenant uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
BEGIN
  INSERT INTO tenant_work_changes (tenant_id, txid) VALUES (changed_tenant, pg_current_xact_id()::text::bigint)
  ON CONFLICT (tenant_id, txid) DO NOTHING;
  IF FOUND THEN
    DELETE FROM tenant_work_changes d
    WHERE (d.tenant_id, d.txid) IN (
      SELECT o.tenant_id, o.txid FROM tenant_work_changes o
      WHERE o.tenant_id = changed_tenant AND o.changed_at < now() - interval '1 hour'
      FOR UPDATE SKIP LOCKED);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['contracts', 'kpis', 'reports', 'reviews', 'review_scores', 'action_items', 'roadmap_items',
                           'checklist_rounds', 'checklist_answers', 'organisation_targets'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION log_tenant_work_change_row()', t || '_log_work', t);
  END LOOP;
END $$;
--> statement-breakpoint
INSERT INTO tenant_work_changes (tenant_id, txid) SELECT id, 0 FROM organisations WHERE kind = 'buyer';
