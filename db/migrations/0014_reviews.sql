CREATE TYPE "public"."action_item_status" AS ENUM('open', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."review_decision_kind" AS ENUM('add_kpi', 'retire_kpi', 'change_growth_path', 'action_item');--> statement-breakpoint
CREATE TYPE "public"."review_score" AS ENUM('on_track', 'at_risk', 'off_track', 'not_scored');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('draft', 'final');--> statement-breakpoint
CREATE TYPE "public"."waiver_kind" AS ENUM('reduction', 'full');--> statement-breakpoint
CREATE TABLE "action_items" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"title" varchar(300) NOT NULL,
	"owner_side" "organisation_kind" NOT NULL,
	"owner_name" varchar(200) NOT NULL,
	"due_date" date NOT NULL,
	"status" "action_item_status" DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "lessons_learned" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_user_id" uuid,
	"author_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lessons_learned_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_amendments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"kpi_id" uuid,
	"field" varchar(64),
	"previous_value" text,
	"corrected_value" text,
	"reason" text NOT NULL,
	"author_user_id" uuid,
	"author_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_amendments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"kpi_id" uuid,
	"author_user_id" uuid,
	"author_name" varchar(200) NOT NULL,
	"author_side" "organisation_kind" NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_comments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"kind" "review_decision_kind" NOT NULL,
	"kpi_id" uuid,
	"reason" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_participants" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"side" "organisation_kind" NOT NULL,
	"user_id" uuid,
	"name" varchar(200) NOT NULL,
	"email" varchar(320),
	"invited_at" timestamp with time zone,
	CONSTRAINT "review_participants_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_scores" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"reported_value" numeric(18, 4),
	"reported_score" smallint,
	"target" numeric(18, 4),
	"computed_status" varchar(16) NOT NULL,
	"agreed_score" "review_score",
	"agreed_reason" text,
	"contested" boolean DEFAULT false NOT NULL,
	"malus_raw_cents" integer DEFAULT 0 NOT NULL,
	"waiver_kind" "waiver_kind",
	"waiver_cents" integer,
	"waiver_reason" text,
	"waiver_by_user_id" uuid,
	"waiver_approved_by_user_id" uuid,
	"waiver_approved_at" timestamp with time zone,
	"malus_applied_cents" integer,
	CONSTRAINT "review_scores_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "review_scores_waiver_reason" CHECK ("review_scores"."waiver_kind" is null or length(trim(coalesce("review_scores"."waiver_reason", ''))) > 0),
	CONSTRAINT "review_scores_amounts" CHECK ("review_scores"."malus_raw_cents" >= 0 and coalesce("review_scores"."waiver_cents", 0) >= 0 and coalesce("review_scores"."malus_applied_cents", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"status" "review_status" DEFAULT 'draft' NOT NULL,
	"meeting_at" timestamp with time zone,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"location" varchar(300),
	"summary" text,
	"buyer_signed_by_user_id" uuid,
	"buyer_signed_at" timestamp with time zone,
	"buyer_signer_name" varchar(200),
	"supplier_signed_by_user_id" uuid,
	"supplier_signed_at" timestamp with time zone,
	"supplier_signer_name" varchar(200),
	"finalized_at" timestamp with time zone,
	"malus_applied_cents" integer,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "reviews_quarter_format" CHECK ("reviews"."quarter" ~ '^[0-9]{4}-Q[1-4]$'),
	CONSTRAINT "reviews_final_signed" CHECK ("reviews"."status" = 'draft' or ("reviews"."buyer_signed_at" is not null and "reviews"."supplier_signed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons_learned" ADD CONSTRAINT "lessons_learned_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons_learned" ADD CONSTRAINT "lessons_learned_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons_learned" ADD CONSTRAINT "lessons_learned_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_amendments" ADD CONSTRAINT "review_amendments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_amendments" ADD CONSTRAINT "review_amendments_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_participants" ADD CONSTRAINT "review_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_participants" ADD CONSTRAINT "review_participants_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_waiver_by_user_id_users_id_fk" FOREIGN KEY ("waiver_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_waiver_approved_by_user_id_users_id_fk" FOREIGN KEY ("waiver_approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_tenant_id_kpi_id_kpis_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kpi_id") REFERENCES "public"."kpis"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_buyer_signed_by_user_id_users_id_fk" FOREIGN KEY ("buyer_signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_supplier_signed_by_user_id_users_id_fk" FOREIGN KEY ("supplier_signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_contract_idx" ON "action_items" USING btree ("tenant_id","contract_id","status");--> statement-breakpoint
CREATE INDEX "lessons_learned_contract_idx" ON "lessons_learned" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE INDEX "review_amendments_review_idx" ON "review_amendments" USING btree ("tenant_id","review_id");--> statement-breakpoint
CREATE INDEX "review_comments_review_idx" ON "review_comments" USING btree ("tenant_id","review_id");--> statement-breakpoint
CREATE INDEX "review_decisions_review_idx" ON "review_decisions" USING btree ("tenant_id","review_id");--> statement-breakpoint
CREATE INDEX "review_participants_review_idx" ON "review_participants" USING btree ("tenant_id","review_id");--> statement-breakpoint
CREATE UNIQUE INDEX "review_scores_kpi_key" ON "review_scores" USING btree ("tenant_id","review_id","kpi_id");--> statement-breakpoint
CREATE INDEX "review_scores_kpi_idx" ON "review_scores" USING btree ("tenant_id","kpi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_contract_quarter_key" ON "reviews" USING btree ("tenant_id","contract_id","quarter");--> statement-breakpoint
CREATE INDEX "reviews_status_idx" ON "reviews" USING btree ("tenant_id","status","quarter");