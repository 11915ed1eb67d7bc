-- A KPI may be knock-out (off track, it caps the review's overall score at 50), and a final
-- review keeps its overall score 0–100 as it was when signed (lib/reviews/overall-score.ts).
ALTER TABLE "kpis" ADD COLUMN "knock_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "overall_score" smallint;--> statement-breakpoint
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
ALTER TABLE "reviews" ENABLE TRIGGER reviews_final_no_change;
