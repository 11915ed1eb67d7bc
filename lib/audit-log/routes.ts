// GET /api/v1/[org]/audit-log/export?formaat=csv|xlsx plus the log page's filters.
import { defineDownload } from "@/lib/http/route";
import { auditLogFile } from "./export";
import { parseAuditFilters } from "./filters";
import { filterNames } from "./page";

export const auditLogExportRoute = defineDownload({
  name: "GET /api/v1/[org]/audit-log/export",
  permission: "audit.read",
  async handler(tx, ctx, params: { search: URLSearchParams; format: "csv" | "xlsx" }) {
    // A filter that cannot be right is left out, as on the page.
    const { filters } = parseAuditFilters(Object.fromEntries(params.search));
    return auditLogFile(tx, ctx, { filters, format: params.format, names: await filterNames(tx, ctx, filters) });
  },
});
