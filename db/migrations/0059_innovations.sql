CREATE TABLE "innovation_decisions" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"innovation_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"decision" varchar(8) NOT NULL,
	"reason" text NOT NULL,
	"decided_by_user_id" uuid,
	"decided_by_name" varchar(200) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "innovation_decisions_kind" CHECK ("innovation_decisions"."decision" in ('go', 'no_go', 'pilot')),
	CONSTRAINT "innovation_decisions_reason" CHECK (length(trim("innovation_decisions"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "innovations" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"title" varchar(200) NOT NULL,
	"problem" text NOT NULL,
	"expected_effect" text,
	"kpi_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"theme_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"cost_cents" bigint,
	"cost_bearer" varchar(8),
	"roadmap_item_id" uuid,
	"proposed_by_side" "organisation_kind" NOT NULL,
	"proposed_by_user_id" uuid,
	"proposer_name" varchar(200) NOT NULL,
	"outcome" text,
	"outcome_by_user_id" uuid,
	"outcome_by_name" varchar(200),
	"outcome_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "innovations_cost_bearer" CHECK ("innovations"."cost_bearer" is null or "innovations"."cost_bearer" in ('buyer', 'supplier', 'shared')),
	CONSTRAINT "innovations_cost_nonnegative" CHECK ("innovations"."cost_cents" is null or "innovations"."cost_cents" >= 0),
	CONSTRAINT "innovations_title" CHECK (length(trim("innovations"."title")) > 0)
);
--> statement-breakpoint
ALTER TABLE "innovation_decisions" ADD CONSTRAINT "innovation_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_decisions" ADD CONSTRAINT "innovation_decisions_tenant_id_innovation_id_innovations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","innovation_id") REFERENCES "public"."innovations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_decisions" ADD CONSTRAINT "innovation_decisions_tenant_id_review_id_reviews_tenant_id_id_fk" FOREIGN KEY ("tenant_id","review_id") REFERENCES "public"."reviews"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_outcome_by_user_id_users_id_fk" FOREIGN KEY ("outcome_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "innovation_decisions_innovation_key" ON "innovation_decisions" USING btree ("tenant_id","innovation_id");--> statement-breakpoint
CREATE INDEX "innovation_decisions_review_idx" ON "innovation_decisions" USING btree ("tenant_id","review_id");--> statement-breakpoint
CREATE INDEX "innovations_contract_idx" ON "innovations" USING btree ("tenant_id","contract_id");--> statement-breakpoint
-- hand-written
-- The pointer to a roadmap action. Citus refuses a foreign key that sets null on a key holding
-- tenant_id, even with a column list, so deleting the action clears the pointer in the same
-- transaction first (lib/roadmap/actions.ts), as for a wheel's organisation theme.
ALTER TABLE innovations ADD CONSTRAINT innovations_roadmap_item_fk
  FOREIGN KEY (tenant_id, roadmap_item_id) REFERENCES roadmap_items (tenant_id, id) ON DELETE NO ACTION;
--> statement-breakpoint
-- An innovation and its decision belong to the buyer's tenant and, through the contract, to its
-- supplier: one policy per side role, as for reviews and yearly evaluations.
GRANT SELECT, INSERT, UPDATE, DELETE ON innovations, innovation_decisions TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE innovations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE innovations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY innovations_buyer ON innovations FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY innovations_supplier ON innovations FOR ALL TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id())
  WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER TABLE innovation_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE innovation_decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY innovation_decisions_buyer ON innovation_decisions FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY innovation_decisions_supplier ON innovation_decisions FOR ALL TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id())
  WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
CREATE TRIGGER innovations_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON innovations
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER innovation_decisions_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, review_id ON innovation_decisions
  FOR EACH ROW EXECUTE FUNCTION supplier_from_reviews();
--> statement-breakpoint
DROP TRIGGER contracts_supplier_to_children ON contracts;
--> statement-breakpoint
CREATE TRIGGER contracts_supplier_to_children AFTER UPDATE OF supplier_org_id ON contracts
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('action_items', 'contract_id', 'innovations', 'contract_id', 'kpis', 'contract_id', 'lessons_learned', 'contract_id', 'procurement_checklists', 'contract_id', 'promises', 'contract_id', 'reports', 'contract_id', 'review_outcomes', 'contract_id', 'review_theme_outcomes', 'contract_id', 'reviews', 'contract_id', 'roadmap_items', 'contract_id', 'wheels', 'contract_id', 'yearly_evaluations', 'contract_id');
--> statement-breakpoint
DROP TRIGGER reviews_supplier_to_children ON reviews;
--> statement-breakpoint
CREATE TRIGGER reviews_supplier_to_children AFTER UPDATE OF supplier_org_id ON reviews
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('innovation_decisions', 'review_id', 'review_amendments', 'review_id', 'review_comments', 'review_id', 'review_decisions', 'review_id', 'review_participants', 'review_id', 'review_scores', 'review_id');
--> statement-breakpoint
-- A decision is part of its review's record: once the review is final, no insert, update or
-- delete of it passes (GP001, turned into the Dutch message by the application).
CREATE TRIGGER innovation_decisions_frozen BEFORE INSERT OR UPDATE OR DELETE ON innovation_decisions
  FOR EACH ROW EXECUTE FUNCTION review_rows_frozen();
