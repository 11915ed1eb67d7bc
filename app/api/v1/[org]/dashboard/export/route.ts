// GET /api/v1/[org]/dashboard/export?tabel=<table|alle>&formaat=csv|xlsx plus the dashboard's filters.
import { routeHandler } from "@/lib/http/next";
import { dashboardExportRoute } from "@/lib/dashboard/routes";

export const GET = routeHandler(dashboardExportRoute, (_segments: { org: string }, search) => {
  const format = search.get("formaat") === "csv" ? "csv" : "xlsx";
  return { search, table: search.get("tabel") ?? "alle", format };
});
