// GET /api/v1/[org]/evidence/[id] – an evidence file of a report, always as a download.
import { handleDownloadRoute } from "@/lib/auth/api-download";
import { evidenceRoute } from "@/lib/reports/routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return handleDownloadRoute(evidenceRoute, org, { id });
}
