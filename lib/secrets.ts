// Secrets the server must use again later (a webhook's signing secret, an identity provider's
// client secret), stored encrypted (AES-256-GCM) under a key derived from AUTH_SECRET per kind of
// secret, and bound to the row they belong to: a copy of the database alone opens nothing, nor
// can a ciphertext moved to another row be used there. Changing AUTH_SECRET makes them unreadable.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

const VERSION = "v1";

/** What a secret is and which row it belongs to: the key and the authenticated data differ per kind. */
export type SecretBinding = { keyInfo: string; boundTo: string };

export class SecretUnreadable extends Error {}

function key(keyInfo: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "groeipad", keyInfo, 32));
}

export function sealSecret(secret: string, { keyInfo, boundTo }: SecretBinding): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(keyInfo), iv);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** The secret, or SecretUnreadable with `message` when the key changed or the text was tampered with. */
export function openSecret(stored: string, { keyInfo, boundTo }: SecretBinding, message: string): string {
  const [version, iv, tag, data] = stored.split(".");
  try {
    if (version !== VERSION || !iv || !tag || !data) throw new Error("format");
    const decipher = createDecipheriv("aes-256-gcm", key(keyInfo), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(boundTo, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadable(message);
  }
}
