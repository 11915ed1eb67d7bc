// GET /api/v1/[org]/contracts/[id]/malus – the malus ledger of a contract as CSV for finance.
import { handleDownloadRoute } from "@/lib/auth/api-download";
import { malusLedgerCsvRoute } from "@/lib/reviews/output-routes";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return handleDownloadRoute(malusLedgerCsvRoute, org, { id });
}
