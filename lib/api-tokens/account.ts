import { eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { OrganisationKind, Role } from "@/lib/auth/permissions";
import { NotFoundError, SuspendedOrganisationError, UnauthenticatedError } from "@/lib/errors";
import { consumeRateLimits, type Limit } from "@/lib/rate-limit";
import { withTenant } from "@/lib/tenancy";
import { isApiScope, type ApiScope } from "./scopes";

/** The token a call came through, on its actor: the audit trail names it, routes check its scopes. */
export type ApiTokenUse = { id: string; name: string; scopes: ApiScope[] };

export const INVALID_TOKEN = "Dit API-token is onbekend, verlopen of ingetrokken.";

/** Per token, apart from people's limits: a runaway integration slows only itself. */
export const API_TOKEN_LIMIT = (tokenId: string): Limit => ({
  key: `api-token:${tokenId}`,
  max: 3000,
  windowSeconds: 60,
  refusal: "Dit API-token heeft de afgelopen minuut te veel verzoeken gedaan.",
});

/** Last use is shown to the admin; a minute is precise enough and spares a write on every call. */
const LAST_USE_PRECISION_MS = 60_000;

type Row = {
  token_id: string;
  token_name: string;
  scopes: string[];
  last_used_at: string | Date | null;
  user_id: string;
  email: string;
  name: string | null;
  org_id: string;
  slug: string;
  org_name: string;
  kind: OrganisationKind;
  role: Role;
  partner_org_ids: string[] | string | null;
  suspended_at: string | Date | null;
  suspended_reason: string | null;
};

/**
 * The actor of an API call: the token's organisation, which must be the organisation of the URL
 * (another's gets "not found", as for a person who is not a member), with the role its creator
 * holds there now. Counts the call against the token's limit and records its use.
 */
export async function actorOfToken(
  db: Db,
  presented: { token: string; prefix: string },
  orgSlug: string,
  now = new Date(),
): Promise<Actor> {
  const [row] = await queryRows<Row>(
    db,
    sql`select * from api_token_account(${presented.prefix}, ${presented.token}, ${now.toISOString()}::timestamptz)`,
  );
  if (!row) throw new UnauthenticatedError(INVALID_TOKEN);
  // Refused like a member of the suspended organisation, with the same reason: the caller holds the whole token.
  if (row.suspended_at !== null) throw new SuspendedOrganisationError(row.org_name, row.suspended_reason);
  if (row.slug !== orgSlug) throw new NotFoundError("Deze organisatie bestaat niet of dit token hoort er niet bij.");
  const actor: Actor = {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    org: { id: row.org_id, slug: row.slug, name: row.org_name, kind: row.kind, partnerOrgIds: uuidList(row.partner_org_ids) },
    role: row.role,
    apiToken: { id: row.token_id, name: row.token_name, scopes: row.scopes.filter(isApiScope) },
  };
  await consumeRateLimits(db, [API_TOKEN_LIMIT(row.token_id)], now);
  const lastUsed = row.last_used_at === null ? null : new Date(row.last_used_at);
  if (lastUsed === null || now.getTime() - lastUsed.getTime() > LAST_USE_PRECISION_MS) {
    await withTenant(actor, (tx) => tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token_id)), db);
  }
  return actor;
}

/** PGlite hands a uuid[] back as an array, postgres.js may hand its text form "{a,b}". */
function uuidList(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, "")
    .split(",")
    .filter(Boolean);
}
