-- Defence in depth for what lives outside the tenant tables: the audit trail's inserts, the
-- development outbox. Every policy compares the row's columns with the transaction's settings and
-- has no subquery (a distributed database evaluates it per shard); where a rule needs to look at
-- another table it is a narrowly granted SECURITY DEFINER function instead.

-- The audit trail: a direct insert records a change in the actor's own organisation only.
ALTER POLICY audit_events_append ON audit_events
  WITH CHECK (actor_org_id = app_org_id() AND tenant_id = app_org_id());
--> statement-breakpoint
-- An event in another organisation's trail (a supplier reporting on its buyer's contract, a buyer
-- registering or inviting into a supplier) needs a relation between the two, checked here.
CREATE OR REPLACE FUNCTION append_counterparty_audit_event(
  p_tenant_id uuid, p_actor_user_id uuid, p_entity text, p_entity_id text, p_action text, p_before jsonb, p_after jsonb
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  IF app_org_id() IS NULL OR NOT (
    (app_org_kind() = 'supplier'
      AND EXISTS (SELECT 1 FROM contracts c WHERE c.tenant_id = p_tenant_id AND c.supplier_org_id = app_org_id()))
    OR (app_org_kind() = 'buyer'
      AND (EXISTS (SELECT 1 FROM organisations o WHERE o.id = p_tenant_id AND o.kind = 'supplier' AND o.registered_by_org_id = app_org_id())
        OR EXISTS (SELECT 1 FROM contracts c WHERE c.tenant_id = app_org_id() AND c.supplier_org_id = p_tenant_id)))
  ) THEN
    RAISE EXCEPTION 'audit event for organisation % without a relation to %', p_tenant_id, app_org_id()
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO audit_events (tenant_id, actor_user_id, actor_org_id, entity, entity_id, action, before, after)
  VALUES (p_tenant_id, p_actor_user_id, app_org_id(), p_entity, p_entity_id, p_action, p_before, p_after);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION append_counterparty_audit_event(uuid, uuid, text, text, text, jsonb, jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION append_counterparty_audit_event(uuid, uuid, text, text, text, jsonb, jsonb)
  TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The development outbox: the application writes e-mails but cannot read them back, except the
-- demo's outbox page, which says so for its own transaction. Nothing changes a kept e-mail.
ALTER TABLE outbox_emails ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE outbox_emails FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_emails_send ON outbox_emails FOR INSERT TO groeipad_app, groeipad_buyer, groeipad_supplier
  WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY outbox_emails_demo_read ON outbox_emails FOR SELECT TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (current_setting('app.outbox', true) = 'demo');
--> statement-breakpoint
REVOKE UPDATE, DELETE ON outbox_emails FROM groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The account tables. A tenant transaction sees the memberships of its organisation and of its
-- own user, its own user row, and the invitations it sent or received; nothing else. Outside a
-- tenant transaction the login role sees only what the transaction says it is working on: the
-- address signing in (app.sign_in_email), the user once known (app.user_id), the invitation whose
-- token was presented (app.invitation_token_hash). What crosses those lines goes through the
-- functions below, each checking the relation it serves.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY memberships_read ON memberships FOR SELECT TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (organisation_id = app_org_id() OR user_id = app_user_id());
--> statement-breakpoint
-- Written only in the organisation's own scope: a user can never add themselves elsewhere.
CREATE POLICY memberships_add ON memberships FOR INSERT TO groeipad_app, groeipad_buyer, groeipad_supplier
  WITH CHECK (organisation_id = app_org_id());
--> statement-breakpoint
CREATE POLICY memberships_change ON memberships FOR UPDATE TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (organisation_id = app_org_id()) WITH CHECK (organisation_id = app_org_id());
--> statement-breakpoint
CREATE POLICY memberships_remove ON memberships FOR DELETE TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (organisation_id = app_org_id());
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_own ON users FOR ALL TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (id = app_user_id() OR email = current_setting('app.sign_in_email', true))
  WITH CHECK (id = app_user_id() OR email = current_setting('app.sign_in_email', true));
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY invitations_parties ON invitations FOR ALL TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (organisation_id = app_org_id() OR invited_by_organisation_id = app_org_id())
  WITH CHECK (organisation_id = app_org_id() OR invited_by_organisation_id = app_org_id());
--> statement-breakpoint
CREATE POLICY invitations_by_token ON invitations FOR SELECT TO groeipad_app, groeipad_buyer, groeipad_supplier
  USING (token_hash = current_setting('app.invitation_token_hash', true));
--> statement-breakpoint
-- Names are shown across organisations by design (signatures, submissions, proposals, the audit
-- trail, also of former members): this view reads them past the users policy, and nothing else.
-- Read-only: the default privileges would make a simple view writable, and it writes as its owner.
CREATE VIEW people AS SELECT id, name FROM users;
--> statement-breakpoint
REVOKE ALL ON people FROM PUBLIC, groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
GRANT SELECT ON people TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The members of an organisation with their e-mail addresses, for the organisation itself and for
-- a counterpart: a buyer and a supplier with a contract between them (either way round), or the
-- buyer that registered the supplier. Anyone else, and anything outside a tenant transaction, is
-- refused.
CREATE OR REPLACE FUNCTION organisation_contacts(p_org uuid)
RETURNS TABLE (user_id uuid, name text, email text, role text, wants_reminders boolean, version integer, created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
BEGIN
  IF app_org_id() IS NULL OR p_org IS NULL OR NOT (
    p_org = app_org_id()
    OR EXISTS (SELECT 1 FROM contracts c
                WHERE (c.tenant_id = app_org_id() AND c.supplier_org_id = p_org)
                   OR (c.tenant_id = p_org AND c.supplier_org_id = app_org_id()))
    OR EXISTS (SELECT 1 FROM organisations o
                WHERE (o.id = p_org AND o.registered_by_org_id = app_org_id())
                   OR (o.id = app_org_id() AND o.registered_by_org_id = p_org))
  ) THEN
    RAISE EXCEPTION 'contacts of organisation % without a relation to %', p_org, app_org_id()
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY
    SELECT m.user_id, u.name, u.email, m.role::text, u.wants_reminders, m.version, m.created_at
      FROM memberships m
      JOIN users u ON u.id = m.user_id
     WHERE m.organisation_id = p_org;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION organisation_contacts(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION organisation_contacts(uuid) TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- Whether an organisation has members yet: the supplier-membership rule needs it, also on the
-- invitation page before anybody is signed in. One bit, no names.
CREATE OR REPLACE FUNCTION organisation_has_members(p_org uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = p_org) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION organisation_has_members(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION organisation_has_members(uuid) TO groeipad_app, groeipad_buyer, groeipad_supplier;
--> statement-breakpoint
-- The account behind a browser session, in the one statement every request spends on it: the user
-- and every membership, only while the session is live. It takes the session id itself, not its
-- hash, so the hashes stored in user_sessions open nothing.
CREATE OR REPLACE FUNCTION session_account(
  p_user_id uuid, p_session_id text, p_now timestamptz, p_seen_after timestamptz, p_started_after timestamptz
) RETURNS TABLE (id uuid, email text, name text, org_id uuid, slug text, org_name text, kind text, role text, last_seen_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT u.id, u.email, u.name, o.id, o.slug::text, o.name::text, o.kind::text, m.role::text, s.last_seen_at
    FROM user_sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN memberships m ON m.user_id = u.id
    LEFT JOIN organisations o ON o.id = m.organisation_id
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
--> statement-breakpoint
-- The demo's login page lists its one-click accounts: the memberships of the addresses the
-- application names, and of no one else.
CREATE OR REPLACE FUNCTION demo_accounts(p_emails text[])
RETURNS TABLE (org_name text, kind text, name text, email text, role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT o.name::text, o.kind::text, u.name, u.email, m.role::text
    FROM users u
    JOIN memberships m ON m.user_id = u.id
    JOIN organisations o ON o.id = m.organisation_id
   WHERE u.email = ANY (p_emails)
   ORDER BY o.kind, o.name
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION demo_accounts(text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION demo_accounts(text[]) TO groeipad_app;
--> statement-breakpoint
-- Identity-provider links keep no provider tokens: Groeipad never calls the provider afterwards.
UPDATE accounts SET access_token = NULL, refresh_token = NULL, id_token = NULL, session_state = NULL
 WHERE access_token IS NOT NULL OR refresh_token IS NOT NULL OR id_token IS NOT NULL OR session_state IS NOT NULL;
