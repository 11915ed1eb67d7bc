// The identity providers the sign-in offers, read before anybody is signed in. next-auth builds
// its configuration on every request, so the list is kept for a few seconds, on globalThis: Next
// bundles route handlers and server actions apart, and a module-level copy in one would not hear
// that the other registered a provider. A change forgets it at once in this process; a request
// for a provider the list lacks (registered on another instance a moment ago) reads it anew.
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import type { OrganisationKind } from "@/lib/auth/permissions";
import { SecretUnreadable } from "@/lib/secrets";
import { vouchesFor } from "./domains";
import { openClientSecret } from "./secret";

const KEEP_MS = 10_000;

/** next-auth's provider ids of organisations' own providers start with this. */
const SSO_PREFIX = "sso-";

/** The organisation provider a next-auth request names (its sign-in or callback address), if any. */
export function requestedProvider(url: string | undefined): string | undefined {
  return url?.match(/\/api\/auth\/(?:signin|callback)\/(sso-[0-9a-f-]{36})(?:[/?]|$)/)?.[1];
}

export type SignInProvider = {
  /** next-auth's id, also in the callback address: "sso-<uuid>". */
  authId: string;
  id: string;
  organisation: { id: string; name: string; kind: OrganisationKind };
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailDomains: string[];
};

type Row = {
  id: string;
  organisation_id: string;
  org_name: string;
  org_kind: OrganisationKind;
  name: string;
  issuer: string;
  client_id: string;
  client_secret_encrypted: string;
  email_domains: string[];
};

type Kept = { until: number; providers: Promise<SignInProvider[]> } | null;
const KEPT = Symbol.for("groeipad.sso.signInProviders");
const store = globalThis as typeof globalThis & { [KEPT]?: Kept };

async function load(db: Db): Promise<SignInProvider[]> {
  const rows = await queryRows<Row>(db, sql`select * from sso_sign_in_providers()`);
  return rows.flatMap((row) => {
    try {
      return [
        {
          authId: `${SSO_PREFIX}${row.id}`,
          id: row.id,
          organisation: { id: row.organisation_id, name: row.org_name, kind: row.org_kind },
          name: row.name,
          issuer: row.issuer,
          clientId: row.client_id,
          clientSecret: openClientSecret(row.client_secret_encrypted, row.id),
          emailDomains: row.email_domains,
        },
      ];
    } catch (error) {
      // A secret the key no longer opens: the provider is left out until an admin enters it again.
      if (error instanceof SecretUnreadable) return [];
      throw error;
    }
  });
}

function reload(db: Db, now: number): Promise<SignInProvider[]> {
  const providers = load(db);
  store[KEPT] = { until: now + KEEP_MS, providers };
  // A failed read is not kept: the next request tries again.
  providers.catch(() => (store[KEPT] = null));
  return providers;
}

/** The providers on offer; with `including`, read anew when the kept list lacks that next-auth id. */
export async function signInProviders(db: Db, { including, now = Date.now() }: { including?: string; now?: number } = {}) {
  const kept = store[KEPT];
  if (!kept || kept.until <= now) return reload(db, now);
  const providers = await kept.providers;
  return including && !providers.some((p) => p.authId === including) ? reload(db, now) : providers;
}

export function forgetSignInProviders(): void {
  store[KEPT] = null;
}

/** The providers that may vouch for this address: the login page offers these. */
export async function providersForEmail(db: Db, { email }: { email: string }): Promise<SignInProvider[]> {
  return (await signInProviders(db)).filter((p) => vouchesFor(p, email));
}

/** The provider behind a next-auth provider id, when it is an organisation's own. */
export async function signInProviderOf(db: Db, { authId }: { authId: string | undefined }): Promise<SignInProvider | null> {
  if (!authId?.startsWith(SSO_PREFIX)) return null;
  return (await signInProviders(db, { including: authId })).find((p) => p.authId === authId) ?? null;
}
