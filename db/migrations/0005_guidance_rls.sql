-- Guidance tool results belong to the buyer alone: suppliers never see them.
GRANT SELECT, INSERT, UPDATE, DELETE ON wegwijzer_runs, checklist_rounds, checklist_answers TO groeipad_app;
--> statement-breakpoint
ALTER TABLE wegwijzer_runs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE wegwijzer_runs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY wegwijzer_runs_buyer ON wegwijzer_runs FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
ALTER TABLE checklist_rounds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE checklist_rounds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY checklist_rounds_buyer ON checklist_rounds FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
ALTER TABLE checklist_answers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE checklist_answers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY checklist_answers_buyer ON checklist_answers FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
