-- Contract KPIs: the buyer's rows, plus the rows of contracts a supplier is party to.
-- Suppliers may propose KPIs (with themes and growth paths) and edit the roadmap; which fields
-- and statuses they may set is decided in lib/kpis (a supplier never sets a malus rule).
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON kpis, kpi_themes, growth_path_versions, promises, roadmap_items, kpi_templates TO groeipad_app;
--> statement-breakpoint
ALTER TABLE kpis ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kpis FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY kpis_buyer ON kpis FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY kpis_supplier ON kpis FOR ALL TO groeipad_app
  USING (supplier_party_to(tenant_id, contract_id))
  WITH CHECK (supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE kpi_themes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kpi_themes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY kpi_themes_buyer ON kpi_themes FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY kpi_themes_supplier ON kpi_themes FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM kpis k WHERE k.tenant_id = kpi_themes.tenant_id AND k.id = kpi_themes.kpi_id AND supplier_party_to(k.tenant_id, k.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM kpis k WHERE k.tenant_id = kpi_themes.tenant_id AND k.id = kpi_themes.kpi_id AND supplier_party_to(k.tenant_id, k.contract_id)));
--> statement-breakpoint
ALTER TABLE growth_path_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE growth_path_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY growth_path_versions_buyer ON growth_path_versions FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY growth_path_versions_supplier ON growth_path_versions FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM kpis k WHERE k.tenant_id = growth_path_versions.tenant_id AND k.id = growth_path_versions.kpi_id AND supplier_party_to(k.tenant_id, k.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM kpis k WHERE k.tenant_id = growth_path_versions.tenant_id AND k.id = growth_path_versions.kpi_id AND supplier_party_to(k.tenant_id, k.contract_id)));
--> statement-breakpoint
ALTER TABLE promises ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE promises FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY promises_buyer ON promises FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY promises_supplier_read ON promises FOR SELECT TO groeipad_app
  USING (supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE roadmap_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE roadmap_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY roadmap_items_buyer ON roadmap_items FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY roadmap_items_supplier ON roadmap_items FOR ALL TO groeipad_app
  USING (supplier_party_to(tenant_id, contract_id))
  WITH CHECK (supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE kpi_templates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE kpi_templates FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY kpi_templates_buyer ON kpi_templates FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
