CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"prefix" varchar(24) NOT NULL,
	"secret_hash" varchar(64) NOT NULL,
	"scopes" text[] NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" uuid,
	"last_used_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "api_tokens_has_scope" CHECK (cardinality("api_tokens"."scopes") >= 1)
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "api_token_id" uuid DEFAULT nullif(current_setting('app.api_token_id', true), '')::uuid;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_revoked_by_user_id_users_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_prefix_key" ON "api_tokens" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "api_tokens_organisation_idx" ON "api_tokens" USING btree ("organisation_id","created_at");--> statement-breakpoint
-- hand-written
-- An organisation sees and manages its own tokens, in its own tenant transaction; nothing deletes
-- one (a revoked token stays, named by the audit events it left).
GRANT SELECT, INSERT, UPDATE ON api_tokens TO groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
REVOKE DELETE ON api_tokens FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_tokens_own ON api_tokens FOR ALL TO groeipad_buyer, groeipad_supplier
  USING (organisation_id = app_org_id())
  WITH CHECK (organisation_id = app_org_id());
--> statement-breakpoint
-- The account behind an API call, like session_account for a browser session: the token's
-- organisation and the role its creator holds there now, only while the token is live and its
-- creator still a member. It takes the token itself, not its hash, so the stored hashes open nothing.
CREATE FUNCTION api_token_account(p_prefix text, p_token text, p_now timestamptz)
RETURNS TABLE (token_id uuid, token_name text, scopes text[], last_used_at timestamptz, user_id uuid, email text, name text,
               org_id uuid, slug text, org_name text, kind text, role text, partner_org_ids uuid[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT t.id, t.name::text, t.scopes, t.last_used_at, u.id, u.email, u.name, o.id, o.slug::text, o.name::text, o.kind::text, m.role::text,
         CASE WHEN o.kind = 'supplier'
              THEN coalesce((SELECT array_agg(DISTINCT c.tenant_id) FROM contracts c WHERE c.supplier_org_id = o.id), '{}')
              ELSE '{}' END
    FROM api_tokens t
    JOIN memberships m ON m.organisation_id = t.organisation_id AND m.user_id = t.created_by_user_id
    JOIN users u ON u.id = t.created_by_user_id
    JOIN organisations o ON o.id = t.organisation_id
   WHERE t.prefix = p_prefix
     AND t.secret_hash = encode(sha256(convert_to(p_token, 'UTF8')), 'hex')
     AND t.revoked_at IS NULL
     AND t.expires_at > p_now
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION api_token_account(text, text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION api_token_account(text, text, timestamptz) TO groeipad_app;
