-- The buyer's notes on the checklist ambitieformulering are internal: sharing the checklist with the
-- supplier leaves them out unless the sharer includes them. Existing shares keep their notes hidden.
ALTER TABLE "procurement_checklists" ADD COLUMN "notes_shared" boolean DEFAULT false NOT NULL;