-- A review may give a result KPI that has none a malus rule: after the contract starts, the rule
-- for changing an agreed KPI is a review decision.
ALTER TYPE "public"."review_decision_kind" ADD VALUE 'set_malus';