// A provider is registered only once its OpenID configuration answers at the issuer's address and
// names that issuer: a typing error shows at the field, not as a failed sign-in later.
import { OutboundAddressError } from "@/lib/outbound-address";
import { providerFetch } from "./outbound-fetch";

export class IssuerProblem extends Error {}

const withoutSlash = (url: string) => url.replace(/\/+$/, "");

/** The issuer as the provider itself writes it (the sign-in compares it exactly), or IssuerProblem. */
export async function discoveredIssuer(raw: string): Promise<string> {
  const given = withoutSlash(raw.trim());
  let document: unknown;
  try {
    const response = await providerFetch(`${given}/.well-known/openid-configuration`, { headers: { accept: "application/json" } });
    if (!response.ok)
      throw new IssuerProblem(`De inlogdienst antwoordde met status ${response.status} op ${given}/.well-known/openid-configuration.`);
    document = await response.json();
  } catch (error) {
    if (error instanceof IssuerProblem) throw error;
    if (error instanceof OutboundAddressError) throw new IssuerProblem(error.message);
    throw new IssuerProblem("Op dit adres staat geen OpenID-configuratie die Groeipad kan lezen; controleer het adres (issuer).");
  }
  const issuer = typeof document === "object" && document !== null ? (document as { issuer?: unknown }).issuer : undefined;
  if (typeof issuer !== "string" || withoutSlash(issuer) !== given)
    throw new IssuerProblem("De OpenID-configuratie op dit adres noemt een andere issuer; vul precies de issuer van de inlogdienst in.");
  return issuer;
}
