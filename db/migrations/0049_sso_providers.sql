CREATE TABLE "sso_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"issuer" text NOT NULL,
	"client_id" varchar(255) NOT NULL,
	"client_secret_encrypted" text NOT NULL,
	"email_domains" text[] NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sso_providers_has_domain" CHECK (cardinality("sso_providers"."email_domains") >= 1)
);
--> statement-breakpoint
ALTER TABLE "user_sessions" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "sso_providers" ADD CONSTRAINT "sso_providers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_providers" ADD CONSTRAINT "sso_providers_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sso_providers_organisation_idx" ON "sso_providers" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written
-- An organisation's admins manage its own identity providers, in its own tenant transaction.
GRANT SELECT, INSERT, UPDATE, DELETE ON sso_providers TO groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
ALTER TABLE sso_providers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sso_providers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sso_providers_own ON sso_providers FOR ALL TO groeipad_buyer, groeipad_supplier
  USING (organisation_id = app_org_id())
  WITH CHECK (organisation_id = app_org_id());
--> statement-breakpoint
-- The providers the sign-in may offer, before anybody is signed in: those of organisations that
-- are not suspended. The secret stays encrypted; only the server's key opens it.
CREATE FUNCTION sso_sign_in_providers()
RETURNS TABLE (id uuid, organisation_id uuid, org_name text, org_kind text, name text, issuer text, client_id text,
               client_secret_encrypted text, email_domains text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT p.id, p.organisation_id, o.name::text, o.kind::text, p.name::text, p.issuer, p.client_id::text, p.client_secret_encrypted, p.email_domains
    FROM sso_providers p
    JOIN organisations o ON o.id = p.organisation_id
   WHERE o.suspended_at IS NULL
   ORDER BY o.name, p.name
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION sso_sign_in_providers() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION sso_sign_in_providers() TO groeipad_app;
--> statement-breakpoint
-- Whether an organisation knows an address, for its identity provider's sign-in: 'member',
-- 'invited' (an open invitation) or null. Only this answer leaves the function.
CREATE FUNCTION sso_sign_in_standing(p_organisation_id uuid, p_email text, p_now timestamptz)
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                  WHERE m.organisation_id = p_organisation_id AND u.email = lower(p_email)) THEN 'member'
    WHEN EXISTS (SELECT 1 FROM invitations i
                  WHERE i.organisation_id = p_organisation_id AND i.email = lower(p_email)
                    AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > p_now) THEN 'invited'
  END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION sso_sign_in_standing(uuid, text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION sso_sign_in_standing(uuid, text, timestamptz) TO groeipad_app;
--> statement-breakpoint
-- A session an organisation's identity provider signed in opens only that organisation, and says
-- so (the platform's screens refuse it).
DROP FUNCTION IF EXISTS session_account(uuid, text, timestamptz, timestamptz, timestamptz);
--> statement-breakpoint
CREATE FUNCTION session_account(
  p_user_id uuid, p_session_id text, p_now timestamptz, p_seen_after timestamptz, p_started_after timestamptz
) RETURNS TABLE (id uuid, email text, name text, org_id uuid, slug text, org_name text, kind text, role text,
                 partner_org_ids uuid[], suspended_at timestamptz, suspended_reason text, last_seen_at timestamptz,
                 sso_organisation_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  WITH partners AS (
    SELECT c.supplier_org_id, array_agg(DISTINCT c.tenant_id) AS buyers
      FROM contracts c
     WHERE c.supplier_org_id IN (SELECT organisation_id FROM memberships WHERE user_id = p_user_id)
     GROUP BY c.supplier_org_id
  )
  SELECT u.id, u.email, u.name, o.id, o.slug::text, o.name::text, o.kind::text, m.role::text,
         coalesce(p.buyers, '{}'), o.suspended_at, o.suspended_reason, s.last_seen_at, s.organisation_id
    FROM user_sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN memberships m ON m.user_id = u.id AND (s.organisation_id IS NULL OR m.organisation_id = s.organisation_id)
    LEFT JOIN organisations o ON o.id = m.organisation_id
    LEFT JOIN partners p ON p.supplier_org_id = o.id AND o.kind = 'supplier'
   WHERE s.id_hash = encode(sha256(convert_to(p_session_id, 'UTF8')), 'hex')
     AND s.user_id = p_user_id
     AND s.expires_at > p_now
     AND s.last_seen_at > p_seen_after
     AND s.created_at > p_started_after
   ORDER BY o.name
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION session_account(uuid, text, timestamptz, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION session_account(uuid, text, timestamptz, timestamptz, timestamptz) TO groeipad_app;
