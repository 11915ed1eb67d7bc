// The signature of a webhook delivery, and its check as a receiver would write it. Copy
// verifyWebhookSignature into your receiver: it needs nothing but node:crypto.
//
//   Groeipad-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
//
// For a day after a new secret there are two v1 values, one per secret, so a receiver that still
// checks with the previous secret accepts the delivery too.
//
// The timestamp is signed with the body, so a captured request replayed later than the tolerance
// is refused, and a changed body or timestamp no longer matches.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The header for these secrets: the current one first, then a previous one still in its day. */
export function webhookSignature(secrets: readonly string[], body: string, unixSeconds: number): string {
  const v1 = secrets.map((secret) => `v1=${createHmac("sha256", secret).update(`${unixSeconds}.${body}`, "utf8").digest("hex")}`);
  return [`t=${unixSeconds}`, ...v1].join(",");
}

/**
 * Whether a delivery is genuine: the header's HMAC matches the raw body (as received, before any
 * JSON parsing) and its timestamp lies within `toleranceSeconds` of `now`. Compares in constant
 * time; any v1 in the header may match (several during a change of secret).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  now: Date = new Date(),
  toleranceSeconds = 300,
): boolean {
  if (!header) return false;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && /^\d{1,12}$/.test(value ?? "")) timestamp = Number(value);
    else if (key === "v1" && /^[0-9a-f]{64}$/.test(value ?? "")) signatures.push(value);
  }
  if (timestamp === null || signatures.length === 0) return false;
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex"), "utf8");
  return signatures.some((s) => timingSafeEqual(Buffer.from(s, "utf8"), expected));
}
