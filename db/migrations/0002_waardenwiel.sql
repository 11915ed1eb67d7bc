CREATE TYPE "public"."goal_kind" AS ENUM('qualitative', 'quantitative');--> statement-breakpoint
CREATE TYPE "public"."indicator_aggregation" AS ENUM('sum', 'average', 'weighted_average');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('lower_better', 'higher_better');--> statement-breakpoint
CREATE TYPE "public"."pillar" AS ENUM('ecologisch_sociaal', 'samenwerking', 'gedragsverandering');--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid,
	"code" varchar(64) NOT NULL,
	"name" varchar(160) NOT NULL,
	"description" text,
	"unit_code" varchar(8) NOT NULL,
	"unit_label" varchar(40) NOT NULL,
	"direction" "indicator_direction" NOT NULL,
	"aggregation" "indicator_aggregation" NOT NULL,
	"min_value" numeric(18, 4),
	"max_value" numeric(18, 4),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_range_ordered" CHECK ("indicators"."min_value" is null or "indicators"."max_value" is null or "indicators"."min_value" <= "indicators"."max_value")
);
--> statement-breakpoint
CREATE TABLE "organisation_targets" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text,
	"indicator_id" uuid NOT NULL,
	"base_year" integer NOT NULL,
	"base_value" numeric(18, 4) NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_targets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "wheel_goals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"kind" "goal_kind" NOT NULL,
	"description" text NOT NULL,
	"indicator_id" uuid,
	"target_value" numeric(18, 4),
	"target_year" integer,
	"base_year" integer,
	"base_value" numeric(18, 4),
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "wheel_goals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "wheel_goals_quantitative_complete" CHECK ("wheel_goals"."kind" = 'qualitative' or ("wheel_goals"."indicator_id" is not null and "wheel_goals"."target_value" is not null and "wheel_goals"."target_year" is not null)),
	CONSTRAINT "wheel_goals_years_ordered" CHECK ("wheel_goals"."base_year" is null or "wheel_goals"."target_year" is null or "wheel_goals"."target_year" > "wheel_goals"."base_year")
);
--> statement-breakpoint
CREATE TABLE "wheel_subthemes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"name" varchar(160) NOT NULL,
	"description" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "wheel_subthemes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "wheel_themes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"wheel_id" uuid NOT NULL,
	"name" varchar(120) NOT NULL,
	"description" text,
	"pillar" "pillar" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"priority_rank" integer,
	"priority_tied" boolean DEFAULT false NOT NULL,
	"org_theme_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wheel_themes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "wheel_themes_rank_positive" CHECK ("wheel_themes"."priority_rank" is null or "wheel_themes"."priority_rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "wheels" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"contract_id" uuid,
	"derived_from_id" uuid,
	"ambition" text,
	"analysis" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wheels_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "wheels_year_range" CHECK ("wheels"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_targets" ADD CONSTRAINT "organisation_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_targets" ADD CONSTRAINT "organisation_targets_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_goals" ADD CONSTRAINT "wheel_goals_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_goals" ADD CONSTRAINT "wheel_goals_tenant_id_theme_id_wheel_themes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","theme_id") REFERENCES "public"."wheel_themes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_subthemes" ADD CONSTRAINT "wheel_subthemes_tenant_id_theme_id_wheel_themes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","theme_id") REFERENCES "public"."wheel_themes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_themes" ADD CONSTRAINT "wheel_themes_tenant_id_wheel_id_wheels_tenant_id_id_fk" FOREIGN KEY ("tenant_id","wheel_id") REFERENCES "public"."wheels"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_themes" ADD CONSTRAINT "wheel_themes_tenant_id_org_theme_id_wheel_themes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","org_theme_id") REFERENCES "public"."wheel_themes"("tenant_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheels" ADD CONSTRAINT "wheels_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheels" ADD CONSTRAINT "wheels_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheels" ADD CONSTRAINT "wheels_tenant_id_derived_from_id_wheels_tenant_id_id_fk" FOREIGN KEY ("tenant_id","derived_from_id") REFERENCES "public"."wheels"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_global_code_key" ON "indicators" USING btree ("code") WHERE "indicators"."owner_org_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_owner_code_key" ON "indicators" USING btree ("owner_org_id","code") WHERE "indicators"."owner_org_id" is not null;--> statement-breakpoint
CREATE INDEX "wheel_goals_theme_idx" ON "wheel_goals" USING btree ("tenant_id","theme_id");--> statement-breakpoint
CREATE INDEX "wheel_subthemes_theme_idx" ON "wheel_subthemes" USING btree ("tenant_id","theme_id");--> statement-breakpoint
CREATE INDEX "wheel_themes_wheel_idx" ON "wheel_themes" USING btree ("tenant_id","wheel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wheels_org_year_key" ON "wheels" USING btree ("tenant_id","year") WHERE "wheels"."contract_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "wheels_contract_key" ON "wheels" USING btree ("tenant_id","contract_id") WHERE "wheels"."contract_id" is not null;