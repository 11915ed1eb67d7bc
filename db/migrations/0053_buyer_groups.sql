CREATE TYPE "public"."group_member_status" AS ENUM('invited', 'joined', 'declined', 'left', 'removed');--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'member';--> statement-breakpoint
ALTER TYPE "public"."organisation_kind" ADD VALUE 'buyer_group';--> statement-breakpoint
CREATE TABLE "group_adoptions" (
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"level" "ambition_level" NOT NULL,
	"contracts" integer NOT NULL,
	"deviations" integer NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "group_adoptions_tenant_id_organisation_id_template_id_level_pk" PRIMARY KEY("tenant_id","organisation_id","template_id","level")
);
--> statement-breakpoint
CREATE TABLE "group_consents" (
	"tenant_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"consented_by" uuid NOT NULL,
	"consented_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_consents_tenant_id_group_id_template_id_pk" PRIMARY KEY("tenant_id","group_id","template_id")
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" "group_member_status" NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "group_members_tenant_id_organisation_id_pk" PRIMARY KEY("tenant_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "group_results" (
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"contracts" integer NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "group_results_tenant_id_organisation_id_template_id_year_pk" PRIMARY KEY("tenant_id","organisation_id","template_id","year")
);
--> statement-breakpoint
CREATE TABLE "group_standard_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"effective_from" date NOT NULL,
	"standard" jsonb NOT NULL,
	"note" varchar(500),
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_standard_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_role_known";--> statement-breakpoint
ALTER TABLE "kpi_templates" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "kpi_templates" ADD COLUMN "group_template_id" uuid;--> statement-breakpoint
ALTER TABLE "kpi_templates" ADD COLUMN "group_standard_number" integer;--> statement-breakpoint
CREATE INDEX "group_members_organisation_idx" ON "group_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_standard_versions_number_key" ON "group_standard_versions" USING btree ("tenant_id","template_id","number");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_role_known" CHECK ("memberships"."role"::text in ('admin','coordinator','contract_manager','viewer','reporter','member'));--> statement-breakpoint
-- hand-written
-- The buyer side's organisation: a buyer, or a buyer group, which is a tenant of its own. The
-- buyer side's policies compare tenant_id with it, so a group's transaction reads the group's own
-- rows (its standards in kpi_templates, its members, invitations and audit trail) and never a
-- member's, whose rows carry the member's id. The kind is compared as text: a value added to an
-- enum cannot be used in the transaction that adds it.
CREATE OR REPLACE FUNCTION app_buyer_org_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN nullif(current_setting('app.org_kind', true), '') IN ('buyer', 'buyer_group')
               THEN nullif(current_setting('app.org_id', true), '')::uuid END $$;
--> statement-breakpoint
ALTER TABLE group_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_members FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY group_members_group ON group_members FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
-- A buyer reads where it stands in any group that invited it, and nothing else of that group.
CREATE POLICY group_members_own_standing ON group_members FOR SELECT TO groeipad_buyer
  USING (organisation_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE group_standard_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_standard_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY group_standard_versions_group ON group_standard_versions FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
-- A published version is what members adopted: it is never changed, a new version follows it.
REVOKE UPDATE, DELETE ON group_standard_versions FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE group_adoptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_adoptions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY group_adoptions_group ON group_adoptions FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE group_results ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_results FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY group_results_group ON group_results FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE group_consents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_consents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY group_consents_member ON group_consents FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
-- Whether an address belongs to a person of one of the group's joined members: a group invites
-- only them. Run in the group's transaction; it answers yes or no about the group's own members
-- and reads nothing else out.
CREATE FUNCTION group_member_person(p_email text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT nullif(current_setting('app.org_kind', true), '') = 'buyer_group' AND EXISTS (
    SELECT 1 FROM users u
      JOIN memberships m ON m.user_id = u.id
      JOIN group_members g ON g.organisation_id = m.organisation_id AND g.status = 'joined'
     WHERE lower(u.email) = lower(p_email) AND g.tenant_id = app_buyer_org_id())
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION group_member_person(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION group_member_person(text) TO groeipad_app, groeipad_buyer;
--> statement-breakpoint
-- The joined members of every group, for the nightly job that has each member publish its
-- figures anew in its own transaction. Ids only.
CREATE FUNCTION joined_group_members() RETURNS TABLE (group_id uuid, organisation_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT g.tenant_id, g.organisation_id FROM group_members g
    JOIN organisations o ON o.id = g.organisation_id AND o.suspended_at IS NULL
   WHERE g.status = 'joined'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION joined_group_members() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION joined_group_members() TO groeipad_app;
