CREATE TYPE "public"."notification_delivery" AS ENUM('immediate', 'digest', 'off');--> statement-breakpoint
CREATE TYPE "public"."notification_email_state" AS ENUM('pending', 'sent', 'digest', 'digested', 'off');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('kpi_proposed', 'kpi_accepted', 'kpi_rejected', 'review_signature_needed', 'review_final', 'action_item_assigned', 'action_item_due', 'report_due');--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"delivery" "notification_delivery" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"recipient_org_id" uuid NOT NULL,
	"recipient_org_kind" "organisation_kind" NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"subject_id" varchar(64) NOT NULL,
	"title" text NOT NULL,
	"link" text NOT NULL,
	"dedupe_key" varchar(300) NOT NULL,
	"email_state" "notification_email_state" DEFAULT 'pending' NOT NULL,
	"emailed_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "notifications_recipient_is_party" CHECK ("notifications"."recipient_org_id" in ("notifications"."tenant_id", "notifications"."supplier_org_id"))
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("tenant_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("user_id","recipient_org_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unsent_idx" ON "notifications" USING btree ("email_state") WHERE "notifications"."email_state" in ('pending', 'digest');--> statement-breakpoint
-- hand-written
-- A notification is read and marked read only by its recipient, in the organisation it was meant
-- for. It is written by whoever changed the contract (a buyer in its own tenant, a supplier on a
-- contract it is party to) or by a job in the buyer's scope; the CHECK above keeps the recipient's
-- organisation one of the contract's two parties. Nothing deletes one but the contract's removal.
GRANT SELECT, INSERT, UPDATE ON notifications TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TRIGGER notifications_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON notifications
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE POLICY notifications_buyer_write ON notifications FOR INSERT TO groeipad_buyer
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY notifications_supplier_write ON notifications FOR INSERT TO groeipad_supplier
  WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
CREATE POLICY notifications_buyer_own ON notifications FOR SELECT TO groeipad_buyer
  USING (user_id = app_user_id() AND recipient_org_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY notifications_supplier_own ON notifications FOR SELECT TO groeipad_supplier
  USING (user_id = app_user_id() AND recipient_org_id = app_supplier_org_id());
--> statement-breakpoint
CREATE POLICY notifications_buyer_mark ON notifications FOR UPDATE TO groeipad_buyer
  USING (user_id = app_user_id() AND recipient_org_id = app_buyer_org_id())
  WITH CHECK (user_id = app_user_id() AND recipient_org_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY notifications_supplier_mark ON notifications FOR UPDATE TO groeipad_supplier
  USING (user_id = app_user_id() AND recipient_org_id = app_supplier_org_id())
  WITH CHECK (user_id = app_user_id() AND recipient_org_id = app_supplier_org_id());
--> statement-breakpoint
-- The delivery job finds whose notifications wait for an e-mail without reading them: it then
-- works in each recipient's own scope, where the policies above apply. Only the login role may ask.
CREATE OR REPLACE FUNCTION notification_recipients_waiting(p_state notification_email_state)
  RETURNS TABLE (user_id uuid, recipient_org_id uuid, recipient_org_kind organisation_kind)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT DISTINCT n.user_id, n.recipient_org_id, n.recipient_org_kind FROM notifications n WHERE n.email_state = p_state $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION notification_recipients_waiting(notification_email_state) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION notification_recipients_waiting(notification_email_state) TO groeipad_app;
--> statement-breakpoint
-- Preferences belong to the person, in every organisation they work in.
GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preferences TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Read and written only in a tenant transaction (lib/tenancy.ts), so only the side roles need it.
CREATE POLICY notification_preferences_own ON notification_preferences FOR ALL TO groeipad_buyer, groeipad_supplier
  USING (user_id = app_user_id())
  WITH CHECK (user_id = app_user_id());
