// The signature a receiver checks: right secret, unchanged body and a recent timestamp, or no.
import { describe, expect, it } from "vitest";
import { RETRY_DELAYS_MS, nextAttemptAfterFailure, isDelivered } from "@/lib/webhooks/rules";
import { decryptWebhookSecret, encryptWebhookSecret, newWebhookSecret } from "@/lib/webhooks/secret";
import { verifyWebhookSignature, webhookSignature } from "@/lib/webhooks/signature";

const secret = "whsec_test-geheim";
const body = '{"id":"1","type":"report.accepted"}';
const at = new Date("2026-05-01T10:00:00Z");
const t = at.getTime() / 1000;

describe("verifyWebhookSignature", () => {
  it("accepts its own signature within the tolerance, on either side of now", () => {
    const header = webhookSignature([secret], body, t);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, header, body, at)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, new Date(at.getTime() + 300_000))).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, new Date(at.getTime() - 300_000))).toBe(true);
  });

  it("refuses a replay, a changed body, another secret, a moved timestamp and malformed headers", () => {
    const header = webhookSignature([secret], body, t);
    expect(verifyWebhookSignature(secret, header, body, new Date(at.getTime() + 301_000))).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, new Date(at.getTime() + 60_000), 30)).toBe(false);
    expect(verifyWebhookSignature(secret, header, `${body} `, at)).toBe(false);
    expect(verifyWebhookSignature("whsec_ander", header, body, at)).toBe(false);
    expect(verifyWebhookSignature(secret, header.replace(`t=${t}`, `t=${t + 1}`), body, at)).toBe(false);
    for (const bad of [null, "", "v1=00", `t=${t}`, `t=${t},v1=xyz`, `t=abc,${header.split(",")[1]}`]) {
      expect(verifyWebhookSignature(secret, bad, body, at)).toBe(false);
    }
  });

  it("signs with the new and the previous secret during a change, so either check accepts it", () => {
    const header = webhookSignature([secret, "whsec_oud"], body, t);
    expect(header.split(",")).toHaveLength(3);
    expect(verifyWebhookSignature(secret, header, body, at)).toBe(true);
    expect(verifyWebhookSignature("whsec_oud", header, body, at)).toBe(true);
    expect(verifyWebhookSignature("whsec_ander", header, body, at)).toBe(false);
  });

  it("accepts any matching v1 among several", () => {
    const header = webhookSignature([secret], body, t);
    const other = webhookSignature(["whsec_oud"], body, t).split(",")[1];
    expect(verifyWebhookSignature(secret, `${header.split(",")[0]},${other},${header.split(",")[1]}`, body, at)).toBe(true);
  });
});

describe("the stored secret", () => {
  it("is random, encrypted and readable only for the endpoint it was made for", () => {
    const made = newWebhookSecret();
    expect(made).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(made);
    const id = "0b7a5d0e-6c1e-4c8e-9d55-2f0f5a0b1c2d";
    const stored = encryptWebhookSecret(made, id);
    expect(stored).not.toContain(made.slice(6));
    expect(decryptWebhookSecret(stored, id)).toBe(made);
    expect(() => decryptWebhookSecret(stored, "1b7a5d0e-6c1e-4c8e-9d55-2f0f5a0b1c2d")).toThrow(/niet te ontsleutelen/);
    const [v, iv, tag, data] = stored.split(".");
    const flipped = Buffer.from(data, "base64url");
    flipped[0] ^= 1;
    expect(() => decryptWebhookSecret([v, iv, tag, flipped.toString("base64url")].join("."), id)).toThrow(/niet te ontsleutelen/);
  });
});

describe("retries", () => {
  it("waits 1 min, 5 min, 30 min, 2 h and 12 h, then gives up", () => {
    const now = new Date("2026-05-01T10:00:00Z");
    const waits = [1, 2, 3, 4, 5].map((n) => (nextAttemptAfterFailure(n, now)!.getTime() - now.getTime()) / 60_000);
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect(RETRY_DELAYS_MS).toHaveLength(5);
    expect(nextAttemptAfterFailure(6, now)).toBeNull();
  });

  it("counts only a 2xx as delivered", () => {
    expect([200, 204, 299].map(isDelivered)).toEqual([true, true, true]);
    expect([199, 301, 302, 400, 404, 500, 0].map(isDelivered)).toEqual([false, false, false, false, false, false, false]);
  });
});
