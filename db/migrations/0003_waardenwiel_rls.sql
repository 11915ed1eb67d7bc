-- Waardenwiel, organisation targets and the indicator catalogue: row-level security, the
-- global indicator set, and a foreign key that drizzle-kit cannot express.

-- A composite foreign key may only clear org_theme_id, never tenant_id (PostgreSQL 15+).
ALTER TABLE wheel_themes DROP CONSTRAINT "wheel_themes_tenant_id_org_theme_id_wheel_themes_tenant_id_id_fk";
--> statement-breakpoint
ALTER TABLE wheel_themes ADD CONSTRAINT "wheel_themes_tenant_id_org_theme_id_wheel_themes_tenant_id_id_fk"
  FOREIGN KEY (tenant_id, org_theme_id) REFERENCES wheel_themes (tenant_id, id) ON DELETE SET NULL (org_theme_id);
--> statement-breakpoint
-- Named tables only: a blanket grant would hand UPDATE and DELETE on audit_events back.
GRANT SELECT, INSERT, UPDATE, DELETE ON wheels, wheel_themes, wheel_subthemes, wheel_goals, organisation_targets, indicators TO groeipad_app;
--> statement-breakpoint
-- True when the current supplier organisation is party to the contract; evaluated with the
-- caller's rights, so the contracts policies decide.
CREATE OR REPLACE FUNCTION supplier_party_to(contract_tenant uuid, contract uuid) RETURNS boolean
  LANGUAGE sql STABLE AS
$$ SELECT app_org_kind() = 'supplier' AND EXISTS (
     SELECT 1 FROM contracts c
     WHERE c.tenant_id = contract_tenant AND c.id = contract AND c.supplier_org_id = app_org_id()) $$;
--> statement-breakpoint
ALTER TABLE wheels ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE wheels FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY wheels_buyer ON wheels FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY wheels_supplier_read ON wheels FOR SELECT TO groeipad_app
  USING (contract_id IS NOT NULL AND supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE wheel_themes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE wheel_themes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY wheel_themes_buyer ON wheel_themes FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY wheel_themes_supplier_read ON wheel_themes FOR SELECT TO groeipad_app
  USING (EXISTS (SELECT 1 FROM wheels w WHERE w.tenant_id = wheel_themes.tenant_id AND w.id = wheel_themes.wheel_id));
--> statement-breakpoint
ALTER TABLE wheel_subthemes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE wheel_subthemes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY wheel_subthemes_buyer ON wheel_subthemes FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY wheel_subthemes_supplier_read ON wheel_subthemes FOR SELECT TO groeipad_app
  USING (EXISTS (SELECT 1 FROM wheel_themes t WHERE t.tenant_id = wheel_subthemes.tenant_id AND t.id = wheel_subthemes.theme_id));
--> statement-breakpoint
ALTER TABLE wheel_goals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE wheel_goals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY wheel_goals_buyer ON wheel_goals FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY wheel_goals_supplier_read ON wheel_goals FOR SELECT TO groeipad_app
  USING (EXISTS (SELECT 1 FROM wheel_themes t WHERE t.tenant_id = wheel_goals.tenant_id AND t.id = wheel_goals.theme_id));
--> statement-breakpoint
ALTER TABLE organisation_targets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organisation_targets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisation_targets_buyer ON organisation_targets FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
-- Indicators: the global catalogue is readable by everyone; a buyer's own indicators by that
-- buyer and by the suppliers it has contracts with; only the owner writes them.
ALTER TABLE indicators ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE indicators FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY indicators_read ON indicators FOR SELECT TO groeipad_app
  USING (owner_org_id IS NULL OR owner_org_id = app_org_id()
         OR (app_org_kind() = 'supplier' AND EXISTS (
               SELECT 1 FROM contracts c WHERE c.tenant_id = indicators.owner_org_id AND c.supplier_org_id = app_org_id())));
--> statement-breakpoint
CREATE POLICY indicators_owner_write ON indicators FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND owner_org_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND owner_org_id = app_org_id());
--> statement-breakpoint
INSERT INTO indicators (code, name, description, unit_code, unit_label, direction, aggregation, min_value, max_value) VALUES
  ('co2e', 'CO2-uitstoot', 'Uitstoot van broeikasgassen in CO2-equivalenten (scope 1, 2 en 3 volgens het GHG Protocol).', 'TNE', 'ton CO2e', 'lower_better', 'sum', 0, NULL),
  ('mki', 'Milieukostenindicator (MKI)', 'De milieukosten van een product of werk in euro''s, berekend volgens de Bepalingsmethode Milieuprestatie.', 'EUR', '€ MKI', 'lower_better', 'sum', 0, NULL),
  ('mki_per_ton', 'MKI per ton', 'Milieukosten per ton geleverd materiaal, bijvoorbeeld asfalt of beton.', 'EUR', '€ MKI per ton', 'lower_better', 'weighted_average', 0, NULL),
  ('circular_content', 'Circulaire inhoud', 'Aandeel hergebruikte, gerecyclede of hernieuwbare grondstoffen.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100),
  ('recycled_content', 'Gerecycled materiaal', 'Aandeel gerecycled materiaal in het geleverde product.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100),
  ('reused_asphalt', 'Hergebruikt asfalt', 'Aandeel partiële recycling (PR) in nieuw asfalt.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100),
  ('social_return', 'Social return', 'Besteding aan social return als percentage van de contractwaarde.', 'P1', '% van de contractwaarde', 'higher_better', 'weighted_average', 0, 100),
  ('zero_emission_km', 'Zero-emissiekilometers', 'Aandeel van de gereden kilometers zonder uitstoot.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100),
  ('residual_waste', 'Restafval', 'Hoeveelheid restafval die niet gescheiden wordt ingezameld.', 'KGM', 'kg', 'lower_better', 'sum', 0, NULL),
  ('food_waste', 'Voedselverspilling', 'Hoeveelheid weggegooid voedsel.', 'KGM', 'kg', 'lower_better', 'sum', 0, NULL),
  ('plant_protein', 'Plantaardige eiwitten', 'Aandeel plantaardige eiwitten in het aanbod.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100),
  ('co2e_per_meal', 'CO2-uitstoot per maaltijd', 'Gemiddelde uitstoot per geserveerde maaltijd.', 'KGM', 'kg CO2e per maaltijd', 'lower_better', 'weighted_average', 0, NULL),
  ('ecolabel_products', 'Producten met ecolabel', 'Aandeel producten met een erkend ecolabel.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100),
  ('renewable_energy', 'Hernieuwbare energie', 'Aandeel hernieuwbare energie in het energieverbruik.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100),
  ('energy_use', 'Energieverbruik', 'Verbruikte energie.', 'KWH', 'kWh', 'lower_better', 'sum', 0, NULL),
  ('co2_ladder', 'CO2-Prestatieladder', 'Niveau (trede) op de CO2-Prestatieladder van SKAO.', 'C62', 'trede', 'higher_better', 'average', 1, 5),
  ('bci', 'Bouwcirculariteitsindicator (BCI)', 'Mate van circulariteit van een bouwwerk volgens de BCI.', 'P1', '%', 'higher_better', 'weighted_average', 0, 100);
