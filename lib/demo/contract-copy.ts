// Test data for the browser tests, only in demo mode: a fresh copy of a demo contract. Outside demo
// mode the route does not exist (404). Demo mode hands out every demo account with one click, so
// the route gives a caller nothing the demo does not give already; only flooding a public demo
// with copies is limited, per client address.
import { z } from "zod";
import { getDb } from "@/db/client";
import { copyDemoContract } from "@/db/seed/demo-copy";
import { clientIp } from "@/lib/auth/sign-in";
import { isDemoMode } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimits } from "@/lib/rate-limit";

const DemoContractCopy = z.object({
  reference: z.string().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  // The last ended quarter's report: a draft to fill in, or submitted and waiting for the buyer.
  lastQuarter: z.enum(["draft", "submitted"]).optional(),
});

export async function demoContractCopyRoute(request: Request): Promise<Response> {
  if (!isDemoMode()) return new Response("Niet gevonden", { status: 404 });
  const parsed = DemoContractCopy.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Geef de referentie van een democontract en een titel." }, { status: 400 });
  const db = await getDb();
  try {
    await consumeRateLimits(db, [
      {
        key: `demo-copy:ip:${clientIp(request.headers)}`,
        max: 60,
        windowSeconds: 900,
        refusal: "Te veel democontracten vanaf jouw netwerk.",
      },
    ]);
  } catch (error) {
    if (error instanceof RateLimitedError) return Response.json({ error: error.message }, { status: 429 });
    throw error;
  }
  const copy = await copyDemoContract(db, parsed.data);
  if (!copy) return Response.json({ error: "Geen democontract met een leverancier onder die referentie." }, { status: 404 });
  return Response.json({ data: copy }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
