-- Defence in depth for what lives outside the tenant tables: the audit trail's inserts, the
-- development outbox. Every policy compares the row's columns with the transaction's settings and
-- has no subquery (a distributed database evaluates it per shard); where a rule needs to look at
-- another table it is a narrowly granted SECURITY DEFINER function instead.

-- The audit trail: a direct insert records a change in the actor's own organisation only.
ALTER POLICY audit_events_append ON audit_events
  WITH CHECK (actor_org_id = app_org_id() AND tenant_id = app_org_id());
--> statement-breakpoint
-- An event in another organisation's trail (a supplier reporting on its buyer's contract, a buyer
-- registering or inviting into a supplier) needs a relation between the two, checked here.
CREATE OR REPLACE FUNCTION append_counterparty_audit_event(
  p_tenant_id uuid, p_actor_user_id uuid, p_entity text, p_entity_id text, p_action text, p_before jsonb, p_after jsonb
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  IF app_org_id() IS NULL OR NOT (
    (app_org_kind() = 'supplier'
      AND EXISTS (SELECT 1 FROM contracts c WHERE c.tenant_id = p_tenant_id AND c.supplier_org_id = app_org_id()))
    OR (app_org_kind() = 'buyer'
      AND (EXISTS (SELECT 1 FROM organisations o WHERE o.id = p_tenant_id AND o.kind = 'supplier' AND o.registered_by_org_id = app_org_id())
        OR EXISTS (SELECT 1 FROM contracts c WHERE c.tenant_id = app_org_id() AND c.supplier_org_id = p_tenant_id)))
  ) THEN
    RAISE EXCEPTION 'audit event for organisation % without a relation to %', p_tenant_id, app_org_id()
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO audit_events (tenant_id, actor_user_id, actor_org_id, entity, entity_id, action, before, after)
  VALUES (p_tenant_id, p_actor_user_id, app_org_id(), p_entity, p_entity_id, p_action, p_before, p_after);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION append_counterparty_audit_event(uuid, uuid, text, text, text, jsonb, jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION append_counterparty_audit_event(uuid, uuid, text, text, text, jsonb, jsonb)
  TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The development outbox: the application writes e-mails but cannot read them back, except the
-- demo's outbox page, which says so for its own transaction. Nothing changes a kept e-mail.
ALTER TABLE outbox_emails ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE outbox_emails FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_emails_send ON outbox_emails FOR INSERT TO groeipad_app, groeipad_buyer, groeipad_supplier
  WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY outbox_emails_demo_read ON outbox_emails FOR SELECT TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (current_setting('app.outbox', true) = 'demo');
--> statement-breakpoint
REVOKE UPDATE, DELETE ON outbox_emails FROM groeipad_app, groeipad_buyer, groeipad_supplier;
