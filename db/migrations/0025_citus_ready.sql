ALTER TABLE "wheel_themes" DROP CONSTRAINT "wheel_themes_tenant_id_org_theme_id_wheel_themes_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE "wheel_themes" ADD CONSTRAINT "wheel_themes_tenant_id_org_theme_id_wheel_themes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_theme_id") REFERENCES "public"."wheel_themes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Citus runs no trigger with a transition table on its shards ("executor could not find named
-- tuplestore"), so the data-change log is written row by row. Still one entry per transaction and
-- tenant, as the dashboard cache expects: the first row of a tenant in a transaction inserts it,
-- later rows find it there, and only that first one prunes the tenant's entries older than an
-- hour (SKIP LOCKED: never wait for another writer).
CREATE OR REPLACE FUNCTION log_tenant_data_change_row() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ DECLARE
  changed_tenant uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
BEGIN
  INSERT INTO tenant_data_changes (tenant_id, txid) VALUES (changed_tenant, pg_current_xact_id()::text::bigint)
  ON CONFLICT (tenant_id, txid) DO NOTHING;
  IF FOUND THEN
    DELETE FROM tenant_data_changes d
    WHERE (d.tenant_id, d.txid) IN (
      SELECT o.tenant_id, o.txid FROM tenant_data_changes o
      WHERE o.tenant_id = changed_tenant AND o.changed_at < now() - interval '1 hour'
      FOR UPDATE SKIP LOCKED);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['contracts', 'kpis', 'kpi_themes', 'growth_path_versions', 'wheels', 'wheel_themes',
                           'organisation_targets', 'promises', 'reports', 'report_values', 'review_outcomes', 'action_items'] LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_log_insert', t);
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_log_update', t);
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_log_delete', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION log_tenant_data_change_row()', t || '_log_change', t);
  END LOOP;
END $$;
--> statement-breakpoint
DROP FUNCTION log_tenant_data_change();
