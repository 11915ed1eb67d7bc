// The daily reminder job: per buyer, per active contract, per quarter whose report is not yet
// submitted or accepted, a reminder from 7 days before the due date and an overdue notice from
// the day after it, each at most once per user (reminder_log). A missed daily run is caught up
// by the next one; running the job twice sends nothing twice.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, organisations, reminderLog, reports } from "@/db/schema";
import { sendEmail } from "@/lib/email/send";
import { formatDate } from "@/lib/format";
import { addDays, contractQuarters, quarterLongLabel, reportDueDate } from "@/lib/periods";
import { reportUrl, supplierReporters } from "@/lib/reports/notify";
import { isLocked, type ReportStatus } from "@/lib/reports/rules";
import { withTenant, type TenantScope } from "@/lib/tenancy";

const REMINDER_DAYS_BEFORE = 7;
/**
 * An overdue notice only while the due date passed recently. Without this limit the first run
 * (a new installation, a contract entered halfway) would send a notice for every old quarter.
 * Two weeks still catches up a job that missed some daily runs.
 */
const OVERDUE_NOTICE_WINDOW_DAYS = 14;
export type ReminderKind = "reminder" | "overdue";

/** Which notice a quarter's report is due for today, if any. Pure: the dates are passed in. */
export function reminderKindFor(dueDate: string, today: string, status: ReportStatus | null): ReminderKind | null {
  if (status && isLocked(status)) return null;
  if (today > dueDate) return today <= addDays(dueDate, OVERDUE_NOTICE_WINDOW_DAYS) ? "overdue" : null;
  if (today >= addDays(dueDate, -REMINDER_DAYS_BEFORE)) return "reminder";
  return null;
}

type Notice = {
  kind: ReminderKind;
  tenantId: string;
  contractId: string;
  quarter: string;
  userId: string;
  email: string;
  props: { contractTitle: string; buyerName: string; supplierName: string; quarterLabel: string; reportUrl: string; dueDate: string };
};

export type ReminderJobResult = { buyers: number; reminders: number; overdue: number; failed: number };

export async function runReminderJob(db: Db, { today }: { today: string }): Promise<ReminderJobResult> {
  const buyers = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.kind, "buyer"));
  const result: ReminderJobResult = { buyers: buyers.length, reminders: 0, overdue: 0, failed: 0 };
  for (const buyer of buyers) {
    // The job acts for no person: an empty user id, in the buyer's scope.
    const scope: TenantScope = { userId: "", orgId: buyer.id, orgKind: "buyer" };
    const notices = await withTenant(scope, (tx) => noticesForBuyer(tx, buyer, today), db);
    for (const notice of notices) {
      try {
        // One transaction per e-mail: the log row and the delivery stand or fall together, and a
        // concurrent run waits on the log row's key instead of sending a second time.
        const sent = await withTenant(
          scope,
          async (tx) => {
            const [logged] = await tx
              .insert(reminderLog)
              .values({
                tenantId: notice.tenantId,
                contractId: notice.contractId,
                quarter: notice.quarter,
                kind: notice.kind,
                userId: notice.userId,
              })
              .onConflictDoNothing()
              .returning({ userId: reminderLog.userId });
            if (!logged) return false;
            await sendEmail(tx, {
              to: notice.email,
              template: notice.kind === "reminder" ? "report-reminder" : "report-overdue",
              props: notice.props,
            });
            return true;
          },
          db,
        );
        if (sent) result[notice.kind === "reminder" ? "reminders" : "overdue"] += 1;
      } catch (error) {
        result.failed += 1;
        console.error(
          `Herinnering voor ${notice.contractId} ${notice.quarter} niet verstuurd:`,
          error instanceof Error ? error.message : error,
        );
      }
    }
  }
  return result;
}

async function noticesForBuyer(tx: Db, buyer: { id: string; name: string }, today: string): Promise<Notice[]> {
  const active = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.tenantId, buyer.id), eq(contracts.status, "active"), isNotNull(contracts.supplierOrgId)));
  if (active.length === 0) return [];
  const ids = active.map((c) => c.id);
  const [reportRows, logRows, suppliers] = await Promise.all([
    tx
      .select({ contractId: reports.contractId, quarter: reports.quarter, status: reports.status })
      .from(reports)
      .where(and(eq(reports.tenantId, buyer.id), inArray(reports.contractId, ids))),
    tx
      .select()
      .from(reminderLog)
      .where(and(eq(reminderLog.tenantId, buyer.id), inArray(reminderLog.contractId, ids))),
    tx
      .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
      .from(organisations)
      .where(
        inArray(
          organisations.id,
          active.map((c) => c.supplierOrgId!),
        ),
      ),
  ]);
  const notices: Notice[] = [];
  // A supplier often holds several contracts of one buyer: read its reporters once.
  const reportersOf = new Map<string, Awaited<ReturnType<typeof supplierReporters>>>();
  for (const contract of active) {
    const supplier = suppliers.find((s) => s.id === contract.supplierOrgId);
    if (!supplier) continue;
    if (!reportersOf.has(supplier.id))
      reportersOf.set(supplier.id, await supplierReporters(tx, { supplierOrgId: supplier.id, onlyWantsReminders: true }));
    const recipients = reportersOf.get(supplier.id)!;
    for (const q of contractQuarters(contract.startDate, contract.endDate)) {
      const dueDate = reportDueDate(q.quarter, contract.reportDueDays);
      const status = reportRows.find((r) => r.contractId === contract.id && r.quarter === q.key)?.status ?? null;
      const kind = reminderKindFor(dueDate, today, status);
      if (!kind) continue;
      for (const user of recipients) {
        const logged = logRows.some((l) => l.contractId === contract.id && l.quarter === q.key && l.kind === kind && l.userId === user.id);
        if (logged) continue;
        notices.push({
          kind,
          tenantId: buyer.id,
          contractId: contract.id,
          quarter: q.key,
          userId: user.id,
          email: user.email,
          props: {
            contractTitle: contract.title,
            buyerName: buyer.name,
            supplierName: supplier.name,
            quarterLabel: quarterLongLabel(q.quarter),
            reportUrl: reportUrl(supplier.slug, contract.id, q.key),
            dueDate: formatDate(dueDate),
          },
        });
      }
    }
  }
  return notices;
}
