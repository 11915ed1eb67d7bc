-- Quarterly reviews: the buyer's rows and the rows of contracts a supplier is party to. Which
-- side may do what (only the buyer scores, sets a malus or signs for the buyer) is decided in
-- lib/reviews; the database adds what must hold whatever the application does: a final review
-- and everything in it can no longer change, and amendments are append-only.
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON reviews, review_participants, review_scores, review_comments, review_decisions, action_items, lessons_learned TO groeipad_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON review_amendments TO groeipad_app;
--> statement-breakpoint
ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reviews FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reviews_buyer ON reviews FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY reviews_supplier ON reviews FOR ALL TO groeipad_app
  USING (supplier_party_to(tenant_id, contract_id))
  WITH CHECK (supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE action_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE action_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_items_buyer ON action_items FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY action_items_supplier ON action_items FOR ALL TO groeipad_app
  USING (supplier_party_to(tenant_id, contract_id))
  WITH CHECK (supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE lessons_learned ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE lessons_learned FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY lessons_learned_buyer ON lessons_learned FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY lessons_learned_supplier ON lessons_learned FOR ALL TO groeipad_app
  USING (supplier_party_to(tenant_id, contract_id))
  WITH CHECK (supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE review_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE review_participants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY review_participants_buyer ON review_participants FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY review_participants_supplier ON review_participants FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_participants.tenant_id AND r.id = review_participants.review_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_participants.tenant_id AND r.id = review_participants.review_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
ALTER TABLE review_scores ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE review_scores FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY review_scores_buyer ON review_scores FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY review_scores_supplier ON review_scores FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_scores.tenant_id AND r.id = review_scores.review_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_scores.tenant_id AND r.id = review_scores.review_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
ALTER TABLE review_comments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE review_comments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY review_comments_buyer ON review_comments FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY review_comments_supplier ON review_comments FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_comments.tenant_id AND r.id = review_comments.review_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_comments.tenant_id AND r.id = review_comments.review_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
ALTER TABLE review_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE review_decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY review_decisions_buyer ON review_decisions FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY review_decisions_supplier ON review_decisions FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_decisions.tenant_id AND r.id = review_decisions.review_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_decisions.tenant_id AND r.id = review_decisions.review_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
ALTER TABLE review_amendments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE review_amendments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY review_amendments_buyer ON review_amendments FOR ALL TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id())
  WITH CHECK (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY review_amendments_supplier ON review_amendments FOR ALL TO groeipad_app
  USING (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_amendments.tenant_id AND r.id = review_amendments.review_id AND supplier_party_to(r.tenant_id, r.contract_id)))
  WITH CHECK (EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = review_amendments.tenant_id AND r.id = review_amendments.review_id AND supplier_party_to(r.tenant_id, r.contract_id)));
--> statement-breakpoint
-- A final review is the signed record: no update or delete, whoever asks (the owner too).
CREATE OR REPLACE FUNCTION reviews_final_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  IF OLD.status = 'final' THEN
    RAISE EXCEPTION 'review % is final and cannot be changed; record an amendment instead', OLD.id
      USING ERRCODE = 'GP001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER reviews_final_no_change BEFORE UPDATE OR DELETE ON reviews
  FOR EACH ROW EXECUTE FUNCTION reviews_final_is_immutable();
--> statement-breakpoint
-- The rows of a review (scores, participants, comments, decisions, lessons) freeze with it.
-- SECURITY DEFINER so the check sees the parent row whatever the caller's row-level policies.
CREATE OR REPLACE FUNCTION review_rows_frozen() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  target_tenant uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
  target_review uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.review_id ELSE NEW.review_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM reviews WHERE tenant_id = target_tenant AND id = target_review AND status = 'final')
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM reviews WHERE tenant_id = OLD.tenant_id AND id = OLD.review_id AND status = 'final')) THEN
    RAISE EXCEPTION 'review % is final and cannot be changed; record an amendment instead', target_review
      USING ERRCODE = 'GP001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER review_participants_frozen BEFORE INSERT OR UPDATE OR DELETE ON review_participants
  FOR EACH ROW EXECUTE FUNCTION review_rows_frozen();
--> statement-breakpoint
CREATE TRIGGER review_scores_frozen BEFORE INSERT OR UPDATE OR DELETE ON review_scores
  FOR EACH ROW EXECUTE FUNCTION review_rows_frozen();
--> statement-breakpoint
CREATE TRIGGER review_comments_frozen BEFORE INSERT OR UPDATE OR DELETE ON review_comments
  FOR EACH ROW EXECUTE FUNCTION review_rows_frozen();
--> statement-breakpoint
CREATE TRIGGER review_decisions_frozen BEFORE INSERT OR UPDATE OR DELETE ON review_decisions
  FOR EACH ROW EXECUTE FUNCTION review_rows_frozen();
--> statement-breakpoint
CREATE TRIGGER lessons_learned_frozen BEFORE INSERT OR UPDATE OR DELETE ON lessons_learned
  FOR EACH ROW EXECUTE FUNCTION review_rows_frozen();
--> statement-breakpoint
-- Amendments correct a final review and are themselves never changed.
CREATE OR REPLACE FUNCTION review_amendments_rules() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'review_amendments is append-only' USING ERRCODE = 'GP001';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM reviews WHERE tenant_id = NEW.tenant_id AND id = NEW.review_id AND status = 'final') THEN
    RAISE EXCEPTION 'only a final review is amended; change the draft instead' USING ERRCODE = 'GP002';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER review_amendments_append_only BEFORE INSERT OR UPDATE OR DELETE ON review_amendments
  FOR EACH ROW EXECUTE FUNCTION review_amendments_rules();
