// POST /api/demo/contracts – a fresh copy of a demo contract for a browser test; only in demo mode, 404 otherwise (outside the public API).
import { demoContractCopyRoute } from "@/lib/demo/contract-copy";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return demoContractCopyRoute(request);
}
