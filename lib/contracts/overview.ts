// The start page's figures of the contracts a viewer can see: the counts in one SQL aggregate and
// the two short lists as limited queries, so the page reads a handful of rows whether the
// organisation has ten contracts or twenty thousand. visibleTo() applies as in every read of
// contracts; row-level security is the second wall.
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts } from "@/db/schema";
import { visibleTo, type ContractViewer } from "./queries";

/** The running contracts that end first. */
const ENDING_SOON = 5;

const counted = (condition: SQL) => sql`count(*) filter (where ${condition})`.mapWith(Number);

async function contractCounts(db: Db, { viewer, managerId }: { viewer: ContractViewer; managerId: string | null }) {
  const active = sql`${contracts.status} = 'active'`;
  const [row] = await db
    .select({
      active: counted(active),
      draft: counted(sql`${contracts.status} = 'draft'`),
      // bigint: sent as text by the drivers, so read as a number here.
      activeValueCents: sql`coalesce(sum(${contracts.valueCents}) filter (where ${active}), 0)::bigint`.mapWith(Number),
      withoutSupplier: counted(sql`${contracts.supplierOrgId} is null and ${contracts.status} in ('draft', 'active')`),
      buyers: sql`count(distinct ${contracts.tenantId})`.mapWith(Number),
      // isManagerOf (./policy.ts) in SQL: this person is the contract's manager.
      mine: managerId === null ? sql`0`.mapWith(Number) : counted(sql`${contracts.contractManagerId} = ${managerId}::uuid`),
    })
    .from(contracts)
    .where(visibleTo(viewer));
  return row;
}

/**
 * What the start page shows of the viewer's contracts: the counts, the first `mineShown` of the
 * contracts managerId manages (newest start first, as the contract list) and the running
 * contracts that end first. managerId is null for a viewer who manages none (a supplier).
 */
export async function contractOverview(
  db: Db,
  { viewer, managerId, mineShown }: { viewer: ContractViewer; managerId: string | null; mineShown: number },
) {
  const listed = { id: contracts.id, title: contracts.title, status: contracts.status, endDate: contracts.endDate };
  const [counts, mine, endingSoon] = await Promise.all([
    contractCounts(db, { viewer, managerId }),
    managerId === null
      ? []
      : db
          .select(listed)
          .from(contracts)
          .where(and(visibleTo(viewer), eq(contracts.contractManagerId, managerId)))
          .orderBy(desc(contracts.startDate), asc(contracts.title), asc(contracts.id))
          .limit(mineShown),
    // Ties on the end date in the contract list's order: the newest start first, then by title.
    db
      .select(listed)
      .from(contracts)
      .where(and(visibleTo(viewer), eq(contracts.status, "active")))
      .orderBy(asc(contracts.endDate), desc(contracts.startDate), asc(contracts.title), asc(contracts.id))
      .limit(ENDING_SOON),
  ]);
  return { ...counts, myFirst: mine, endingSoon };
}
