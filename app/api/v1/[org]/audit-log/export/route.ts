// GET /api/v1/[org]/audit-log/export?formaat=csv|xlsx plus the log page's filters.
import { routeHandler } from "@/lib/http/next";
import { auditLogExportRoute } from "@/lib/audit-log/routes";

export const GET = routeHandler(auditLogExportRoute, (_segments: { org: string }, search) => ({
  search,
  format: search.get("formaat") === "csv" ? ("csv" as const) : ("xlsx" as const),
}));
