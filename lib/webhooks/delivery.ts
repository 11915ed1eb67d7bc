// Sending webhook deliveries, run by the job queue every minute (lib/jobs/worker.ts). The database
// names the organisations with deliveries due (not the suspended ones: theirs wait, uncounted);
// each is worked in its own scope, where row-level security shows only its deliveries. A delivery
// is claimed for a few minutes in a short transaction (skip locked: two workers never take the
// same one), sent outside any transaction, and its outcome written only while the claim is still
// this worker's. A failure waits per RETRY_DELAYS_MS and then fails for good.
import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { OrganisationKind } from "@/lib/auth/permissions";
import { withTenant, type TenantScope } from "@/lib/tenancy";
import { checkOutboundTarget, OutboundAddressError, type ResolveHost } from "@/lib/outbound-address";
import { isDelivered, nextAttemptAfterFailure } from "./rules";
import { SecretUnreadable } from "@/lib/secrets";
import { decryptWebhookSecret } from "./secret";
import { postWebhook, type SendOutcome } from "./send";
import { webhookSignature } from "./signature";

const CLAIM_MS = 5 * 60_000;
const BATCH = 25;

type Due = { organisation_id: string; organisation_kind: OrganisationKind };

export type WebhookRunResult = { succeeded: number; retrying: number; failed: number };

export async function deliverWebhooks(db: Db, options: { now?: Date; resolve?: ResolveHost } = {}): Promise<WebhookRunResult> {
  const now = options.now ?? new Date();
  const result: WebhookRunResult = { succeeded: 0, retrying: 0, failed: 0 };
  const due = await queryRows<Due>(db, sql`select * from webhook_organisations_due(${now.toISOString()}::timestamptz)`);
  for (const org of due) {
    const scope: TenantScope = { userId: "", orgId: org.organisation_id, orgKind: org.organisation_kind };
    const claimed = await withTenant(scope, (tx) => claim(tx, org.organisation_id, now), db);
    for (const delivery of claimed) {
      const outcome = await attempt(delivery, now, options.resolve);
      const state = await withTenant(scope, (tx) => record(tx, delivery, outcome, now), db);
      if (state) result[state] += 1;
    }
  }
  return result;
}

type Claimed = Awaited<ReturnType<typeof claim>>[number];

async function claim(tx: Db, organisationId: string, now: Date) {
  const lockedUntil = new Date(now.getTime() + CLAIM_MS);
  const due = await tx
    .select({ tenantId: webhookDeliveries.tenantId, id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.organisationId, organisationId),
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, now),
        or(isNull(webhookDeliveries.lockedUntil), lte(webhookDeliveries.lockedUntil, now)),
        // A switched-off endpoint's deliveries wait until it is switched on again.
        isNull(webhookEndpoints.disabledAt),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(BATCH)
    .for("update", { of: webhookDeliveries, skipLocked: true });
  const rows = [];
  for (const d of due) {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ lockedUntil })
      .where(and(eq(webhookDeliveries.tenantId, d.tenantId), eq(webhookDeliveries.id, d.id)))
      .returning();
    const [endpoint] = await tx
      .select({
        url: webhookEndpoints.url,
        secretEncrypted: webhookEndpoints.secretEncrypted,
        previousSecretEncrypted: webhookEndpoints.previousSecretEncrypted,
        previousSecretUntil: webhookEndpoints.previousSecretUntil,
      })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, row.endpointId));
    rows.push({ ...row, ...endpoint });
  }
  return rows;
}

async function attempt(d: Claimed, now: Date, resolve?: ResolveHost): Promise<SendOutcome> {
  try {
    const secrets = [decryptWebhookSecret(d.secretEncrypted, d.endpointId)];
    if (d.previousSecretEncrypted && d.previousSecretUntil && d.previousSecretUntil > now)
      secrets.push(decryptWebhookSecret(d.previousSecretEncrypted, d.endpointId));
    // Checked again now: the name may point somewhere else than at registration.
    const target = await checkOutboundTarget(d.url, { resolve });
    const headers = {
      "User-Agent": "Groeipad-Webhooks/1",
      "Groeipad-Event": d.eventType,
      "Groeipad-Delivery": d.id,
      "Groeipad-Signature": webhookSignature(secrets, d.body, Math.floor(now.getTime() / 1000)),
    };
    return await postWebhook(target, headers, d.body);
  } catch (error) {
    if (error instanceof OutboundAddressError || error instanceof SecretUnreadable) return { error: error.message };
    throw error;
  }
}

async function record(tx: Db, d: Claimed, outcome: SendOutcome, now: Date): Promise<keyof WebhookRunResult | null> {
  const attempts = d.attempts + 1;
  const status = "status" in outcome ? outcome.status : null;
  const ok = status !== null && isDelivered(status);
  const retryAt = ok ? null : nextAttemptAfterFailure(attempts, now);
  const error = ok ? null : "error" in outcome ? outcome.error : answerError(status ?? 0);
  const [row] = await tx
    .update(webhookDeliveries)
    .set({
      status: ok ? "succeeded" : retryAt ? "pending" : "failed",
      attempts,
      nextAttemptAt: retryAt ?? now,
      lockedUntil: null,
      lastAttemptAt: now,
      lastStatusCode: status,
      lastError: error,
      updatedAt: now,
    })
    // Only while the claim is still ours: a worker that took over after it ran out wins.
    .where(
      and(eq(webhookDeliveries.tenantId, d.tenantId), eq(webhookDeliveries.id, d.id), eq(webhookDeliveries.lockedUntil, d.lockedUntil!)),
    )
    .returning({ id: webhookDeliveries.id });
  if (!row) return null;
  return ok ? "succeeded" : retryAt ? "retrying" : "failed";
}

function answerError(status: number): string {
  if (status >= 300 && status < 400) return `Antwoord ${status}: een doorverwijzing wordt niet gevolgd.`;
  return `Antwoord ${status} in plaats van 2xx.`;
}
