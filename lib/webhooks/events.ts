// Raising a webhook event: in the transaction of the change it announces, so a rolled-back change
// sends nothing. The database function writes one delivery per subscribed endpoint of the
// contract's buyer and of its supplier (migration 0047); the job sends them (delivery.ts).
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { WebhookEventType } from "./rules";

/** Ids and states only: the receiver reads the details over the REST API with its own token. */
type EventData = Record<string, string | number | boolean | null>;

export async function raiseWebhookEvent(
  tx: Db,
  event: { type: WebhookEventType; contract: { tenantId: string; id: string }; data: EventData },
): Promise<void> {
  await tx.execute(
    sql`select enqueue_webhook_event(${event.contract.tenantId}, ${event.contract.id}, ${event.type}, ${randomUUID()},
          ${new Date().toISOString()}, ${JSON.stringify(event.data)}::json)`,
  );
}
