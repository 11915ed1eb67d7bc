-- The buyers a supplier works for, as a setting of the transaction like the organisation itself:
-- lib/tenancy.ts sets app.partner_org_ids (validated uuids, comma-separated) from the account
-- read at the start of the request. A policy that compares a column with it needs no subquery,
-- which Citus cannot run on a shard or a reference table.
CREATE OR REPLACE FUNCTION app_partner_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN nullif(current_setting('app.org_kind', true), '') = 'supplier'
               THEN coalesce(string_to_array(nullif(current_setting('app.partner_org_ids', true), ''), ',')::uuid[], '{}')
               ELSE '{}' END $$;
--> statement-breakpoint
-- The global catalogue for everyone; a buyer's own indicators for that buyer, and for the
-- suppliers it has contracts with. One policy per side, like every other table's.
DROP POLICY IF EXISTS indicators_read ON indicators;
--> statement-breakpoint
CREATE POLICY indicators_buyer_read ON indicators FOR SELECT TO groeipad_buyer
  USING (owner_org_id IS NULL OR owner_org_id = app_org_id());
--> statement-breakpoint
CREATE POLICY indicators_supplier_read ON indicators FOR SELECT TO groeipad_supplier
  USING (owner_org_id IS NULL OR owner_org_id = ANY (app_partner_org_ids()));
--> statement-breakpoint
-- The account of a session now also names, per supplier membership, the buyers with a contract
-- with that supplier. They are gathered first, for this user's supplier organisations only, so
-- the distributed contracts table is read once and not per membership row.
DROP FUNCTION IF EXISTS session_account(uuid, text, timestamptz, timestamptz, timestamptz);
--> statement-breakpoint
CREATE FUNCTION session_account(
  p_user_id uuid, p_session_id text, p_now timestamptz, p_seen_after timestamptz, p_started_after timestamptz
) RETURNS TABLE (id uuid, email text, name text, org_id uuid, slug text, org_name text, kind text, role text,
                 partner_org_ids uuid[], last_seen_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  WITH partners AS (
    SELECT c.supplier_org_id, array_agg(DISTINCT c.tenant_id) AS buyers
      FROM contracts c
     WHERE c.supplier_org_id IN (SELECT organisation_id FROM memberships WHERE user_id = p_user_id)
     GROUP BY c.supplier_org_id
  )
  SELECT u.id, u.email, u.name, o.id, o.slug::text, o.name::text, o.kind::text, m.role::text,
         coalesce(p.buyers, '{}'), s.last_seen_at
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
