ALTER TABLE "audit_events" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
CREATE INDEX "audit_events_counterparty_time_idx" ON "audit_events" USING btree ("actor_org_id","created_at") WHERE "audit_events"."actor_org_id" <> "audit_events"."tenant_id";--> statement-breakpoint
CREATE INDEX "audit_events_supplier_time_idx" ON "audit_events" USING btree ("supplier_org_id","created_at") WHERE "audit_events"."supplier_org_id" is not null;--> statement-breakpoint
-- A supplier reads the events about its contracts (the buyer's changes to them) by the column the
-- application fills from the contract's row: still a comparison of columns with the transaction's
-- settings, which a distributed database evaluates per shard.
ALTER POLICY audit_events_read ON audit_events
  USING (tenant_id = app_org_id() OR actor_org_id = app_org_id() OR supplier_org_id = app_org_id());
