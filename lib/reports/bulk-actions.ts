// Several reports at once from the reports overview. Each item is the single action in full
// (lib/http/bulk.ts): a report already decided or of another buyer fails on its own line.
import { defineBulkAction } from "@/lib/http/bulk";
import { decideReport } from "./actions";
import { sendReportReminder } from "./reminder-actions";

/** Items are "reportId:version", so a report that changed since the page was shown is a conflict, not a blind accept. */
export const acceptReports = defineBulkAction({
  name: "reports.accept_many",
  permission: "reports.decide",
  single: decideReport,
  inputOf: (item) => {
    const [reportId = "", version = ""] = item.split(":");
    return { reportId, version, decision: "accept" };
  },
});

/** Items are "contractId:quarter" (e.g. "…:2026-Q1"): a late quarter may have no report row yet. */
export const remindSuppliers = defineBulkAction({
  name: "reports.remind_many",
  permission: "reports.decide",
  single: sendReportReminder,
  inputOf: (item) => {
    const at = item.indexOf(":");
    return at < 0 ? { contractId: item, quarter: "" } : { contractId: item.slice(0, at), quarter: item.slice(at + 1) };
  },
});
