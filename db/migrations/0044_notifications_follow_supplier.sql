-- hand-written
-- A contract's notifications follow a change of its supplier like every other row below it, with
-- one difference: a notification has a recipient. Those addressed to the previous supplier's
-- people go, as that organisation no longer sees the contract; the buyer's own stay and carry the
-- new supplier. Runs as the migration's owner, like pass_supplier_to_children, because no app
-- role may delete another organisation's notifications.
CREATE OR REPLACE FUNCTION notifications_follow_supplier() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS
$$ BEGIN
  IF OLD.supplier_org_id IS NOT NULL THEN
    DELETE FROM notifications
     WHERE tenant_id = NEW.tenant_id AND contract_id = NEW.id AND recipient_org_id = OLD.supplier_org_id;
  END IF;
  UPDATE notifications SET supplier_org_id = NEW.supplier_org_id
   WHERE tenant_id = NEW.tenant_id AND contract_id = NEW.id AND supplier_org_id IS DISTINCT FROM NEW.supplier_org_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER contracts_supplier_to_notifications AFTER UPDATE OF supplier_org_id ON contracts
  FOR EACH ROW WHEN (OLD.supplier_org_id IS DISTINCT FROM NEW.supplier_org_id)
  EXECUTE FUNCTION notifications_follow_supplier();
