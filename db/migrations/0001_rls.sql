-- Row-level security: the second wall behind the data layer's tenant filter.
-- The application runs its tenant work as groeipad_app (never superuser, never BYPASSRLS) after
-- lib/tenancy.ts has set app.user_id, app.org_id and app.org_kind for the transaction.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'groeipad_app') THEN
    CREATE ROLE groeipad_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO groeipad_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO groeipad_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO groeipad_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_org_kind() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.org_kind', true), '') $$;
--> statement-breakpoint
ALTER TABLE contracts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contracts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contracts_buyer ON contracts FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY contracts_supplier_read ON contracts FOR SELECT TO groeipad_app
  USING (app_org_kind() = 'supplier' AND supplier_org_id = app_org_id());
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_events_read ON audit_events FOR SELECT TO groeipad_app
  USING (tenant_id = app_org_id() OR actor_org_id = app_org_id());
--> statement-breakpoint
CREATE POLICY audit_events_append ON audit_events FOR INSERT TO groeipad_app
  WITH CHECK (actor_org_id = app_org_id());
--> statement-breakpoint
REVOKE UPDATE, DELETE ON audit_events FROM groeipad_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
