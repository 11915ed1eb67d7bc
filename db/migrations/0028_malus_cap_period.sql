-- Which year a malus cap per year counts in. Until now it was the calendar year without saying
-- so; existing contracts keep it, so no amount a draft review shows changes under anyone's hands.
-- New contracts count per contract year from the start date, as Dutch contracts cap penalties.
CREATE TYPE "public"."malus_cap_period" AS ENUM('contract_year', 'calendar_year');--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "malus_cap_period" "malus_cap_period" DEFAULT 'calendar_year' NOT NULL;--> statement-breakpoint
ALTER TABLE "contracts" ALTER COLUMN "malus_cap_period" SET DEFAULT 'contract_year';
