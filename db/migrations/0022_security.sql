-- Sessions that can be ended, the buyer that registered a supplier, the contact a buyer proposes
-- to an existing supplier, and date ranges that quarters can be computed for. The range checks are
-- NOT VALID: they hold for every new or changed row without refusing the migration over an old one.
CREATE TABLE "user_sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registered_by_org_id" uuid;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "supplier_contact_email" varchar(254);--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_sessions_expiry_idx" ON "user_sessions" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_registered_by_org_id_organisations_id_fk" FOREIGN KEY ("registered_by_org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_dates_in_range" CHECK ("contracts"."start_date" >= '2000-01-01' and "contracts"."end_date" <= '2100-12-31') NOT VALID;--> statement-breakpoint
ALTER TABLE "organisation_targets" ADD CONSTRAINT "organisation_targets_base_year_in_range" CHECK ("organisation_targets"."base_year" between 1990 and 2100) NOT VALID;--> statement-breakpoint
ALTER TABLE "wheel_goals" ADD CONSTRAINT "wheel_goals_years_in_range" CHECK (("wheel_goals"."base_year" is null or "wheel_goals"."base_year" between 1990 and 2100) and ("wheel_goals"."target_year" is null or "wheel_goals"."target_year" between 1990 and 2100)) NOT VALID;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_due_in_range" CHECK ("roadmap_items"."due_date" between '2000-01-01' and '2100-12-31') NOT VALID;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_due_in_range" CHECK ("action_items"."due_date" between '2000-01-01' and '2100-12-31') NOT VALID;
--> statement-breakpoint
-- The buyer that registered a supplier is the actor organisation of its creation event.
UPDATE organisations o SET registered_by_org_id = (
  SELECT a.actor_org_id FROM audit_events a
   WHERE a.tenant_id = o.id AND a.entity = 'organisation' AND a.action = 'create' AND a.actor_org_id <> o.id
   ORDER BY a.created_at LIMIT 1)
 WHERE o.kind = 'supplier' AND o.registered_by_org_id IS NULL;
--> statement-breakpoint
-- Open invitations from a buyer into a supplier that the buyer did not register, or that already
-- has members, could hand the supplier's data to a stranger: they are revoked, with an audit event.
WITH revoked AS (
  UPDATE invitations i SET revoked_at = now()
    FROM organisations s
   WHERE s.id = i.organisation_id AND s.kind = 'supplier'
     AND i.accepted_at IS NULL AND i.revoked_at IS NULL
     AND i.invited_by_organisation_id IS DISTINCT FROM i.organisation_id
     AND (i.invited_by_organisation_id IS DISTINCT FROM s.registered_by_org_id
          OR EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = i.organisation_id))
  RETURNING i.id, i.organisation_id, i.email
)
INSERT INTO audit_events (tenant_id, actor_user_id, actor_org_id, entity, entity_id, action, before)
SELECT organisation_id, NULL, NULL, 'invitation', id::text, 'revoke_unauthorised_first_admin', jsonb_build_object('email', email)
  FROM revoked;
