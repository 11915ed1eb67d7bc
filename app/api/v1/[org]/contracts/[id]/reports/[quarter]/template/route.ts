// GET /api/v1/[org]/contracts/[id]/reports/[quarter]/template?formaat=csv|xlsx – the values template of one quarterly report.
import { handleDownloadRoute } from "@/lib/auth/api-download";
import { valuesTemplateRoute } from "@/lib/reports/values-actions";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; id: string; quarter: string }> }) {
  const { org, id, quarter } = await params;
  const format = new URL(request.url).searchParams.get("formaat") === "xlsx" ? "xlsx" : "csv";
  return handleDownloadRoute(valuesTemplateRoute, org, { id, quarter, format });
}
