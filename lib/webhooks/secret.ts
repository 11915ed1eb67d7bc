// An endpoint's signing secret: random, shown once, and stored encrypted (lib/secrets.ts), bound
// to the endpoint's id. The server can sign with it; a copy of the database alone cannot.
import { randomBytes } from "node:crypto";
import { openSecret, sealSecret, type SecretBinding } from "@/lib/secrets";

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function binding(endpointId: string): SecretBinding {
  return { keyInfo: "webhook-endpoint-secret", boundTo: `webhook:${endpointId}` };
}

export function encryptWebhookSecret(secret: string, endpointId: string): string {
  return sealSecret(secret, binding(endpointId));
}

export function decryptWebhookSecret(stored: string, endpointId: string): string {
  return openSecret(
    stored,
    binding(endpointId),
    "Het geheim van dit endpoint is niet te ontsleutelen (is AUTH_SECRET gewijzigd?); maak het endpoint opnieuw aan.",
  );
}
