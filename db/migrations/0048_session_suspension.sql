-- hand-written
-- The account of a session also says, per membership, whether the organisation is suspended and
-- why: the request that opens it is refused with that reason (lib/auth/actor.ts), in the same one
-- statement every request spends on its account.
DROP FUNCTION IF EXISTS session_account(uuid, text, timestamptz, timestamptz, timestamptz);
--> statement-breakpoint
CREATE FUNCTION session_account(
  p_user_id uuid, p_session_id text, p_now timestamptz, p_seen_after timestamptz, p_started_after timestamptz
) RETURNS TABLE (id uuid, email text, name text, org_id uuid, slug text, org_name text, kind text, role text,
                 partner_org_ids uuid[], suspended_at timestamptz, suspended_reason text, last_seen_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  WITH partners AS (
    SELECT c.supplier_org_id, array_agg(DISTINCT c.tenant_id) AS buyers
      FROM contracts c
     WHERE c.supplier_org_id IN (SELECT organisation_id FROM memberships WHERE user_id = p_user_id)
     GROUP BY c.supplier_org_id
  )
  SELECT u.id, u.email, u.name, o.id, o.slug::text, o.name::text, o.kind::text, m.role::text,
         coalesce(p.buyers, '{}'), o.suspended_at, o.suspended_reason, s.last_seen_at
    FROM user_sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN memberships m ON m.user_id = u.id
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
