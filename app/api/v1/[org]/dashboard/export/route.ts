// GET /api/v1/[org]/dashboard/export?tabel=<table|alle>&formaat=csv|xlsx plus the dashboard's filters.
import { handleDownloadRoute } from "@/lib/auth/api-download";
import { dashboardExportRoute } from "@/lib/dashboard/routes";

export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const search = new URL(request.url).searchParams;
  const format = search.get("formaat") === "csv" ? "csv" : "xlsx";
  return handleDownloadRoute(dashboardExportRoute, org, { search, table: search.get("tabel") ?? "alle", format });
}
