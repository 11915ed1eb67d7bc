// GET /api/v1/[org]/evidence/[id] – an evidence file of a report, always as a download.
import { evidenceResponse } from "@/lib/reports/evidence-download";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return evidenceResponse(org, id);
}
