// An endpoint's signing secret: random, shown once, and stored encrypted (AES-256-GCM) under a key
// derived from AUTH_SECRET, bound to the endpoint's id. The server can sign with it; a copy of the
// database alone cannot, nor can a ciphertext moved to another endpoint's row be used there.
// Changing AUTH_SECRET makes the stored secrets unreadable: the endpoints then need new ones.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

const VERSION = "v1";

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "groeipad", "webhook-endpoint-secret", 32));
}

export function encryptWebhookSecret(secret: string, endpointId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(`webhook:${endpointId}`, "utf8"));
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export class WebhookSecretUnreadable extends Error {}

export function decryptWebhookSecret(stored: string, endpointId: string): string {
  const [version, iv, tag, data] = stored.split(".");
  try {
    if (version !== VERSION || !iv || !tag || !data) throw new Error("format");
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`webhook:${endpointId}`, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new WebhookSecretUnreadable(
      "Het geheim van dit endpoint is niet te ontsleutelen (is AUTH_SECRET gewijzigd?); maak het endpoint opnieuw aan.",
    );
  }
}
