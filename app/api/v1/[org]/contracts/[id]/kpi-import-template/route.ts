// GET /api/v1/[org]/contracts/[id]/kpi-import-template?formaat=csv|xlsx – the KPI import template of a contract.
import { handleDownloadRoute } from "@/lib/auth/api-download";
import { importTemplateRoute } from "@/lib/kpi-library/import/actions";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const format = new URL(request.url).searchParams.get("formaat") === "xlsx" ? "xlsx" : "csv";
  return handleDownloadRoute(importTemplateRoute, org, { id, format });
}
