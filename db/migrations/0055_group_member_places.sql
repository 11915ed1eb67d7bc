-- hand-written
-- The places in a group that a member's people hold only through that member: asked in the
-- group's transaction when the member leaves or is removed, so those places go with it. The
-- group cannot read a member's memberships itself; this answers with user ids only, and only for
-- the group of the transaction. A person who is also a person of another joined member keeps
-- the place: they are still there for that member.
CREATE FUNCTION group_places_of_member(p_organisation_id uuid) RETURNS TABLE (user_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$
  SELECT mg.user_id FROM memberships mg
    JOIN memberships mo ON mo.user_id = mg.user_id AND mo.organisation_id = p_organisation_id
   WHERE nullif(current_setting('app.org_kind', true), '') = 'buyer_group'
     AND mg.organisation_id = app_buyer_org_id()
     AND NOT EXISTS (
       SELECT 1 FROM memberships m2
         JOIN group_members g ON g.organisation_id = m2.organisation_id AND g.tenant_id = app_buyer_org_id() AND g.status = 'joined'
        WHERE m2.user_id = mg.user_id AND m2.organisation_id <> p_organisation_id)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION group_places_of_member(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION group_places_of_member(uuid) TO groeipad_app, groeipad_buyer;
