-- One database role per side, so a buyer's queries carry only the buyer policies and a supplier's
-- only the supplier policies. Both sides' policies were permissive policies for groeipad_app, which
-- PostgreSQL ORs together: every buyer query on a contract table carried the supplier's
-- "party to this contract" subquery as well, which kept the planner off the tenant indexes and
-- doubled the organisation dashboard's database time (docs/performance.md, session 4).
-- lib/tenancy.ts switches to groeipad_buyer or groeipad_supplier by the organisation's kind.
-- groeipad_app (the login role in production, or the role of the login) is a member of both, so
-- it can switch to either, and still has both sides' policies, as before, when it does not switch.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'groeipad_buyer') THEN
    CREATE ROLE groeipad_buyer NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'groeipad_supplier') THEN
    CREATE ROLE groeipad_supplier NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT groeipad_buyer, groeipad_supplier TO groeipad_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The side roles get exactly the table privileges groeipad_app has (some tables are read-only or
-- append-only for it); tests/integration/side-roles.test.ts checks they stay equal.
DO $$
DECLARE g record;
BEGIN
  FOR g IN
    SELECT c.relname, string_agg(a.privilege_type, ', ') AS privileges
      FROM pg_class c, aclexplode(c.relacl) a
     WHERE c.relnamespace = 'public'::regnamespace AND a.grantee = 'groeipad_app'::regrole
     GROUP BY c.relname
  LOOP
    EXECUTE format('GRANT %s ON %I TO groeipad_buyer, groeipad_supplier', g.privileges, g.relname);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Each policy to its side. The four shared ones (the audit trail, the indicator catalogue, the
-- data-change log) serve both; a policy that is neither clearly buyer nor supplier stops the
-- migration rather than being guessed.
DO $$
DECLARE p record; side text;
BEGIN
  FOR p IN
    SELECT polname, polrelid::regclass AS tbl,
           coalesce(pg_get_expr(polqual, polrelid), '') || ' ' || coalesce(pg_get_expr(polwithcheck, polrelid), '') AS expr
      FROM pg_policy
     WHERE 'groeipad_app'::regrole = ANY (polroles)
  LOOP
    IF p.polname IN ('audit_events_read', 'audit_events_append', 'indicators_read', 'tenant_data_changes_read') THEN
      side := 'groeipad_buyer, groeipad_supplier';
    ELSIF p.expr LIKE '%''supplier''%' THEN
      side := 'groeipad_supplier';
    ELSIF p.expr LIKE '%app_buyer_org_id()%' OR p.expr LIKE '%''buyer''%' THEN
      side := 'groeipad_buyer';
    ELSE
      RAISE EXCEPTION 'policy % on % belongs to no side', p.polname, p.tbl;
    END IF;
    EXECUTE format('ALTER POLICY %I ON %s TO %s', p.polname, p.tbl, side);
  END LOOP;
END
$$;
