-- Reports: the buyer's rows, and the rows of contracts a supplier is party to (the supplier
-- writes values and evidence; which fields and transitions each side may make is decided in
-- lib/reports). The reminder log is written by the job in each buyer's scope.
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON reports, report_values, report_submissions, evidence_files, reminder_log TO groeipad_app;
--> statement-breakpoint
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reports_buyer ON reports FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY reports_supplier ON reports FOR ALL TO groeipad_app
  USING (supplier_party_to(tenant_id, contract_id))
  WITH CHECK (supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE report_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_values FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_values_buyer ON report_values FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY report_values_supplier ON report_values FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = report_values.tenant_id AND r.id = report_values.report_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = report_values.tenant_id AND r.id = report_values.report_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
ALTER TABLE report_submissions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_submissions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_submissions_buyer ON report_submissions FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY report_submissions_supplier ON report_submissions FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = report_submissions.tenant_id AND r.id = report_submissions.report_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = report_submissions.tenant_id AND r.id = report_submissions.report_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
ALTER TABLE evidence_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE evidence_files FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY evidence_files_buyer ON evidence_files FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY evidence_files_supplier ON evidence_files FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = evidence_files.tenant_id AND r.id = evidence_files.report_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = evidence_files.tenant_id AND r.id = evidence_files.report_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
ALTER TABLE reminder_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reminder_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reminder_log_buyer ON reminder_log FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
