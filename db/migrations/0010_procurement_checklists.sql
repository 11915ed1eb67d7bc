CREATE TABLE "procurement_checklists" (
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"checked_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"shared_with_supplier" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_checklists_tenant_id_contract_id_pk" PRIMARY KEY("tenant_id","contract_id")
);
--> statement-breakpoint
ALTER TABLE "procurement_checklists" ADD CONSTRAINT "procurement_checklists_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;