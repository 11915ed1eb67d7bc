-- Intensities (kg CO2e per meal, € MKI per tonne) say per what: the report asks for the quarter's
-- quantity next to the value, a malus per unit short counts it, and the signed review keeps it.
ALTER TABLE "indicators" ADD COLUMN "activity_unit_code" varchar(8);--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "activity_unit_label" varchar(40);--> statement-breakpoint
ALTER TABLE "report_values" ADD COLUMN "quantity" numeric(18, 4);--> statement-breakpoint
ALTER TABLE "review_scores" ADD COLUMN "reported_quantity" numeric(18, 4);--> statement-breakpoint
UPDATE "indicators" SET activity_unit_code = 'C62', activity_unit_label = 'maaltijden'
WHERE owner_org_id IS NULL AND code = 'co2e_per_meal';--> statement-breakpoint
UPDATE "indicators" SET activity_unit_code = 'TNE', activity_unit_label = 'ton'
WHERE owner_org_id IS NULL AND code = 'mki_per_ton';
