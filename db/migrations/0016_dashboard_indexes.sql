CREATE INDEX "kpis_indicator_idx" ON "kpis" USING btree ("tenant_id","indicator_id");--> statement-breakpoint
CREATE INDEX "promises_contract_idx" ON "promises" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE INDEX "report_values_by_kpi_idx" ON "report_values" USING btree ("tenant_id","kpi_id","report_id");