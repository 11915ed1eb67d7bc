CREATE TABLE "yearly_evaluation_decisions" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"decision" varchar(8) NOT NULL,
	"reason" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "yearly_evaluation_decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "yearly_evaluation_decisions_kind" CHECK ("yearly_evaluation_decisions"."decision" in ('keep', 'adjust', 'retire')),
	CONSTRAINT "yearly_evaluation_decisions_reason" CHECK (length(trim("yearly_evaluation_decisions"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "yearly_evaluations" (
	"tenant_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" "review_status" DEFAULT 'draft' NOT NULL,
	"roadmap_holds" varchar(8),
	"roadmap_note" text,
	"summary" text,
	"buyer_signed_by_user_id" uuid,
	"buyer_signed_at" timestamp with time zone,
	"buyer_signer_name" varchar(200),
	"supplier_signed_by_user_id" uuid,
	"supplier_signed_at" timestamp with time zone,
	"supplier_signer_name" varchar(200),
	"finalized_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "yearly_evaluations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "yearly_evaluations_year" CHECK ("yearly_evaluations"."year" between 2000 and 2100),
	CONSTRAINT "yearly_evaluations_roadmap_holds" CHECK ("yearly_evaluations"."roadmap_holds" is null or "yearly_evaluations"."roadmap_holds" in ('yes', 'no', 'partly')),
	CONSTRAINT "yearly_evaluations_final_signed" CHECK ("yearly_evaluations"."status" = 'draft' or ("yearly_evaluations"."buyer_signed_at" is not null and "yearly_evaluations"."supplier_signed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "yearly_evaluation_decisions" ADD CONSTRAINT "yearly_evaluation_decisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_evaluation_decisions" ADD CONSTRAINT "yearly_evaluation_decisions_tenant_id_evaluation_id_yearly_evaluations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","evaluation_id") REFERENCES "public"."yearly_evaluations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_evaluation_decisions" ADD CONSTRAINT "yearly_evaluation_decisions_tenant_id_kpi_id_kpis_tenant_id_id_fk" FOREIGN KEY ("tenant_id","kpi_id") REFERENCES "public"."kpis"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_evaluations" ADD CONSTRAINT "yearly_evaluations_buyer_signed_by_user_id_users_id_fk" FOREIGN KEY ("buyer_signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_evaluations" ADD CONSTRAINT "yearly_evaluations_supplier_signed_by_user_id_users_id_fk" FOREIGN KEY ("supplier_signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_evaluations" ADD CONSTRAINT "yearly_evaluations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_evaluations" ADD CONSTRAINT "yearly_evaluations_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "yearly_evaluation_decisions_kpi_key" ON "yearly_evaluation_decisions" USING btree ("tenant_id","evaluation_id","kpi_id");--> statement-breakpoint
CREATE UNIQUE INDEX "yearly_evaluations_contract_year_key" ON "yearly_evaluations" USING btree ("tenant_id","contract_id","year");--> statement-breakpoint
-- hand-written
-- An evaluation and its decisions belong to the buyer's tenant and, through the contract, to its
-- supplier: one policy per side role, as for reviews.
GRANT SELECT, INSERT, UPDATE, DELETE ON yearly_evaluations, yearly_evaluation_decisions TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE yearly_evaluations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE yearly_evaluations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY yearly_evaluations_buyer ON yearly_evaluations FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY yearly_evaluations_supplier ON yearly_evaluations FOR ALL TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id())
  WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER TABLE yearly_evaluation_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE yearly_evaluation_decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY yearly_evaluation_decisions_buyer ON yearly_evaluation_decisions FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY yearly_evaluation_decisions_supplier ON yearly_evaluation_decisions FOR ALL TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id())
  WITH CHECK (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION supplier_from_yearly_evaluations() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  NEW.supplier_org_id := (SELECT p.supplier_org_id FROM yearly_evaluations p WHERE p.tenant_id = NEW.tenant_id AND p.id = NEW.evaluation_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER yearly_evaluations_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON yearly_evaluations
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER yearly_evaluation_decisions_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, evaluation_id ON yearly_evaluation_decisions
  FOR EACH ROW EXECUTE FUNCTION supplier_from_yearly_evaluations();
--> statement-breakpoint
DROP TRIGGER contracts_supplier_to_children ON contracts;
--> statement-breakpoint
CREATE TRIGGER contracts_supplier_to_children AFTER UPDATE OF supplier_org_id ON contracts
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('action_items', 'contract_id', 'kpis', 'contract_id', 'lessons_learned', 'contract_id', 'procurement_checklists', 'contract_id', 'promises', 'contract_id', 'reports', 'contract_id', 'review_outcomes', 'contract_id', 'review_theme_outcomes', 'contract_id', 'reviews', 'contract_id', 'roadmap_items', 'contract_id', 'wheels', 'contract_id', 'yearly_evaluations', 'contract_id');
--> statement-breakpoint
CREATE TRIGGER yearly_evaluations_supplier_to_children AFTER UPDATE OF supplier_org_id ON yearly_evaluations
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('yearly_evaluation_decisions', 'evaluation_id');
--> statement-breakpoint
-- A final evaluation is the signed record: no update or delete, whoever asks (the owner too);
-- its decisions freeze with it. GP001 is the code the application turns into its Dutch message.
CREATE OR REPLACE FUNCTION yearly_evaluations_final_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  IF OLD.status = 'final' THEN
    RAISE EXCEPTION 'yearly evaluation % is final and cannot be changed', OLD.id USING ERRCODE = 'GP001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER yearly_evaluations_final_no_change BEFORE UPDATE OR DELETE ON yearly_evaluations
  FOR EACH ROW EXECUTE FUNCTION yearly_evaluations_final_is_immutable();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yearly_evaluation_rows_frozen() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ DECLARE
  target_tenant uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
  target_evaluation uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.evaluation_id ELSE NEW.evaluation_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM yearly_evaluations WHERE tenant_id = target_tenant AND id = target_evaluation AND status = 'final')
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM yearly_evaluations WHERE tenant_id = OLD.tenant_id AND id = OLD.evaluation_id AND status = 'final')) THEN
    RAISE EXCEPTION 'yearly evaluation % is final and cannot be changed', target_evaluation USING ERRCODE = 'GP001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER yearly_evaluation_decisions_frozen BEFORE INSERT OR UPDATE OR DELETE ON yearly_evaluation_decisions
  FOR EACH ROW EXECUTE FUNCTION yearly_evaluation_rows_frozen();
