// The e-mails around a report: who receives them and with what. Recipients and props are read
// inside the action's transaction (in its tenant scope); delivery happens after the commit, so a
// rolled-back action never mails and a mail failure never undoes a committed decision.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, kpis, organisations } from "@/db/schema";
import type { PendingEmail } from "@/lib/email/send";
import { appUrl } from "@/lib/env";
import { organisationContacts } from "@/lib/members/queries";
import { quarterFromKey, quarterLongLabel } from "@/lib/periods";

export function reportUrl(orgSlug: string, contractId: string, quarter: string): string {
  return `${appUrl()}/${orgSlug}/contracten/${contractId}/rapportages/${quarter}`;
}

/**
 * The supplier users who fill in reports: admins and reporters, optionally only those who want
 * reminders. Read in the supplier's or a contracted buyer's transaction (organisation_contacts).
 */
export async function supplierReporters(
  db: Db,
  { supplierOrgId, onlyWantsReminders = false }: { supplierOrgId: string; onlyWantsReminders?: boolean },
) {
  const members = await organisationContacts(db, { organisationId: supplierOrgId, roles: ["admin", "reporter"] });
  const rows = members.map((m) => ({ id: m.userId, email: m.email, wantsReminders: m.wantsReminders }));
  return onlyWantsReminders ? rows.filter((r) => r.wantsReminders) : rows;
}

/** Contract title, both parties and the contract manager's address, for the report e-mails. */
export async function reportParties(db: Db, contract: { tenantId: string; id: string }) {
  const [row] = await db
    .select({ title: contracts.title, supplierOrgId: contracts.supplierOrgId, contractManagerId: contracts.contractManagerId })
    .from(contracts)
    .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
  if (!row) return null;
  const orgIds = [contract.tenantId, ...(row.supplierOrgId ? [row.supplierOrgId] : [])];
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug })
    .from(organisations)
    .where(inArray(organisations.id, orgIds));
  const buyer = orgs.find((o) => o.id === contract.tenantId);
  const supplier = orgs.find((o) => o.id === row.supplierOrgId);
  if (!buyer || !supplier) return null;
  const [manager] = row.contractManagerId
    ? await organisationContacts(db, { organisationId: contract.tenantId, userIds: [row.contractManagerId] })
    : [];
  return { contractTitle: row.title, buyer, supplier, managerEmail: manager?.email ?? null };
}

type ReportRef = { tenantId: string; contractId: string; quarter: string };

function baseProps(parties: NonNullable<Awaited<ReturnType<typeof reportParties>>>, report: ReportRef, slug: string) {
  return {
    contractTitle: parties.contractTitle,
    buyerName: parties.buyer.name,
    supplierName: parties.supplier.name,
    quarterLabel: quarterLongLabel(quarterFromKey(report.quarter)),
    reportUrl: reportUrl(slug, report.contractId, report.quarter),
  };
}

/** To the contract manager: a report was submitted. None when the contract has no manager. */
export async function submittedEmails(db: Db, report: ReportRef, submissionNumber: number): Promise<PendingEmail[]> {
  const parties = await reportParties(db, { tenantId: report.tenantId, id: report.contractId });
  if (!parties?.managerEmail) return [];
  return [
    {
      to: parties.managerEmail,
      template: "report-submitted",
      props: { ...baseProps(parties, report, parties.buyer.slug), submissionNumber },
    },
  ];
}

/** To the supplier's admins and reporters: accepted, or sent back with the comments per KPI. */
export async function decisionEmails(
  db: Db,
  report: ReportRef,
  decision: { kind: "accept" | "send_back"; decisionComment: string | null; comments: Array<[kpiId: string, comment: string]> },
): Promise<PendingEmail[]> {
  const parties = await reportParties(db, { tenantId: report.tenantId, id: report.contractId });
  if (!parties) return [];
  const recipients = await supplierReporters(db, { supplierOrgId: parties.supplier.id });
  const base = baseProps(parties, report, parties.supplier.slug);
  if (decision.kind === "accept") {
    return recipients.map((r) => ({
      to: r.email,
      template: "report-accepted",
      props: { ...base, decisionComment: decision.decisionComment },
    }));
  }
  const ids = decision.comments.map(([id]) => id);
  const names = ids.length
    ? await db
        .select({ id: kpis.id, name: kpis.name })
        .from(kpis)
        .where(and(eq(kpis.tenantId, report.tenantId), inArray(kpis.id, ids)))
    : [];
  const comments = decision.comments.map(([id, comment]) => ({ kpiName: names.find((n) => n.id === id)?.name ?? "KPI", comment }));
  return recipients.map((r) => ({
    to: r.email,
    template: "report-sent-back",
    props: { ...base, decisionComment: decision.decisionComment, comments },
  }));
}
