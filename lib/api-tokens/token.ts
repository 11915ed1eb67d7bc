import { randomBytes } from "node:crypto";

// A token reads "gp_" + a 12-character lookup prefix + "_" + 43 characters of secret (32 random
// bytes, base64url). The prefix finds the row and is shown in lists; only the hash of the whole
// token is stored (migration 0045), so a copy of the database signs nobody in.

const TOKEN = /^gp_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
const PREFIX_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

export function newApiToken(): { token: string; prefix: string } {
  const bytes = randomBytes(12);
  const prefix = `gp_${[...bytes].map((b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join("")}`;
  return { token: `${prefix}_${randomBytes(32).toString("base64url")}`, prefix };
}

/**
 * The token of an Authorization header, or null when the header carries none. A header that says
 * Bearer but holds something else is "invalid" (a 401), not "absent" (which would fall back to the
 * session cookie).
 */
export function bearerTokenOf(header: string | null): { token: string; prefix: string } | "invalid" | null {
  if (header === null) return null;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match) return "invalid";
  const parts = TOKEN.exec(match[1]);
  return parts ? { token: match[1], prefix: `gp_${parts[1]}` } : "invalid";
}
