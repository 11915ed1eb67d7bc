// Who makes and who reads the board report. The coordinator MVI/KCI reports back to the board
// (seed 003 §4.1 step 5); every reader of the buyer (the bestuurder among them) reads it.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

type Who = Pick<Actor, "role"> & { org: Pick<Actor["org"], "kind"> };

export function makesBoardReports(actor: Who): boolean {
  return actor.org.kind === "buyer" && can("buyer", actor.role, "board_reports.create");
}

export function readsBoardReports(actor: Who): boolean {
  return actor.org.kind === "buyer" && can("buyer", actor.role, "contracts.read");
}
