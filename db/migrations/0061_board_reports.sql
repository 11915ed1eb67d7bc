CREATE TABLE "board_reports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" varchar(200) NOT NULL,
	"report_date" date NOT NULL,
	"summary" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_by_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "board_reports_summary" CHECK (length(trim("board_reports"."summary")) > 0)
);
--> statement-breakpoint
ALTER TABLE "board_reports" ADD CONSTRAINT "board_reports_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_reports_date_idx" ON "board_reports" USING btree ("tenant_id","report_date","created_at");--> statement-breakpoint
-- hand-written
-- A board report is the buyer's own record: its buyer side reads it and adds new ones, a supplier
-- has no policy here at all. Kept as it was made: no update, no delete.
ALTER TABLE board_reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE board_reports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY board_reports_buyer_read ON board_reports FOR SELECT TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY board_reports_buyer_add ON board_reports FOR INSERT TO groeipad_buyer
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
REVOKE UPDATE, DELETE ON board_reports FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- A verification changes what the dashboards show (the verified share, the verified-only filter),
-- so it moves the tenant's data version on like a report value does.
CREATE TRIGGER value_verifications_log_change AFTER INSERT OR UPDATE OR DELETE ON value_verifications
  FOR EACH ROW EXECUTE FUNCTION log_tenant_data_change_row();
