CREATE TABLE "period_close_contracts" (
	"tenant_id" uuid NOT NULL,
	"close_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"on_track" integer NOT NULL,
	"at_risk" integer NOT NULL,
	"off_track" integer NOT NULL,
	"scored" integer NOT NULL,
	"worst" smallint NOT NULL,
	"malus_applied_cents" integer NOT NULL,
	"overall_score" smallint,
	"kpi_scores" jsonb NOT NULL,
	"theme_outcomes" jsonb NOT NULL,
	CONSTRAINT "period_close_contracts_tenant_id_close_id_contract_id_pk" PRIMARY KEY("tenant_id","close_id","contract_id")
);
--> statement-breakpoint
CREATE TABLE "period_close_targets" (
	"tenant_id" uuid NOT NULL,
	"close_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"actual" double precision,
	"contracts" integer NOT NULL,
	"contributions" jsonb NOT NULL,
	CONSTRAINT "period_close_targets_tenant_id_close_id_target_id_pk" PRIMARY KEY("tenant_id","close_id","target_id")
);
--> statement-breakpoint
CREATE TABLE "period_closes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"quarter" varchar(7) NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by_user_id" uuid NOT NULL,
	"reopen_requested_by_user_id" uuid,
	"reopen_requested_at" timestamp with time zone,
	"reopen_requested_role" varchar(32),
	"reopen_reason" text,
	"reopened_by_user_id" uuid,
	"reopened_at" timestamp with time zone,
	CONSTRAINT "period_closes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "period_close_contracts" ADD CONSTRAINT "period_close_contracts_tenant_id_close_id_period_closes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","close_id") REFERENCES "public"."period_closes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_close_targets" ADD CONSTRAINT "period_close_targets_tenant_id_close_id_period_closes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","close_id") REFERENCES "public"."period_closes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "period_closes_active_idx" ON "period_closes" USING btree ("tenant_id","quarter") WHERE reopened_at is null;--> statement-breakpoint
-- hand-written
-- A period close belongs to the buyer: only its buyer side reads and writes it. Suppliers do not
-- close periods and read their own contracts live (their dashboard is a different one), so the
-- supplier role has the grants every table has but no policy: it sees no row.
GRANT SELECT, INSERT, UPDATE ON period_closes TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
GRANT SELECT, INSERT ON period_close_contracts, period_close_targets TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE period_closes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE period_closes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY period_closes_buyer ON period_closes FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE period_close_contracts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE period_close_contracts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY period_close_contracts_buyer ON period_close_contracts FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE period_close_targets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE period_close_targets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY period_close_targets_buyer ON period_close_targets FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
-- The snapshot is the record of the quarter: once written, no row of it changes or goes, whoever
-- asks (also the owner), so a closed quarter's figures cannot be rewritten behind the close.
CREATE OR REPLACE FUNCTION refuse_period_snapshot_change() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  RAISE EXCEPTION 'De vastgelegde cijfers van een afgesloten kwartaal veranderen niet.' USING ERRCODE = 'check_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER period_close_contracts_frozen BEFORE UPDATE OR DELETE ON period_close_contracts
  FOR EACH ROW EXECUTE FUNCTION refuse_period_snapshot_change();
--> statement-breakpoint
CREATE TRIGGER period_close_targets_frozen BEFORE UPDATE OR DELETE ON period_close_targets
  FOR EACH ROW EXECUTE FUNCTION refuse_period_snapshot_change();
--> statement-breakpoint
-- A close is never deleted; only its reopening is written, once: the request, then the approval.
CREATE OR REPLACE FUNCTION guard_period_close() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Een afsluiting wordt niet verwijderd; heropen het kwartaal.' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.tenant_id <> OLD.tenant_id OR NEW.id <> OLD.id OR NEW.quarter <> OLD.quarter
     OR NEW.closed_at <> OLD.closed_at OR NEW.closed_by_user_id <> OLD.closed_by_user_id
     OR OLD.reopened_at IS NOT NULL
     OR (OLD.reopen_requested_at IS NOT NULL AND (NEW.reopen_requested_at IS DISTINCT FROM OLD.reopen_requested_at
         OR NEW.reopen_requested_by_user_id IS DISTINCT FROM OLD.reopen_requested_by_user_id
         OR NEW.reopen_requested_role IS DISTINCT FROM OLD.reopen_requested_role
         OR NEW.reopen_reason IS DISTINCT FROM OLD.reopen_reason)) THEN
    RAISE EXCEPTION 'Een afsluiting verandert alleen door een heropening.' USING ERRCODE = 'check_violation';
  END IF;
  -- Four eyes, also in the database: the approver is not the one who asked.
  IF NEW.reopened_at IS NOT NULL AND (NEW.reopen_requested_by_user_id IS NULL
     OR NEW.reopened_by_user_id IS NULL OR NEW.reopened_by_user_id = NEW.reopen_requested_by_user_id) THEN
    RAISE EXCEPTION 'Heropenen vraagt twee verschillende personen.' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER period_closes_guard BEFORE UPDATE OR DELETE ON period_closes
  FOR EACH ROW EXECUTE FUNCTION guard_period_close();
--> statement-breakpoint
-- Closing and reopening change what the dashboards read: they move the data version (0019).
CREATE TRIGGER period_closes_log_change AFTER INSERT OR UPDATE OR DELETE ON period_closes
  FOR EACH ROW EXECUTE FUNCTION log_tenant_data_change_row();
--> statement-breakpoint
-- Whether a buyer's quarter is closed, for either side of its reviews: the supplier signs too, but
-- reads no close row. Answers only the buyer itself or a supplier party to one of its contracts.
CREATE OR REPLACE FUNCTION period_closed(p_tenant uuid, p_quarter text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM period_closes pc WHERE pc.tenant_id = p_tenant AND pc.quarter = p_quarter AND pc.reopened_at IS NULL)
     AND (p_tenant = app_buyer_org_id()
          OR EXISTS (SELECT 1 FROM contracts c WHERE c.tenant_id = p_tenant AND c.supplier_org_id = app_org_id()
                     AND app_org_kind() = 'supplier')) $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION period_closed(uuid, text) TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The second wall: no review of a closed quarter is added or changed, whatever path writes it.
CREATE OR REPLACE FUNCTION refuse_review_in_closed_quarter() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  -- Which organisation is the contract's supplier is not part of the quarter's figures (as in 0026).
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'supplier_org_id' = to_jsonb(OLD) - 'supplier_org_id' THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM period_closes pc WHERE pc.tenant_id = NEW.tenant_id AND pc.quarter = NEW.quarter AND pc.reopened_at IS NULL) THEN
    RAISE EXCEPTION 'Het kwartaal % is afgesloten.', NEW.quarter USING ERRCODE = 'GP002';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER reviews_refuse_closed_quarter BEFORE INSERT OR UPDATE ON reviews
  FOR EACH ROW EXECUTE FUNCTION refuse_review_in_closed_quarter();
--> statement-breakpoint
-- An amendment to a closed quarter's review shows as a correction on the dashboard: it moves the
-- data version like every other change the dashboard reads.
CREATE TRIGGER review_amendments_log_change AFTER INSERT ON review_amendments
  FOR EACH ROW EXECUTE FUNCTION log_tenant_data_change_row();
