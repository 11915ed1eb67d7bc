CREATE TABLE "shared_profile_facts" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid NOT NULL,
	"fact_id" uuid NOT NULL,
	"fact_version" integer NOT NULL,
	"kind" varchar(32) NOT NULL,
	"year" integer,
	"value" numeric(18, 4),
	"scope1" numeric(18, 4),
	"scope2" numeric(18, 4),
	"scope3" numeric(18, 4),
	"description" text,
	"valid_from" date,
	"valid_until" date,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shared_profile_facts_tenant_id_supplier_org_id_fact_id_pk" PRIMARY KEY("tenant_id","supplier_org_id","fact_id")
);
--> statement-breakpoint
CREATE TABLE "supplier_profile_facts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" varchar(32) NOT NULL,
	"year" integer,
	"value" numeric(18, 4),
	"scope1" numeric(18, 4),
	"scope2" numeric(18, 4),
	"scope3" numeric(18, 4),
	"description" text,
	"valid_from" date,
	"valid_until" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_profile_facts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "supplier_profile_facts_kind" CHECK ("supplier_profile_facts"."kind" in ('co2_ladder', 'iso14001', 'iso26000', 'footprint', 'social_return')),
	CONSTRAINT "supplier_profile_facts_ladder_step" CHECK ("supplier_profile_facts"."kind" <> 'co2_ladder' or "supplier_profile_facts"."value" in (1, 2, 3, 4, 5)),
	CONSTRAINT "supplier_profile_facts_validity" CHECK ("supplier_profile_facts"."valid_until" is null or "supplier_profile_facts"."valid_from" is null or "supplier_profile_facts"."valid_until" >= "supplier_profile_facts"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "supplier_profile_files" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"fact_id" uuid NOT NULL,
	"file_name" varchar(255) NOT NULL,
	"content_type" varchar(100) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_key" text,
	"data" "bytea",
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_profile_files_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "supplier_profile_files_stored" CHECK ("supplier_profile_files"."data" is not null or "supplier_profile_files"."storage_key" is not null)
);
--> statement-breakpoint
CREATE TABLE "supplier_profile_shares" (
	"tenant_id" uuid NOT NULL,
	"buyer_org_id" uuid NOT NULL,
	"shared_by_user_id" uuid,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_profile_shares_tenant_id_buyer_org_id_pk" PRIMARY KEY("tenant_id","buyer_org_id")
);
--> statement-breakpoint
ALTER TABLE "report_values" ADD COLUMN "profile_fact_id" uuid;--> statement-breakpoint
ALTER TABLE "report_values" ADD COLUMN "profile_fact_version" integer;--> statement-breakpoint
ALTER TABLE "report_values" ADD COLUMN "profile_valid_until" date;--> statement-breakpoint
ALTER TABLE "shared_profile_facts" ADD CONSTRAINT "shared_profile_facts_supplier_org_id_organisations_id_fk" FOREIGN KEY ("supplier_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_profile_facts" ADD CONSTRAINT "supplier_profile_facts_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_profile_files" ADD CONSTRAINT "supplier_profile_files_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_profile_files" ADD CONSTRAINT "supplier_profile_files_tenant_id_fact_id_supplier_profile_facts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","fact_id") REFERENCES "public"."supplier_profile_facts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_profile_shares" ADD CONSTRAINT "supplier_profile_shares_buyer_org_id_organisations_id_fk" FOREIGN KEY ("buyer_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_profile_shares" ADD CONSTRAINT "supplier_profile_shares_shared_by_user_id_users_id_fk" FOREIGN KEY ("shared_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_profile_facts_kind_key" ON "supplier_profile_facts" USING btree ("tenant_id","kind",coalesce("year", 0));--> statement-breakpoint
CREATE INDEX "supplier_profile_files_fact_idx" ON "supplier_profile_files" USING btree ("tenant_id","fact_id");--> statement-breakpoint
-- hand-written
-- The profile is the supplier's own: only its supplier side reads and writes it. A buyer has no
-- policy here at all; it reads what was shared with it from shared_profile_facts in its own tenant.
ALTER TABLE supplier_profile_facts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE supplier_profile_facts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY supplier_profile_facts_own ON supplier_profile_facts FOR ALL TO groeipad_supplier
  USING (tenant_id = app_supplier_org_id())
  WITH CHECK (tenant_id = app_supplier_org_id());
--> statement-breakpoint
ALTER TABLE supplier_profile_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE supplier_profile_files FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY supplier_profile_files_own ON supplier_profile_files FOR ALL TO groeipad_supplier
  USING (tenant_id = app_supplier_org_id())
  WITH CHECK (tenant_id = app_supplier_org_id());
--> statement-breakpoint
-- A share names a buyer the supplier has a contract with (the transaction's partner setting), never another.
ALTER TABLE supplier_profile_shares ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE supplier_profile_shares FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY supplier_profile_shares_own ON supplier_profile_shares FOR ALL TO groeipad_supplier
  USING (tenant_id = app_supplier_org_id())
  WITH CHECK (tenant_id = app_supplier_org_id() AND buyer_org_id = ANY (app_partner_org_ids()));
--> statement-breakpoint
-- Published facts are rows of the buyer's tenant. The supplier writes and removes only its own
-- (supplier_org_id is the acting supplier) and only in the tenants of its partners; the buyer
-- reads those in its own tenant and changes none.
ALTER TABLE shared_profile_facts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE shared_profile_facts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY shared_profile_facts_buyer_read ON shared_profile_facts FOR SELECT TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY shared_profile_facts_supplier_own ON shared_profile_facts FOR ALL TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id() AND tenant_id = ANY (app_partner_org_ids()))
  WITH CHECK (supplier_org_id = app_supplier_org_id() AND tenant_id = ANY (app_partner_org_ids()));
