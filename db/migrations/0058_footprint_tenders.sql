CREATE TABLE "footprint_baselines" (
	"tenant_id" uuid NOT NULL,
	"fte" numeric(18, 4),
	"fte_year" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "footprint_baselines_tenant_id_pk" PRIMARY KEY("tenant_id"),
	CONSTRAINT "footprint_baselines_fte_positive" CHECK ("footprint_baselines"."fte" is null or "footprint_baselines"."fte" > 0),
	CONSTRAINT "footprint_baselines_fte_year" CHECK ("footprint_baselines"."fte_year" is null or "footprint_baselines"."fte_year" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "package_footprints" (
	"tenant_id" uuid NOT NULL,
	"purchasing_package" varchar(64) NOT NULL,
	"kg_per_fte" numeric(18, 4),
	"source" text,
	"source_year" integer,
	"strategic" boolean DEFAULT false NOT NULL,
	"theme_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "package_footprints_tenant_id_purchasing_package_pk" PRIMARY KEY("tenant_id","purchasing_package"),
	CONSTRAINT "package_footprints_kg_not_negative" CHECK ("package_footprints"."kg_per_fte" is null or "package_footprints"."kg_per_fte" >= 0),
	CONSTRAINT "package_footprints_source_year" CHECK ("package_footprints"."source_year" is null or "package_footprints"."source_year" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "contract_tenders" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"reference" varchar(100),
	"procedure" varchar(40),
	"award_date" date,
	"winner_score" numeric(18, 4),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_tenders_tenant_id_contract_id_pk" PRIMARY KEY("tenant_id","contract_id")
);
--> statement-breakpoint
CREATE TABLE "tender_bid_values" (
	"tenant_id" uuid NOT NULL,
	"bid_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"indicator_id" uuid NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	CONSTRAINT "tender_bid_values_tenant_id_bid_id_indicator_id_pk" PRIMARY KEY("tenant_id","bid_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "tender_bidders" (
	"tenant_id" uuid NOT NULL,
	"bid_id" uuid NOT NULL,
	"name" varchar(200) NOT NULL,
	CONSTRAINT "tender_bidders_tenant_id_bid_id_pk" PRIMARY KEY("tenant_id","bid_id")
);
--> statement-breakpoint
CREATE TABLE "tender_bids" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"supplier_org_id" uuid,
	"label" varchar(2) NOT NULL,
	"score" numeric(18, 4),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tender_bids_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "tender_bids_label_letters" CHECK ("tender_bids"."label" ~ '^[A-Z]{1,2}$')
);
--> statement-breakpoint
ALTER TABLE "footprint_baselines" ADD CONSTRAINT "footprint_baselines_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "footprint_baselines" ADD CONSTRAINT "footprint_baselines_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_footprints" ADD CONSTRAINT "package_footprints_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "package_footprints" ADD CONSTRAINT "package_footprints_tenant_id_organisations_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_tenders" ADD CONSTRAINT "contract_tenders_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_tenders" ADD CONSTRAINT "contract_tenders_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_bid_values" ADD CONSTRAINT "tender_bid_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_bid_values" ADD CONSTRAINT "tender_bid_values_tenant_id_bid_id_tender_bids_tenant_id_id_fk" FOREIGN KEY ("tenant_id","bid_id") REFERENCES "public"."tender_bids"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_bid_values" ADD CONSTRAINT "tender_bid_values_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_bidders" ADD CONSTRAINT "tender_bidders_tenant_id_bid_id_tender_bids_tenant_id_id_fk" FOREIGN KEY ("tenant_id","bid_id") REFERENCES "public"."tender_bids"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tender_bids" ADD CONSTRAINT "tender_bids_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tender_bid_values_contract_idx" ON "tender_bid_values" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tender_bids_label_key" ON "tender_bids" USING btree ("tenant_id","contract_id","label");--> statement-breakpoint
-- hand-written
-- The footprint baseline is the buyer's own policy data: its buyer side reads and writes it, a
-- supplier has no policy here at all.
ALTER TABLE footprint_baselines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE footprint_baselines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY footprint_baselines_buyer ON footprint_baselines FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
ALTER TABLE package_footprints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE package_footprints FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY package_footprints_buyer ON package_footprints FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id())
  WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
-- hand-written
-- The tender and the losing bids: the buyer reads and writes them; the contract's supplier reads
-- the tender, the bids by letter and their values, never tender_bidders (no supplier policy there).
ALTER TABLE contract_tenders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contract_tenders FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contract_tenders_buyer ON contract_tenders FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY contract_tenders_supplier_read ON contract_tenders FOR SELECT TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER TABLE tender_bids ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tender_bids FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tender_bids_buyer ON tender_bids FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY tender_bids_supplier_read ON tender_bids FOR SELECT TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER TABLE tender_bid_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tender_bid_values FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tender_bid_values_buyer ON tender_bid_values FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE POLICY tender_bid_values_supplier_read ON tender_bid_values FOR SELECT TO groeipad_supplier
  USING (supplier_org_id = app_supplier_org_id());
--> statement-breakpoint
ALTER TABLE tender_bidders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tender_bidders FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tender_bidders_buyer ON tender_bidders FOR ALL TO groeipad_buyer
  USING (tenant_id = app_buyer_org_id()) WITH CHECK (tenant_id = app_buyer_org_id());
--> statement-breakpoint
CREATE TRIGGER contract_tenders_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON contract_tenders
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER tender_bids_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON tender_bids
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
CREATE TRIGGER tender_bid_values_supplier_from_parent BEFORE INSERT OR UPDATE OF supplier_org_id, contract_id ON tender_bid_values
  FOR EACH ROW EXECUTE FUNCTION supplier_from_contracts();
--> statement-breakpoint
-- A contract that changes supplier takes its tender along, as it takes its promises.
CREATE TRIGGER contracts_supplier_to_tender_children AFTER UPDATE OF supplier_org_id ON contracts
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION pass_supplier_to_children('contract_tenders', 'contract_id', 'tender_bids', 'contract_id', 'tender_bid_values', 'contract_id');
