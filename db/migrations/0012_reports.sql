CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted', 'accepted', 'clarification_requested');--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"kpi_id" uuid,
	"file_name" varchar(255) NOT NULL,
	"content_type" varchar(100) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"storage_key" text,
	"data" "bytea",
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "evidence_files_stored" CHECK ("evidence_files"."data" is not null or "evidence_files"."storage_key" is not null)
);
--> statement-breakpoint
CREATE TABLE "reminder_log" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"kind" varchar(32) NOT NULL,
	"user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_log_tenant_id_contract_id_quarter_kind_user_id_pk" PRIMARY KEY("tenant_id","contract_id","quarter","kind","user_id")
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"submission_number" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_submissions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "report_values" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"value" numeric(18, 4),
	"score" smallint,
	"explanation" text,
	"buyer_comment" text,
	CONSTRAINT "report_values_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "report_values_score_range" CHECK ("report_values"."score" is null or "report_values"."score" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"narrative" text,
	"due_date" date NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" uuid,
	"decision_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "reports_quarter_format" CHECK ("reports"."quarter" ~ '^[0-9]{4}-Q[1-4]$')
);
--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "report_due_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_tenant_id_report_id_reports_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."reports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_log" ADD CONSTRAINT "reminder_log_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_tenant_id_report_id_reports_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."reports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_values" ADD CONSTRAINT "report_values_tenant_id_report_id_reports_tenant_id_id_fk" FOREIGN KEY ("tenant_id","report_id") REFERENCES "public"."reports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_values" ADD CONSTRAINT "report_values_tenant_id_kpi_id_kpis_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kpi_id") REFERENCES "public"."kpis"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_files_report_idx" ON "evidence_files" USING btree ("tenant_id","report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_number_key" ON "report_submissions" USING btree ("tenant_id","report_id","submission_number");--> statement-breakpoint
CREATE UNIQUE INDEX "report_values_kpi_key" ON "report_values" USING btree ("tenant_id","report_id","kpi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_contract_quarter_key" ON "reports" USING btree ("tenant_id","contract_id","quarter");--> statement-breakpoint
CREATE INDEX "reports_due_idx" ON "reports" USING btree ("tenant_id","status","due_date");