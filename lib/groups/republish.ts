// The nightly round: every joined member publishes to each of its groups anew, in its own tenant
// transaction, so a raised minimum that came into force, a KPI retired by a review or a report
// accepted since shows in the group the next morning. A member's own actions publish at once.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { publishToGroup } from "./publication";

/** Answers how many memberships were published. */
export async function republishGroups(db: Db, today = amsterdamToday()): Promise<number> {
  const pairs = await queryRows<{ group_id: string; organisation_id: string }>(db, sql`select * from joined_group_members()`);
  for (const pair of pairs) {
    // A job acts for nobody: the rows it writes are the member's computation, not a person's decision.
    const member = { userId: "", org: { id: pair.organisation_id, kind: "buyer" as const, partnerOrgIds: [] } };
    await withTenant(member, (tx) => publishToGroup(tx, member, pair.group_id, today), db);
  }
  return pairs.length;
}
