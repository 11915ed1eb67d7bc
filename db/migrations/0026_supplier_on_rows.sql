ALTER TABLE "wheel_goals" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "wheel_subthemes" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "wheel_themes" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "wheels" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "procurement_checklists" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "growth_path_versions" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "kpi_themes" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "promises" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "report_values" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "lessons_learned" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "review_amendments" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "review_comments" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "review_participants" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "review_scores" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "review_outcomes" ADD COLUMN "supplier_org_id" uuid;--> statement-breakpoint
ALTER TABLE "review_theme_outcomes" ADD COLUMN "supplier_org_id" uuid;
--> statement-breakpoint
-- Every contract-owned row carries its contract's supplier, so the supplier's policies compare a
-- column of the row with a setting: no subquery and no function that reads contracts, which Citus
-- cannot run on a shard (docs/citus.md). The database keeps the column right, so no code path can
-- forget it or set another supplier: a row takes it from its parent when it is written, and a
-- change of a contract's supplier passes down to every row below it in the same transaction.
CREATE OR REPLACE FUNCTION app_supplier_org_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN nullif(current_setting('app.org_kind', true), '') = 'supplier'
               THEN nullif(current_setting('app.org_id', true), '')::uuid END $$;
--> statement-breakpoint
-- BEFORE INSERT, and BEFORE UPDATE of the column pointing at the parent or of supplier_org_id
-- itself: the row takes its parent's supplier. A supplier cannot choose the value: what it sends
-- is replaced, and the policy's WITH CHECK then refuses a row under another supplier's contract.
-- One function per parent, with plain SQL whose plan is kept (a lookup by primary key per row).
CREATE OR REPLACE FUNCTION supplier_from_contracts() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  NEW.supplier_org_id := (SELECT p.supplier_org_id FROM contracts p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.contract_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION supplier_from_reports() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  NEW.supplier_org_id := (SELECT p.supplier_org_id FROM reports p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.report_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION supplier_from_kpis() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  NEW.supplier_org_id := (SELECT p.supplier_org_id FROM kpis p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.kpi_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION supplier_from_reviews() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  NEW.supplier_org_id := (SELECT p.supplier_org_id FROM reviews p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.review_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION supplier_from_wheels() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  NEW.supplier_org_id := (SELECT p.supplier_org_id FROM wheels p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.wheel_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION supplier_from_wheel_themes() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  NEW.supplier_org_id := (SELECT p.supplier_org_id FROM wheel_themes p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.theme_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
-- AFTER UPDATE OF supplier_org_id. TG_ARGV: pairs of a child table and its column that points
-- here; each child's own trigger passes it further down.
CREATE OR REPLACE FUNCTION pass_supplier_to_children() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ DECLARE i int := 0;
BEGIN
  WHILE i < TG_NARGS LOOP
    EXECUTE format('UPDATE %I SET supplier_org_id = $1 WHERE tenant_id = $2 AND %I = $3 AND supplier_org_id IS DISTINCT FROM $1',
                   TG_ARGV[i], TG_ARGV[i + 1])
      USING NEW.supplier_org_id, NEW.tenant_id, NEW.id;
    i := i + 2;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A final review stays frozen, but which organisation is the contract's supplier is not part of
-- what was agreed: an update that changes only supplier_org_id passes.
CREATE OR REPLACE FUNCTION reviews_final_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'supplier_org_id' = to_jsonb(OLD) - 'supplier_org_id' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'final' THEN
    RAISE EXCEPTION 'review % is final and cannot be changed; record an amendment instead', OLD.id
      USING ERRCODE = 'GP001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION review_rows_frozen() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  target_tenant uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
  target_review uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.review_id ELSE NEW.review_id END;
BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'supplier_org_id' = to_jsonb(OLD) - 'supplier_org_id' THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM reviews WHERE tenant_id = target_tenant AND id = target_review AND status = 'final')
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM reviews WHERE tenant_id = OLD.tenant_id AND id = OLD.review_id AND status = 'final')) THEN
    RAISE EXCEPTION 'review % is final and cannot be changed; record an amendment instead', target_review
      USING ERRCODE = 'GP001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION review_amendments_rules() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'supplier_org_id' = to_jsonb(OLD) - 'supplier_org_id' THEN
    RETURN NEW;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'review_amendments is append-only' USING ERRCODE = 'GP001';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM reviews WHERE tenant_id = NEW.tenant_id AND id = NEW.review_id AND status = 'final') THEN
    RAISE EXCEPTION 'only a final review is amended; change the draft instead' USING ERRCODE = 'GP002';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- The rows there are now, parents before children.
UPDATE action_items x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE kpis x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE lessons_learned x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE procurement_checklists x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE promises x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE reports x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE review_outcomes x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE review_theme_outcomes x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE reviews x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE roadmap_items x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE wheels x SET supplier_org_id = p.supplier_org_id FROM contracts p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.contract_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE evidence_files x SET supplier_org_id = p.supplier_org_id FROM reports p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.report_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE report_submissions x SET supplier_org_id = p.supplier_org_id FROM reports p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.report_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE report_values x SET supplier_org_id = p.supplier_org_id FROM reports p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.report_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE growth_path_versions x SET supplier_org_id = p.supplier_org_id FROM kpis p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.kpi_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE kpi_themes x SET supplier_org_id = p.supplier_org_id FROM kpis p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.kpi_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE review_amendments x SET supplier_org_id = p.supplier_org_id FROM reviews p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.review_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE review_comments x SET supplier_org_id = p.supplier_org_id FROM reviews p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.review_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE review_decisions x SET supplier_org_id = p.supplier_org_id FROM reviews p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.review_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE review_participants x SET supplier_org_id = p.supplier_org_id FROM reviews p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.review_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE review_scores x SET supplier_org_id = p.supplier_org_id FROM reviews p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.review_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE wheel_themes x SET supplier_org_id = p.supplier_org_id FROM wheels p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.wheel_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE wheel_subthemes x SET supplier_org_id = p.supplier_org_id FROM wheel_themes p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.theme_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
UPDATE wheel_goals x SET supplier_org_id = p.supplier_org_id FROM wheel_themes p
  WHERE p.tenant_id = x.tenant_id AND p.id = x.theme_id AND p.supplier_org_id IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER action_items_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON action_items
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER kpis_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON kpis
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER lessons_learned_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON lessons_learned
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER procurement_checklists_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON procurement_checklists
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER promises_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON promises
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER reports_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON reports
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER review_outcomes_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON review_outcomes
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER review_theme_outcomes_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON review_theme_outcomes
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER reviews_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON reviews
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER roadmap_items_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON roadmap_items
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER wheels_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON wheels
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER evidence_files_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, report_id ON evidence_files
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reports();
--> statement-breakpoint
CREATE TRIGGER report_submissions_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, report_id ON report_submissions
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reports();
--> statement-breakpoint
CREATE TRIGGER report_values_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, report_id ON report_values
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reports();
--> statement-breakpoint
CREATE TRIGGER growth_path_versions_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, kpi_id ON growth_path_versions
  FOR EACH ROW EXECUTE FUNCTION supplier_from_kpis();
--> statement-breakpoint
CREATE TRIGGER kpi_themes_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, kpi_id ON kpi_themes
  FOR EACH ROW EXECUTE FUNCTION supplier_from_kpis();
--> statement-breakpoint
CREATE TRIGGER review_amendments_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, review_id ON review_amendments
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reviews();
--> statement-breakpoint
CREATE TRIGGER review_comments_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, review_id ON review_comments
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reviews();
--> statement-breakpoint
CREATE TRIGGER review_decisions_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, review_id ON review_decisions
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reviews();
--> statement-breakpoint
CREATE TRIGGER review_participants_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, review_id ON review_participants
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reviews();
--> statement-breakpoint
CREATE TRIGGER review_scores_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, review_id ON review_scores
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reviews();
--> statement-breakpoint
CREATE TRIGGER wheel_themes_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, wheel_id ON wheel_themes
  FOR EACH ROW EXECUTE FUNCTION supplier_from_wheels();
--> statement-breakpoint
CREATE TRIGGER wheel_subthemes_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, theme_id ON wheel_subthemes
  FOR EACH ROW EXECUTE FUNCTION supplier_from_wheel_themes();
--> statement-breakpoint
CREATE TRIGGER wheel_goals_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, theme_id ON wheel_goals
  FOR EACH ROW EXECUTE FUNCTION supplier_from_wheel_themes();
--> statement-breakpoint
CREATE TRIGGER contracts_supplier_to_children AFTER UPDATE OF supplier_org_id ON contracts
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('action_items', 'contract_id', 'kpis', 'contract_id', 'lessons_learned', 'contract_id', 'procurement_checklists', 'contract_id', 'promises', 'contract_id', 'reports', 'contract_id', 'review_outcomes', 'contract_id', 'review_theme_outcomes', 'contract_id', 'reviews', 'contract_id', 'roadmap_items', 'contract_id', 'wheels', 'contract_id');
--> statement-breakpoint
CREATE TRIGGER reports_supplier_to_children AFTER UPDATE OF supplier_org_id ON reports
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('evidence_files', 'report_id', 'report_submissions', 'report_id', 'report_values', 'report_id');
--> statement-breakpoint
CREATE TRIGGER kpis_supplier_to_children AFTER UPDATE OF supplier_org_id ON kpis
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('growth_path_versions', 'kpi_id', 'kpi_themes', 'kpi_id');
--> statement-breakpoint
CREATE TRIGGER reviews_supplier_to_children AFTER UPDATE OF supplier_org_id ON reviews
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('review_amendments', 'review_id', 'review_comments', 'review_id', 'review_decisions', 'review_id', 'review_participants', 'review_id', 'review_scores', 'review_id');
--> statement-breakpoint
CREATE TRIGGER wheels_supplier_to_children AFTER UPDATE OF supplier_org_id ON wheels
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('wheel_themes', 'wheel_id');
--> statement-breakpoint
CREATE TRIGGER wheel_themes_supplier_to_children AFTER UPDATE OF supplier_org_id ON wheel_themes
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('wheel_subthemes', 'theme_id', 'wheel_goals', 'theme_id');
--> statement-breakpoint
-- The supplier's policies: the row's supplier is the organisation acting.
ALTER POLICY action_items_supplier ON action_items USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY kpis_supplier ON kpis USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY lessons_learned_supplier ON lessons_learned USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY reports_supplier ON reports USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY reviews_supplier ON reviews USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY roadmap_items_supplier ON roadmap_items USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY evidence_files_supplier ON evidence_files USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY report_submissions_supplier ON report_submissions USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY report_values_supplier ON report_values USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY growth_path_versions_supplier ON growth_path_versions USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY kpi_themes_supplier ON kpi_themes USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY review_amendments_supplier ON review_amendments USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY review_comments_supplier ON review_comments USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY review_decisions_supplier ON review_decisions USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY review_participants_supplier ON review_participants USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY review_scores_supplier ON review_scores USING (supplier_org_id = app_supplier_org_id()) WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY promises_supplier_read ON promises USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY review_outcomes_supplier ON review_outcomes USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY review_theme_outcomes_supplier ON review_theme_outcomes USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY wheels_supplier_read ON wheels USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY wheel_themes_supplier_read ON wheel_themes USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY wheel_subthemes_supplier_read ON wheel_subthemes USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY wheel_goals_supplier_read ON wheel_goals USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER POLICY procurement_checklists_supplier_read ON procurement_checklists
  USING (shared_with_supplier AND supplier_org_id = app_supplier_org_id());
