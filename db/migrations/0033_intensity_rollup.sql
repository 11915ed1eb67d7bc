-- An intensity names the absolute indicator it multiplies into and the factor between their
-- units, so organisation targets on tonnes CO2e or € MKI receive the contracts that report per
-- meal or per tonne (value × quantity × factor).
ALTER TABLE "indicators" ADD COLUMN "absolute_indicator_id" uuid;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "absolute_factor" numeric(18, 8);--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_absolute_indicator_id_indicators_id_fk" FOREIGN KEY ("absolute_indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
UPDATE "indicators" SET absolute_indicator_id = (SELECT id FROM "indicators" WHERE owner_org_id IS NULL AND code = 'co2e'), absolute_factor = 0.001
WHERE owner_org_id IS NULL AND code = 'co2e_per_meal';--> statement-breakpoint
UPDATE "indicators" SET absolute_indicator_id = (SELECT id FROM "indicators" WHERE owner_org_id IS NULL AND code = 'mki'), absolute_factor = 1
WHERE owner_org_id IS NULL AND code = 'mki_per_ton';
