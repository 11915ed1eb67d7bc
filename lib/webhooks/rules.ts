// The pure rules of webhook delivery: the events, and when a failed delivery is tried again.

export const WEBHOOK_EVENTS = {
  "report.submitted": "Rapportage ingediend",
  "report.accepted": "Rapportage geaccepteerd",
  "report.sent_back": "Rapportage teruggestuurd",
  "review.finalized": "Kwartaalreview definitief",
  "kpi.proposed": "KPI voorgesteld",
  "kpi.decided": "Over een KPI besloten (geaccepteerd, afgewezen of via een review)",
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;

export function isWebhookEventType(value: string): value is WebhookEventType {
  return Object.hasOwn(WEBHOOK_EVENTS, value);
}

const MINUTE = 60_000;
/** The waits after the 1st, 2nd, … failed attempt; after the last one the delivery has failed. */
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE] as const;

/** When to try again after `attempts` attempts that all failed, or null when it has failed for good. */
export function nextAttemptAfterFailure(attempts: number, now: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}

/** A 2xx answer is a delivery; anything else, a redirect included, is a failure. */
export function isDelivered(status: number): boolean {
  return status >= 200 && status < 300;
}
