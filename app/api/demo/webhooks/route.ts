// POST /api/demo/webhooks – sends the webhook deliveries that are due now; only in demo mode, 404 otherwise (outside the public API).
import { demoWebhookRunRoute } from "@/lib/demo/webhook-run";

export const dynamic = "force-dynamic";

export function POST() {
  return demoWebhookRunRoute();
}
