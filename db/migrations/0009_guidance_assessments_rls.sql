-- Saved guidance assessments belong to the buyer alone.
GRANT SELECT, INSERT, UPDATE, DELETE ON guidance_assessments TO groeipad_app;
--> statement-breakpoint
ALTER TABLE guidance_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE guidance_assessments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY guidance_assessments_buyer ON guidance_assessments FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
