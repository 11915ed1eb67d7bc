-- The buyer's checklist per procurement; a supplier reads it only when the buyer shares it.
GRANT SELECT, INSERT, UPDATE, DELETE ON procurement_checklists TO groeipad_app;
--> statement-breakpoint
ALTER TABLE procurement_checklists ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE procurement_checklists FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY procurement_checklists_buyer ON procurement_checklists FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY procurement_checklists_supplier_read ON procurement_checklists FOR SELECT TO groeipad_app
  USING (shared_with_supplier AND supplier_party_to(tenant_id, contract_id));
