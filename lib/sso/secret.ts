// A provider's client secret, stored encrypted and bound to the provider's id (lib/secrets.ts).
import { openSecret, sealSecret, type SecretBinding } from "@/lib/secrets";

function binding(providerId: string): SecretBinding {
  return { keyInfo: "sso-client-secret", boundTo: `sso-provider:${providerId}` };
}

export function sealClientSecret(secret: string, providerId: string): string {
  return sealSecret(secret, binding(providerId));
}

export function openClientSecret(stored: string, providerId: string): string {
  return openSecret(
    stored,
    binding(providerId),
    "Het client-secret van deze inlogdienst is niet te ontsleutelen (is AUTH_SECRET gewijzigd?); vul het opnieuw in.",
  );
}
