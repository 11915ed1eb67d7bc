CREATE TABLE "period_close_values" (
	"tenant_id" uuid NOT NULL,
	"close_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"promise_id" uuid,
	"quarter" varchar(7) NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "period_close_values_tenant_id_close_id_kpi_id_pk" PRIMARY KEY("tenant_id","close_id","kpi_id")
);
--> statement-breakpoint
ALTER TABLE "period_close_contracts" ADD COLUMN "report_discipline" varchar(8);--> statement-breakpoint
ALTER TABLE "period_close_values" ADD CONSTRAINT "period_close_values_tenant_id_close_id_period_closes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","close_id") REFERENCES "public"."period_closes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "period_close_values_indicator_idx" ON "period_close_values" USING btree ("tenant_id","indicator_id","quarter");--> statement-breakpoint
-- hand-written
-- Like the rest of a close: the buyer's own, read and written by its buyer side only, and never
-- changed once written.
GRANT SELECT, INSERT ON period_close_values TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE period_close_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE period_close_values FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY period_close_values_buyer ON period_close_values FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE TRIGGER period_close_values_frozen BEFORE UPDATE OR DELETE ON period_close_values
  FOR EACH ROW EXECUTE FUNCTION refuse_period_snapshot_change();
