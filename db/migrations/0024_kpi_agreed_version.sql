-- The version of an agreed KPI both parties signed up to, kept on the row while a change to it waits for the other party.
ALTER TABLE "kpis" ADD COLUMN "agreed_version" jsonb;