// A reminder sent by hand: the buyer's contract manager (or an admin) nudges a supplier whose
// quarterly report is late. It goes to the same people with the same e-mail as the daily job's
// overdue notice, after the commit, and at most once per contract quarter per day.
import { and, eq } from "drizzle-orm";
import { manualReminders, reports } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getContractInTenant } from "@/lib/contracts/queries";
import { sendAfterCommit, type PendingEmail } from "@/lib/email/send";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { defineAction } from "@/lib/http/action";
import { contractQuarters, quarterLongLabel, reportDueDate } from "@/lib/periods";
import { amsterdamToday } from "@/lib/time";
import { reportParties, reportUrl, supplierReporters } from "./notify";
import { assertDecidesReports } from "./policy";
import { isLocked } from "./rules";
import { SendReminder } from "./schemas";

const refuse = (message: string) => new ValidationError({ _form: message }, message);

export const sendReportReminder = defineAction({
  name: "reports.remind",
  permission: "reports.decide",
  input: SendReminder,
  handler: async (tx, ctx, input) => {
    const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
    assertDecidesReports(ctx, contract);
    const q = contractQuarters(contract.startDate, contract.endDate).find((c) => c.key === input.quarter);
    if (!q) throw new NotFoundError("Deze rapportage bestaat niet.");
    const today = amsterdamToday();
    const dueDate = reportDueDate(q.quarter, contract.reportDueDays);
    const [report] = await tx
      .select({ status: reports.status })
      .from(reports)
      .where(and(eq(reports.tenantId, contract.tenantId), eq(reports.contractId, contract.id), eq(reports.quarter, q.key)));
    if (report && isLocked(report.status)) throw refuse("Deze rapportage is al ingediend.");
    if (today <= dueDate) throw refuse("Deze rapportage is nog niet te laat.");
    const parties = contract.supplierOrgId ? await reportParties(tx, { tenantId: contract.tenantId, id: contract.id }) : null;
    if (!parties) throw refuse("Aan dit contract is nog geen leverancier gekoppeld.");
    const recipients = await supplierReporters(tx, { supplierOrgId: parties.supplier.id, onlyWantsReminders: true });
    if (recipients.length === 0) throw refuse("Bij deze leverancier wil niemand herinneringen ontvangen.");
    const [sent] = await tx
      .insert(manualReminders)
      .values({ tenantId: contract.tenantId, contractId: contract.id, quarter: q.key, sentOn: today, sentByUserId: ctx.userId })
      .onConflictDoNothing()
      .returning({ quarter: manualReminders.quarter });
    if (!sent) throw refuse("Vandaag is al een herinnering gestuurd voor deze rapportage. Dat kan weer vanaf morgen.");
    await recordAudit(tx, ctx, {
      tenantId: contract.tenantId,
      entity: "contract",
      entityId: contract.id,
      action: "remind",
      after: { quarter: q.key, recipients: recipients.length },
    });
    const props = {
      contractTitle: parties.contractTitle,
      buyerName: parties.buyer.name,
      supplierName: parties.supplier.name,
      quarterLabel: quarterLongLabel(q.quarter),
      reportUrl: reportUrl(parties.supplier.slug, contract.id, q.key),
      dueDate: formatDate(dueDate),
    };
    const emails: PendingEmail[] = recipients.map((r) => ({ to: r.email, template: "report-overdue", props }));
    return { result: { contractId: contract.id, quarter: q.key, recipients: recipients.length }, emails };
  },
  afterCommit: sendAfterCommit,
});
