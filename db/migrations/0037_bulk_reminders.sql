CREATE TABLE "manual_reminders" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"sent_on" date NOT NULL,
	"sent_by_user_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "manual_reminders_tenant_id_contract_id_quarter_sent_on_pk" PRIMARY KEY("tenant_id","contract_id","quarter","sent_on")
);
--> statement-breakpoint
ALTER TABLE "manual_reminders" ADD CONSTRAINT "manual_reminders_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written
-- Reminders sent by hand belong to the buyer who sent them; the supplier never reads them. The
-- app may add and read rows, never change or remove one: the row is what limits the next reminder.
GRANT SELECT, INSERT ON manual_reminders TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE manual_reminders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE manual_reminders FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY manual_reminders_buyer ON manual_reminders FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
