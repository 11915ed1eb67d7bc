CREATE TABLE "footprint_baselines" (
	"tenant_id" uuid NOT NULL,
	"fte" numeric(18, 4),
	"fte_year" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "footprint_baselines_tenant_id_pk" PRIMARY KEY("tenant_id"),
	CONSTRAINT "footprint_baselines_fte_positive" CHECK ("footprint_baselines"."fte" is null or "footprint_baselines"."fte" > 0),
	CONSTRAINT "footprint_baselines_fte_year" CHECK ("footprint_baselines"."fte_year" is null or "footprint_baselines"."fte_year" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "package_footprints" (
	"tenant_id" uuid NOT NULL,
	"purchasing_package" varchar(64) NOT NULL,
	"kg_per_fte" numeric(18, 4),
	"source" text,
	"source_year" integer,
	"strategic" boolean DEFAULT false NOT NULL,
	"theme_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "package_footprints_tenant_id_purchasing_package_pk" PRIMARY KEY("tenant_id","purchasing_package"),
	CONSTRAINT "package_footprints_kg_not_negative" CHECK ("package_footprints"."kg_per_fte" is null or "package_footprints"."kg_per_fte" >= 0),
	CONSTRAINT "package_footprints_source_year" CHECK ("package_footprints"."source_year" is null or "package_footprints"."source_year" between 1990 and 2100)
);
--> statement-breakpoint
ALTER TABLE "footprint_baselines" ADD CONSTRAINT "footprint_baselines_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "footprint_baselines" ADD CONSTRAINT "footprint_baselines_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_footprints" ADD CONSTRAINT "package_footprints_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_footprints" ADD CONSTRAINT "package_footprints_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- hand-written
-- The footprint baseline is the buyer's own policy data: its buyer side reads and writes it, a
-- supplier has no policy here at all.
ALTER TABLE footprint_baselines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE footprint_baselines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY footprint_baselines_buyer ON footprint_baselines FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE package_footprints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE package_footprints FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY package_footprints_buyer ON package_footprints FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
