CREATE INDEX "wheel_themes_org_theme_idx" ON "wheel_themes" USING btree ("tenant_id","org_theme_id");--> statement-breakpoint
CREATE INDEX "wheel_themes_name_idx" ON "wheel_themes" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "kpi_themes_theme_idx" ON "kpi_themes" USING btree ("tenant_id","theme_id");