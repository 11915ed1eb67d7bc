CREATE TABLE "platform_operators" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "suspended_reason" text;--> statement-breakpoint
ALTER TABLE "platform_operators" ADD CONSTRAINT "platform_operators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written
-- Whether the person of this request is an operator: each may read only their own row, before any
-- organisation is chosen (app.user_id alone). Nobody becomes one through the application: the
-- command line adds them on the owner's connection.
ALTER TABLE platform_operators ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platform_operators FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON platform_operators FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
CREATE POLICY platform_operators_self ON platform_operators FOR SELECT TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (user_id = app_user_id());
--> statement-breakpoint
-- A suspended organisation's tokens are refused like revoked ones.
CREATE OR REPLACE FUNCTION api_token_account(p_prefix text, p_token text, p_now timestamptz)
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
     AND o.suspended_at IS NULL
$$;
