ALTER TYPE "public"."notification_kind" ADD VALUE 'profile_fact_expiring';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'group_invitation';--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "contract_id" DROP NOT NULL;--> statement-breakpoint
-- hand-written
-- A notification without a contract concerns the recipient's own organisation (its profile, a
-- group's invitation) and is a row of that organisation's tenant: the CHECK on the recipient
-- already holds it there, as supplier_org_id stays empty without a contract. A buyer writes such
-- rows under the existing buyer policy (its own tenant); a supplier, or the expiry job in its
-- scope, only into its own tenant and only for itself.
CREATE POLICY notifications_supplier_own_write ON notifications FOR INSERT TO groeipad_supplier
  WITH CHECK (contract_id IS NULL AND tenant_id = app_supplier_org_id() AND recipient_org_id = tenant_id);
--> statement-breakpoint
-- An evidence file of a profile fact as the buyer it is shared with opens it. The file is the
-- supplier's row, which no buyer policy admits; this function hands it out only while the profile
-- is shared with the asking buyer and the fact is among what was published to it (withdrawing
-- deletes both), never to a buyer group and never another supplier's file by a guessed id.
CREATE OR REPLACE FUNCTION shared_profile_file(p_file_id uuid)
  RETURNS TABLE (supplier_org_id uuid, file_name varchar, content_type varchar, storage_key text, data bytea)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT f.tenant_id, f.file_name, f.content_type, f.storage_key, f.data
     FROM supplier_profile_files f
     JOIN supplier_profile_shares s ON s.tenant_id = f.tenant_id AND s.buyer_org_id = app_buyer_org_id()
     JOIN shared_profile_facts p ON p.tenant_id = s.buyer_org_id AND p.supplier_org_id = f.tenant_id AND p.fact_id = f.fact_id
    WHERE f.id = p_file_id AND nullif(current_setting('app.org_kind', true), '') = 'buyer' $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION shared_profile_file(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION shared_profile_file(uuid) TO groeipad_buyer;
--> statement-breakpoint
-- What is already published gets the ids its files are opened by, as a new publication would.
UPDATE shared_profile_facts p SET evidence = coalesce(
  (SELECT jsonb_agg(jsonb_build_object('fileName', f.file_name, 'sha256', f.sha256, 'fileId', f.id) ORDER BY f.created_at)
     FROM supplier_profile_files f WHERE f.tenant_id = p.supplier_org_id AND f.fact_id = p.fact_id),
  '[]'::jsonb);
