CREATE TYPE "public"."ambition_level" AS ENUM('minimum', 'plus', 'maximum');--> statement-breakpoint
CREATE TYPE "public"."growth_interpolation" AS ENUM('step', 'linear');--> statement-breakpoint
CREATE TYPE "public"."kpi_kind" AS ENUM('quantitative', 'qualitative');--> statement-breakpoint
CREATE TYPE "public"."kpi_obligation" AS ENUM('inspanning', 'resultaat');--> statement-breakpoint
CREATE TYPE "public"."kpi_status" AS ENUM('proposed', 'active', 'rejected', 'retired');--> statement-breakpoint
CREATE TYPE "public"."roadmap_status" AS ENUM('planned', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."xcurve_strategy" AS ENUM('ombouw', 'opbouw', 'voortbouw', 'afbouw');--> statement-breakpoint
CREATE TABLE "growth_path_versions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"effective_from" varchar(7) NOT NULL,
	"interpolation" "growth_interpolation" NOT NULL,
	"milestones" jsonb NOT NULL,
	"reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "growth_path_versions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "kpi_templates" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(160) NOT NULL,
	"description" text,
	"indicator_id" uuid,
	"kind" "kpi_kind" NOT NULL,
	"obligation" "kpi_obligation" NOT NULL,
	"purchasing_package" varchar(64),
	"score_meanings" jsonb,
	"measurement" text,
	"evidence_required" text,
	"levels" jsonb NOT NULL,
	"malus_rule" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_templates_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "kpi_themes" (
	"tenant_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "kpi_themes_tenant_id_kpi_id_theme_id_pk" PRIMARY KEY("tenant_id","kpi_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"name" varchar(160) NOT NULL,
	"description" text,
	"indicator_id" uuid,
	"kind" "kpi_kind" NOT NULL,
	"obligation" "kpi_obligation" NOT NULL,
	"score_meanings" jsonb,
	"baseline_value" numeric(18, 4),
	"baseline_quarter" varchar(7),
	"measurement" text,
	"evidence_required" text,
	"evidence_mandatory" boolean DEFAULT false NOT NULL,
	"weight" numeric(6, 2) DEFAULT '1' NOT NULL,
	"malus_rule" jsonb,
	"status" "kpi_status" DEFAULT 'proposed' NOT NULL,
	"proposed_by_kind" "organisation_kind" NOT NULL,
	"proposed_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"rejection_reason" text,
	"active_from" varchar(7),
	"retired_from" varchar(7),
	"retired_reason" text,
	"added_by_review_id" uuid,
	"retired_by_review_id" uuid,
	"promise_id" uuid,
	"template_id" uuid,
	"ambition_level" "ambition_level",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpis_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "kpis_quantitative_indicator" CHECK ("kpis"."kind" = 'qualitative' or "kpis"."indicator_id" is not null),
	CONSTRAINT "kpis_malus_only_for_results" CHECK ("kpis"."malus_rule" is null or "kpis"."obligation" = 'resultaat'),
	CONSTRAINT "kpis_quarter_format" CHECK (coalesce("kpis"."active_from", '2000-Q1') ~ '^[0-9]{4}-Q[1-4]$' and coalesce("kpis"."retired_from", '2000-Q1') ~ '^[0-9]{4}-Q[1-4]$')
);
--> statement-breakpoint
CREATE TABLE "promises" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"description" text NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"due_quarter" varchar(7),
	"source" varchar(200),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promises_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "roadmap_items" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"title" varchar(200) NOT NULL,
	"description" text,
	"theme_id" uuid,
	"strategy" "xcurve_strategy" NOT NULL,
	"owner" varchar(160),
	"owner_side" "organisation_kind" NOT NULL,
	"due_date" date NOT NULL,
	"status" "roadmap_status" DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "dream_partner" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "growth_path_versions" ADD CONSTRAINT "growth_path_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_path_versions" ADD CONSTRAINT "growth_path_versions_tenant_id_kpi_id_kpis_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kpi_id") REFERENCES "public"."kpis"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_templates" ADD CONSTRAINT "kpi_templates_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_themes" ADD CONSTRAINT "kpi_themes_tenant_id_kpi_id_kpis_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kpi_id") REFERENCES "public"."kpis"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_themes" ADD CONSTRAINT "kpi_themes_tenant_id_theme_id_wheel_themes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","theme_id") REFERENCES "public"."wheel_themes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_tenant_id_theme_id_wheel_themes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","theme_id") REFERENCES "public"."wheel_themes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "growth_path_versions_number_key" ON "growth_path_versions" USING btree ("tenant_id","kpi_id","version_number");--> statement-breakpoint
CREATE INDEX "kpis_contract_idx" ON "kpis" USING btree ("tenant_id","contract_id");