// GET /api/v1/[org]/audit-log/export?formaat=csv|xlsx plus the log page's filters.
import { defineDownload } from "@/lib/http/route";
import { auditLogFile } from "./export";
import { resolveAuditFilters } from "./contract-filter";
import { filterPerson } from "./page";

export const auditLogExportRoute = defineDownload({
  name: "GET /api/v1/[org]/audit-log/export",
  permission: "audit.read",
  scope: "audit:read",
  async handler(tx, ctx, params: { search: URLSearchParams; format: "csv" | "xlsx" }) {
    // A filter that cannot be right is left out, as on the page.
    const { filters, query, contractTitles } = await resolveAuditFilters(tx, ctx, Object.fromEntries(params.search));
    const names = { person: await filterPerson(tx, ctx, filters.person), contracts: contractTitles };
    return { query, format: params.format, names };
  },
  // The file is read after the filters' transaction, in transactions of its own: a long log streams.
  afterCommit: (db, params, ctx) => auditLogFile(db, ctx, params),
});
