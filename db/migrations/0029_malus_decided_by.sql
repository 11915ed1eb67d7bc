-- What decides a quarter's malus per contract (the computed status with waivers, as before, or
-- the score both parties agreed), and caps on the sum of all KPIs' malus per cap year and over
-- the contract. Existing contracts keep the computed status and have no such caps.
CREATE TYPE "public"."malus_decided_by" AS ENUM('computed_status', 'agreed_score');--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "malus_decided_by" "malus_decided_by" DEFAULT 'computed_status' NOT NULL;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "malus_caps" jsonb;