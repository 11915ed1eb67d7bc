CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" varchar(40) NOT NULL,
	"body" text NOT NULL,
	"status" "webhook_delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"last_status_code" integer,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"url" text NOT NULL,
	"description" varchar(200),
	"events" text[] NOT NULL,
	"secret_encrypted" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "webhook_endpoints_has_event" CHECK (cardinality("webhook_endpoints"."events") >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_endpoints_id_organisation_key" ON "webhook_endpoints" USING btree ("id","organisation_id");--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_fk" FOREIGN KEY ("endpoint_id","organisation_id") REFERENCES "public"."webhook_endpoints"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE "webhook_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "webhook_endpoints_organisation_idx" ON "webhook_endpoints" USING btree ("organisation_id","created_at");--> statement-breakpoint
-- hand-written
-- Endpoints: an organisation sees and manages its own, in its own tenant transaction (the job
-- worker works in the receiving organisation's scope too), so only the side roles have a policy.
ALTER TABLE webhook_endpoints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE webhook_endpoints FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY webhook_endpoints_own ON webhook_endpoints FOR ALL TO groeipad_buyer, groeipad_supplier
  USING (organisation_id = app_org_id())
  WITH CHECK (organisation_id = app_org_id());
--> statement-breakpoint
-- Deliveries: read by the receiving organisation, and changed by it only in their delivery state
-- (sending, redelivering). Nobody inserts one directly: only enqueue_webhook_event does, for the
-- contract's two parties; they go with their endpoint or their contract.
ALTER TABLE webhook_deliveries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE webhook_deliveries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON webhook_deliveries FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
GRANT UPDATE (status, attempts, next_attempt_at, locked_until, last_attempt_at, last_status_code, last_error, updated_at)
  ON webhook_deliveries TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
CREATE POLICY webhook_deliveries_buyer_own ON webhook_deliveries FOR ALL TO groeipad_buyer
  USING (organisation_id = app_buyer_org_id())
  WITH CHECK (organisation_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY webhook_deliveries_supplier_own ON webhook_deliveries FOR ALL TO groeipad_supplier
  USING (organisation_id = app_supplier_org_id())
  WITH CHECK (organisation_id = app_supplier_org_id());
--> statement-breakpoint
-- An event on a contract, in the transaction of the change: one delivery per live endpoint of the
-- contract's buyer and of its supplier that asked for this event type, and of nobody else. The
-- acting organisation comes from the transaction and must be one of the two parties; the
-- supplier is read from the contract, never taken from the caller. The body is built here, in a
-- fixed key order, because the buyer's slug and the other party's endpoints are out of the
-- caller's sight.
CREATE OR REPLACE FUNCTION enqueue_webhook_event(
  p_tenant_id uuid, p_contract_id uuid, p_type text, p_event_id uuid, p_created_at text, p_data json
) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
  v_supplier uuid;
  v_slug text;
  v_body text;
  v_count integer;
BEGIN
  SELECT c.supplier_org_id INTO v_supplier FROM contracts c WHERE c.tenant_id = p_tenant_id AND c.id = p_contract_id;
  IF NOT FOUND OR app_org_id() IS NULL OR NOT (
       (app_org_kind() = 'buyer' AND app_org_id() = p_tenant_id)
    OR (app_org_kind() = 'supplier' AND app_org_id() = v_supplier)
  ) THEN
    RAISE EXCEPTION 'webhook event on contract % outside the acting organisation %', p_contract_id, app_org_id()
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT o.slug INTO v_slug FROM organisations o WHERE o.id = p_tenant_id;
  v_body := format('{"id":%s,"type":%s,"createdAt":%s,"contract":{"id":%s},"organisation":{"slug":%s},"data":%s}',
    to_json(p_event_id::text), to_json(p_type), to_json(p_created_at), to_json(p_contract_id::text), to_json(v_slug), p_data::text);
  INSERT INTO webhook_deliveries (tenant_id, endpoint_id, organisation_id, contract_id, event_id, event_type, body)
  SELECT p_tenant_id, e.id, e.organisation_id, p_contract_id, p_event_id, p_type, v_body
    FROM webhook_endpoints e
   WHERE e.organisation_id IN (p_tenant_id, v_supplier) AND e.disabled_at IS NULL AND p_type = ANY (e.events);
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION enqueue_webhook_event(uuid, uuid, text, uuid, text, json) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION enqueue_webhook_event(uuid, uuid, text, uuid, text, json) TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The delivery job finds which organisations have deliveries due without reading them, then
-- works in each one's own scope, where the policies above apply. A suspended organisation is left
-- out: its deliveries wait, uncounted, until it is reactivated. Only the login role may ask.
CREATE OR REPLACE FUNCTION webhook_organisations_due(p_now timestamptz)
  RETURNS TABLE (organisation_id uuid, organisation_kind organisation_kind)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT DISTINCT d.organisation_id, o.kind
    FROM webhook_deliveries d JOIN organisations o ON o.id = d.organisation_id
   WHERE d.status = 'pending' AND d.next_attempt_at <= p_now AND (d.locked_until IS NULL OR d.locked_until <= p_now)
     AND o.suspended_at IS NULL
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION webhook_organisations_due(timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION webhook_organisations_due(timestamptz) TO groeipad_app;
