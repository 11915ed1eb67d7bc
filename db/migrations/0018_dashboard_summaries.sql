CREATE TABLE "review_outcomes" (
	"tenant_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"on_track" integer NOT NULL,
	"at_risk" integer NOT NULL,
	"off_track" integer NOT NULL,
	"scored" integer NOT NULL,
	"worst" smallint NOT NULL,
	"malus_applied_cents" integer NOT NULL,
	CONSTRAINT "review_outcomes_tenant_id_review_id_pk" PRIMARY KEY("tenant_id","review_id")
);
--> statement-breakpoint
CREATE TABLE "review_theme_outcomes" (
	"tenant_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"theme_key" varchar(120) NOT NULL,
	"contract_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"on_track" integer NOT NULL,
	"scored" integer NOT NULL,
	CONSTRAINT "review_theme_outcomes_tenant_id_review_id_theme_key_pk" PRIMARY KEY("tenant_id","review_id","theme_key")
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "first_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "review_outcomes" ADD CONSTRAINT "review_outcomes_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_outcomes" ADD CONSTRAINT "review_outcomes_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_theme_outcomes" ADD CONSTRAINT "review_theme_outcomes_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_outcomes_contract_idx" ON "review_outcomes" USING btree ("tenant_id","contract_id","quarter");--> statement-breakpoint
-- The summaries are written by the database (the trigger below), never by the application: the
-- application role may only read them, through the same walls as the reviews they summarise.
-- Forced like every tenant table; the trigger function runs as the owner, which migrations
-- create as a superuser (as for the freeze triggers of 0015).
REVOKE INSERT, UPDATE, DELETE ON review_outcomes, review_theme_outcomes FROM groeipad_app;
--> statement-breakpoint
GRANT SELECT ON review_outcomes, review_theme_outcomes TO groeipad_app;
--> statement-breakpoint
ALTER TABLE review_outcomes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE review_outcomes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY review_outcomes_buyer ON review_outcomes FOR SELECT TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY review_outcomes_supplier ON review_outcomes FOR SELECT TO groeipad_app
  USING (app_org_kind() = 'supplier' AND supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
ALTER TABLE review_theme_outcomes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE review_theme_outcomes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY review_theme_outcomes_buyer ON review_theme_outcomes FOR SELECT TO groeipad_app
  USING (app_org_kind() = 'buyer' AND tenant_id = app_org_id());
--> statement-breakpoint
CREATE POLICY review_theme_outcomes_supplier ON review_theme_outcomes FOR SELECT TO groeipad_app
  USING (app_org_kind() = 'supplier' AND supplier_party_to(tenant_id, contract_id));
--> statement-breakpoint
-- A final review's counts, once (in the transaction of the second signature, or inserted final by
-- a seed, or for the reviews that were final before this migration). SECURITY DEFINER: the side
-- that signs last may be the supplier, whose policies do not show it the buyer's wheel. A KPI
-- counts once per theme however many of its contract's themes concretise that organisation theme.
CREATE OR REPLACE FUNCTION record_review_outcome_of(p_tenant uuid, p_review uuid, p_contract uuid, p_quarter text, p_malus integer)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  INSERT INTO review_outcomes (tenant_id, review_id, contract_id, quarter, on_track, at_risk, off_track, scored, worst, malus_applied_cents)
  SELECT p_tenant, p_review, p_contract, p_quarter,
         count(*) FILTER (WHERE s.agreed_score = 'on_track'),
         count(*) FILTER (WHERE s.agreed_score = 'at_risk'),
         count(*) FILTER (WHERE s.agreed_score = 'off_track'),
         count(*) FILTER (WHERE s.agreed_score IN ('on_track', 'at_risk', 'off_track')),
         coalesce(max(CASE s.agreed_score WHEN 'off_track' THEN 3 WHEN 'at_risk' THEN 2 WHEN 'on_track' THEN 1 ELSE 0 END), 0),
         coalesce(p_malus, 0)
  FROM review_scores s WHERE s.tenant_id = p_tenant AND s.review_id = p_review
  ON CONFLICT (tenant_id, review_id) DO NOTHING;
  INSERT INTO review_theme_outcomes (tenant_id, review_id, theme_key, contract_id, quarter, on_track, scored)
  SELECT p_tenant, p_review, lower(coalesce(src.name, ct.name)), p_contract, p_quarter,
         count(DISTINCT s.kpi_id) FILTER (WHERE s.agreed_score = 'on_track'),
         count(DISTINCT s.kpi_id) FILTER (WHERE s.agreed_score IN ('on_track', 'at_risk', 'off_track'))
  FROM review_scores s
  JOIN kpi_themes kt ON kt.tenant_id = s.tenant_id AND kt.kpi_id = s.kpi_id
  JOIN wheel_themes ct ON ct.tenant_id = s.tenant_id AND ct.id = kt.theme_id
  LEFT JOIN wheel_themes src ON src.tenant_id = s.tenant_id AND src.id = ct.org_theme_id
  WHERE s.tenant_id = p_tenant AND s.review_id = p_review
  GROUP BY lower(coalesce(src.name, ct.name))
  ON CONFLICT (tenant_id, review_id, theme_key) DO NOTHING;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION record_review_outcome() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  PERFORM record_review_outcome_of(NEW.tenant_id, NEW.id, NEW.contract_id, NEW.quarter, NEW.malus_applied_cents);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER reviews_record_outcome AFTER INSERT OR UPDATE OF status ON reviews
  FOR EACH ROW WHEN (NEW.status = 'final') EXECUTE FUNCTION record_review_outcome();
--> statement-breakpoint
SELECT record_review_outcome_of(tenant_id, id, contract_id, quarter, malus_applied_cents) FROM reviews WHERE status = 'final';
--> statement-breakpoint
-- A report's first submission: reporting discipline judges a report by it, and a resubmission
-- after questions must not make it late. Kept by the database whatever path submits.
CREATE OR REPLACE FUNCTION keep_first_submission() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  NEW.first_submitted_at := coalesce(CASE WHEN TG_OP = 'UPDATE' THEN OLD.first_submitted_at END, NEW.first_submitted_at, NEW.submitted_at);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER reports_keep_first_submission BEFORE INSERT OR UPDATE OF submitted_at, first_submitted_at ON reports
  FOR EACH ROW EXECUTE FUNCTION keep_first_submission();
--> statement-breakpoint
UPDATE reports rp SET first_submitted_at = coalesce(
  (SELECT min(s.submitted_at) FROM report_submissions s WHERE s.tenant_id = rp.tenant_id AND s.report_id = rp.id),
  rp.submitted_at)
WHERE rp.status <> 'draft' OR rp.submitted_at IS NOT NULL;
