ALTER TYPE "public"."member_role" ADD VALUE 'verifier';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'bestuurder';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'beleidsadviseur';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'inkoopadviseur';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'projectleider';--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'interne_opdrachtgever';--> statement-breakpoint
CREATE TABLE "value_verifications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"report_value_id" uuid NOT NULL,
	"status" varchar(20) NOT NULL,
	"note" text,
	"verified_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "value_verifications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "value_verifications_status" CHECK ("value_verifications"."status" in ('niet_geverifieerd', 'geverifieerd', 'betwist'))
);
--> statement-breakpoint
CREATE TABLE "verification_samples" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"seed" integer NOT NULL,
	"size" integer NOT NULL,
	"population_size" integer NOT NULL,
	"drawn_value_ids" jsonb NOT NULL,
	"drawn_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verification_samples_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "verification_samples_quarter_format" CHECK ("verification_samples"."quarter" ~ '^[0-9]{4}-Q[1-4]$'),
	CONSTRAINT "verification_samples_size" CHECK ("verification_samples"."size" > 0)
);
--> statement-breakpoint
CREATE TABLE "verifier_assignments" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"verifier_user_id" uuid NOT NULL,
	"assigned_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verifier_assignments_tenant_id_contract_id_verifier_user_id_pk" PRIMARY KEY("tenant_id","contract_id","verifier_user_id")
);
--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_role_known";--> statement-breakpoint
ALTER TABLE "report_values" ADD COLUMN "contract_id" uuid;--> statement-breakpoint
ALTER TABLE "value_verifications" ADD CONSTRAINT "value_verifications_verified_by_user_id_users_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_verifications" ADD CONSTRAINT "value_verifications_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "value_verifications" ADD CONSTRAINT "value_verifications_tenant_id_report_value_id_report_values_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_value_id") REFERENCES "public"."report_values"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_samples" ADD CONSTRAINT "verification_samples_drawn_by_user_id_users_id_fk" FOREIGN KEY ("drawn_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifier_assignments" ADD CONSTRAINT "verifier_assignments_verifier_user_id_users_id_fk" FOREIGN KEY ("verifier_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifier_assignments" ADD CONSTRAINT "verifier_assignments_assigned_by_user_id_users_id_fk" FOREIGN KEY ("assigned_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifier_assignments" ADD CONSTRAINT "verifier_assignments_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "value_verifications_value_idx" ON "value_verifications" USING btree ("tenant_id","report_value_id","created_at");--> statement-breakpoint
CREATE INDEX "verification_samples_quarter_idx" ON "verification_samples" USING btree ("tenant_id","quarter","created_at");--> statement-breakpoint
CREATE INDEX "verifier_assignments_verifier_idx" ON "verifier_assignments" USING btree ("tenant_id","verifier_user_id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_role_known" CHECK ("memberships"."role"::text in ('admin','coordinator','contract_manager','viewer','reporter','member','verifier','bestuurder','beleidsadviseur','inkoopadviseur','projectleider','interne_opdrachtgever'));--> statement-breakpoint
-- hand-written
-- The report's contract on each reported value, kept by the database like supplier_org_id.
UPDATE report_values v SET contract_id = r.contract_id FROM reports r WHERE r.tenant_id = v.tenant_id AND r.id = v.report_id;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION contract_from_reports() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  SELECT r.contract_id INTO NEW.contract_id FROM reports r WHERE r.tenant_id = NEW.tenant_id AND r.id = NEW.report_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_values_contract_from_report BEFORE INSERT OR UPDATE OF contract_id, report_id ON report_values
  FOR EACH ROW EXECUTE FUNCTION contract_from_reports();
--> statement-breakpoint
-- The buyer side reads and writes its own verification data; suppliers have no policy here.
ALTER TABLE verifier_assignments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE verifier_assignments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verifier_assignments_buyer ON verifier_assignments FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE value_verifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE value_verifications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY value_verifications_buyer ON value_verifications FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE verification_samples ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE verification_samples FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY verification_samples_buyer ON verification_samples FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
-- Verification is append-only: a new status is a new row, the history stays.
REVOKE UPDATE, DELETE ON value_verifications FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- A verifier's transactions run as a role of their own (lib/tenancy.ts), narrower than the side
-- roles: SELECT on the few tables their page reads, INSERT on verifications and the audit trail,
-- and every policy compares columns with the transaction's settings (the buyer and the contracts
-- assigned to them, app.assigned_contract_ids), never a subquery.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'groeipad_verifier') THEN
    CREATE ROLE groeipad_verifier NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT groeipad_verifier TO groeipad_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO groeipad_verifier;
--> statement-breakpoint
GRANT SELECT ON contracts, kpis, reports, report_values, verifier_assignments, value_verifications TO groeipad_verifier;
--> statement-breakpoint
GRANT INSERT ON value_verifications, audit_events TO groeipad_verifier;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_assigned_contract_ids() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN nullif(current_setting('app.org_kind', true), '') = 'buyer'
               THEN coalesce(string_to_array(nullif(current_setting('app.assigned_contract_ids', true), ''), ',')::uuid[], '{}')
               ELSE '{}' END $$;
--> statement-breakpoint
CREATE POLICY contracts_verifier ON contracts FOR SELECT TO groeipad_verifier
  USING (tenant_id = app_buyer_org_id() AND id = ANY (app_assigned_contract_ids()));
--> statement-breakpoint
CREATE POLICY kpis_verifier ON kpis FOR SELECT TO groeipad_verifier
  USING (tenant_id = app_buyer_org_id() AND contract_id = ANY (app_assigned_contract_ids()));
--> statement-breakpoint
CREATE POLICY reports_verifier ON reports FOR SELECT TO groeipad_verifier
  USING (tenant_id = app_buyer_org_id() AND contract_id = ANY (app_assigned_contract_ids()));
--> statement-breakpoint
CREATE POLICY report_values_verifier ON report_values FOR SELECT TO groeipad_verifier
  USING (tenant_id = app_buyer_org_id() AND contract_id = ANY (app_assigned_contract_ids()));
--> statement-breakpoint
CREATE POLICY verifier_assignments_verifier ON verifier_assignments FOR SELECT TO groeipad_verifier
  USING (tenant_id = app_buyer_org_id() AND verifier_user_id = app_user_id());
--> statement-breakpoint
CREATE POLICY value_verifications_verifier_read ON value_verifications FOR SELECT TO groeipad_verifier
  USING (tenant_id = app_buyer_org_id() AND contract_id = ANY (app_assigned_contract_ids()));
--> statement-breakpoint
CREATE POLICY value_verifications_verifier_add ON value_verifications FOR INSERT TO groeipad_verifier
  WITH CHECK (tenant_id = app_buyer_org_id() AND contract_id = ANY (app_assigned_contract_ids())
              AND verified_by_user_id = app_user_id());
--> statement-breakpoint
CREATE POLICY audit_events_verifier_append ON audit_events FOR INSERT TO groeipad_verifier
  WITH CHECK (actor_org_id = app_org_id() AND tenant_id = app_org_id());
--> statement-breakpoint
-- The contracts assigned to a verifier, read at the start of their transaction by the login role
-- (before it switches to groeipad_verifier, which cannot read other people's assignments).
CREATE OR REPLACE FUNCTION verifier_contract_ids(p_user_id uuid, p_org_id uuid) RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT coalesce(array_agg(a.contract_id ORDER BY a.contract_id), '{}')
     FROM verifier_assignments a
     JOIN memberships m ON m.organisation_id = a.tenant_id AND m.user_id = a.verifier_user_id AND m.role::text = 'verifier'
    WHERE a.tenant_id = p_org_id AND a.verifier_user_id = p_user_id $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION verifier_contract_ids(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION verifier_contract_ids(uuid, uuid) TO groeipad_app;
