-- A KPI may be knock-out (off track, it caps the review's overall score at 50), and a final
-- review keeps its overall score 0–100 as it was when signed (lib/reviews/overall-score.ts); the
-- dashboard's summary row of a final review carries it too.
ALTER TABLE "kpis" ADD COLUMN "knock_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "overall_score" smallint;--> statement-breakpoint
ALTER TABLE "review_outcomes" ADD COLUMN "overall_score" smallint;--> statement-breakpoint
-- The reviews already final get theirs from their agreed scores and the weights as they are now
-- (no KPI is knock-out yet). A final review is frozen by a trigger; this derived column is the one
-- thing written into it, once, here.
ALTER TABLE "reviews" DISABLE TRIGGER reviews_final_no_change;--> statement-breakpoint
UPDATE "reviews" r SET overall_score = s.score
FROM (
  SELECT rs.tenant_id, rs.review_id,
    floor(sum(k.weight * CASE rs.agreed_score WHEN 'on_track' THEN 100 WHEN 'at_risk' THEN 50 ELSE 0 END)
          / sum(k.weight) + 0.5)::smallint AS score
  FROM review_scores rs
  JOIN kpis k ON k.tenant_id = rs.tenant_id AND k.id = rs.kpi_id
  WHERE rs.agreed_score IN ('on_track', 'at_risk', 'off_track') AND k.weight > 0
  GROUP BY rs.tenant_id, rs.review_id
) s
WHERE r.tenant_id = s.tenant_id AND r.id = s.review_id AND r.status = 'final';--> statement-breakpoint
ALTER TABLE "reviews" ENABLE TRIGGER reviews_final_no_change;--> statement-breakpoint
UPDATE review_outcomes o SET overall_score = r.overall_score FROM reviews r
WHERE r.tenant_id = o.tenant_id AND r.id = o.review_id;--> statement-breakpoint
-- The summary row of a review that becomes final from now on: the function of migration 0018,
-- with the overall score the same update wrote on the review.
CREATE OR REPLACE FUNCTION record_review_outcome_of(p_tenant uuid, p_review uuid, p_contract uuid, p_quarter text, p_malus integer)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  INSERT INTO review_outcomes (tenant_id, review_id, contract_id, quarter, on_track, at_risk, off_track, scored, worst, malus_applied_cents, overall_score)
  SELECT p_tenant, p_review, p_contract, p_quarter,
         count(*) FILTER (WHERE s.agreed_score = 'on_track'),
         count(*) FILTER (WHERE s.agreed_score = 'at_risk'),
         count(*) FILTER (WHERE s.agreed_score = 'off_track'),
         count(*) FILTER (WHERE s.agreed_score IN ('on_track', 'at_risk', 'off_track')),
         coalesce(max(CASE s.agreed_score WHEN 'off_track' THEN 3 WHEN 'at_risk' THEN 2 WHEN 'on_track' THEN 1 ELSE 0 END), 0),
         coalesce(p_malus, 0),
         (SELECT r.overall_score FROM reviews r WHERE r.tenant_id = p_tenant AND r.id = p_review)
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
