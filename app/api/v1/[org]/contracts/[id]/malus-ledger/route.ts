// GET /api/v1/[org]/contracts/[id]/malus-ledger – the malus of the contract's final reviews as JSON, in cents.
import { routeHandler } from "@/lib/http/next";
import { malusLedgerRoute } from "@/lib/malus/api";

export const GET = routeHandler(malusLedgerRoute, ({ id }: { org: string; id: string }) => ({ id }));
