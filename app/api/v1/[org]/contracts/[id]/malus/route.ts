// GET /api/v1/[org]/contracts/[id]/malus – the malus ledger of a contract as CSV for finance.
import { routeHandler } from "@/lib/http/next";
import { malusLedgerCsvRoute } from "@/lib/reviews/output-routes";

export const GET = routeHandler(malusLedgerCsvRoute, ({ id }: { org: string; id: string }) => ({ id }));
