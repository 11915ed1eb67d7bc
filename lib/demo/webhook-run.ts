// Only in demo mode: sends the webhook deliveries that are due now instead of at the worker's next
// minute, for the browser tests, whose servers run no job worker. Outside demo mode the route does
// not exist (404). It sends nothing a minute of waiting would not send anyway.
import { getDb } from "@/db/client";
import { isDemoMode } from "@/lib/env";
import { deliverWebhooks } from "@/lib/webhooks/delivery";

export async function demoWebhookRunRoute(): Promise<Response> {
  if (!isDemoMode()) return new Response("Niet gevonden", { status: 404 });
  const result = await deliverWebhooks(await getDb());
  return Response.json({ data: result }, { headers: { "Cache-Control": "no-store" } });
}
