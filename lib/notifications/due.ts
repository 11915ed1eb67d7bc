// The daily notifications about what falls due within a week: a quarterly report not yet
// submitted, an open action item of a review, a planned roadmap action. Written per buyer in the
// buyer's scope, acting for no person (like the reminder job); the dedupe key (per report quarter,
// per action and due date, per person) makes a second run in a day, or the next day's run, add
// nothing that is already there.
import { and, between, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actionItems, contracts, organisations, reports, roadmapItems } from "@/db/schema";
import { reminderKindFor } from "@/lib/jobs/reminders";
import { formatDate } from "@/lib/format";
import { addDays, contractQuarters, quarterLongLabel, reportDueDate } from "@/lib/periods";
import { withTenant } from "@/lib/tenancy";
import { addNotifications, contractParties, sidePeople } from "./create";
import { ownerPeople } from "./events";
import { addProfileExpiryNotifications } from "./profile-expiry";

const DAYS_AHEAD = 7;

export async function addDueNotifications(db: Db, { today }: { today: string }): Promise<{ buyers: number; suppliers: number }> {
  const buyers = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.kind, "buyer"));
  for (const buyer of buyers) {
    await withTenant({ userId: "", orgId: buyer.id, orgKind: "buyer" }, (tx) => dueForBuyer(tx, buyer.id, today), db);
  }
  // What runs out in a supplier's own profile, in each supplier's own scope.
  const { suppliers } = await addProfileExpiryNotifications(db, { today });
  return { buyers: buyers.length, suppliers };
}

async function dueForBuyer(tx: Db, tenantId: string, today: string) {
  const until = addDays(today, DAYS_AHEAD);
  const active = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), eq(contracts.status, "active"), isNotNull(contracts.supplierOrgId)));
  if (active.length === 0) return;
  const ids = active.map((c) => c.id);
  const [reportRows, items, roadmap] = await Promise.all([
    tx
      .select({ contractId: reports.contractId, quarter: reports.quarter, status: reports.status })
      .from(reports)
      .where(and(eq(reports.tenantId, tenantId), inArray(reports.contractId, ids))),
    tx
      .select()
      .from(actionItems)
      .where(and(eq(actionItems.tenantId, tenantId), eq(actionItems.status, "open"), between(actionItems.dueDate, today, until))),
    tx
      .select()
      .from(roadmapItems)
      .where(
        and(
          eq(roadmapItems.tenantId, tenantId),
          inArray(roadmapItems.status, ["planned", "in_progress"]),
          isNotNull(roadmapItems.owner),
          between(roadmapItems.dueDate, today, until),
        ),
      ),
  ]);
  for (const contract of active) {
    const parties = await contractParties(tx, { tenantId, id: contract.id });
    if (!parties) continue;
    const reporters = await sidePeople(tx, parties, "supplier");
    for (const q of contractQuarters(contract.startDate, contract.endDate)) {
      const dueDate = reportDueDate(q.quarter, contract.reportDueDays);
      const status = reportRows.find((r) => r.contractId === contract.id && r.quarter === q.key)?.status ?? null;
      if (reminderKindFor(dueDate, today, status) !== "reminder") continue;
      await addNotifications(tx, parties, {
        kind: "report_due",
        side: "supplier",
        recipients: reporters,
        subjectId: q.key,
        title: `Rapportage ${quarterLongLabel(q.quarter)} uiterlijk ${formatDate(dueDate)}`,
        path: `contracten/${contract.id}/rapportages/${q.key}`,
        dedupe: `${contract.id}:${q.key}`,
      });
    }
    for (const item of items.filter((i) => i.contractId === contract.id)) {
      await addNotifications(tx, parties, {
        kind: "action_item_due",
        side: item.ownerSide,
        recipients: await ownerPeople(tx, parties, item.ownerSide, item.ownerName),
        subjectId: item.id,
        title: `Actiepunt uiterlijk ${formatDate(item.dueDate)}: ${item.title}`,
        path: `contracten/${contract.id}`,
        dedupe: `${item.id}:${item.dueDate}`,
      });
    }
    for (const item of roadmap.filter((i) => i.contractId === contract.id)) {
      await addNotifications(tx, parties, {
        kind: "action_item_due",
        side: item.ownerSide,
        recipients: await ownerPeople(tx, parties, item.ownerSide, item.owner),
        subjectId: item.id,
        title: `Roadmap-actie uiterlijk ${formatDate(item.dueDate)}: ${item.title}`,
        path: `contracten/${contract.id}/roadmap/${item.id}`,
        dedupe: `roadmap:${item.id}:${item.dueDate}`,
      });
    }
  }
}
