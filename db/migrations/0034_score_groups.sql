-- The overall score can weigh groups of KPIs (supplier questionnaires weigh groups and the
-- questions within them): a contract lists its groups with their weights, a KPI names its group.
-- Existing contracts have no groups and score as before.
ALTER TABLE "contracts" ADD COLUMN "score_groups" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "kpis" ADD COLUMN "score_group" varchar(40);