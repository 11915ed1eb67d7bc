ALTER TABLE "webhook_endpoints" ADD COLUMN "previous_secret_encrypted" text;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "previous_secret_until" timestamp with time zone;--> statement-breakpoint
-- hand-written
-- The delivery log keeps what is still being tried and the last quarter of what went out or
-- failed; the daily job removes older finished deliveries of every organisation (nobody else may
-- delete a delivery).
CREATE FUNCTION prune_webhook_deliveries(p_before timestamptz)
RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  WITH gone AS (
    DELETE FROM webhook_deliveries WHERE status <> 'pending' AND updated_at < p_before RETURNING 1
  )
  SELECT count(*)::integer FROM gone
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION prune_webhook_deliveries(timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION prune_webhook_deliveries(timestamptz) TO groeipad_app;
--> statement-breakpoint
-- A suspended organisation's token is still refused, but the caller, who presented the whole
-- valid token, is told why instead of "unknown" (lib/api-tokens/account.ts).
DROP FUNCTION IF EXISTS api_token_account(text, text, timestamptz);
--> statement-breakpoint
CREATE FUNCTION api_token_account(p_prefix text, p_token text, p_now timestamptz)
RETURNS TABLE (token_id uuid, token_name text, scopes text[], last_used_at timestamptz, user_id uuid, email text, name text,
               org_id uuid, slug text, org_name text, kind text, role text, partner_org_ids uuid[],
               suspended_at timestamptz, suspended_reason text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT t.id, t.name::text, t.scopes, t.last_used_at, u.id, u.email, u.name, o.id, o.slug::text, o.name::text, o.kind::text, m.role::text,
         CASE WHEN o.kind = 'supplier'
              THEN coalesce((SELECT array_agg(DISTINCT c.tenant_id) FROM contracts c WHERE c.supplier_org_id = o.id), '{}')
              ELSE '{}' END,
         o.suspended_at, o.suspended_reason
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
