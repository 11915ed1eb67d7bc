// What the API-token page reads, in the admin's own tenant transaction.
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { addDays } from "@/lib/periods";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { listApiTokens } from "./queries";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "./schemas";
import { API_SCOPES } from "./scopes";

export async function apiTokensPage(org: string) {
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "api_tokens.manage")) notFound();
  const rows = await withTenant(actor, (tx) => listApiTokens(tx, { organisationId: actor.org.id }));
  const now = Date.now();
  const tokens = rows.map((t) => ({
    ...t,
    state: t.revokedAt ? ("revoked" as const) : t.expiresAt.getTime() <= now ? ("expired" as const) : ("active" as const),
  }));
  const today = amsterdamToday();
  return {
    actor,
    tokens,
    scopes: Object.entries(API_SCOPES).map(([value, label]) => ({ value, label })),
    expiry: { min: addDays(today, 1), max: addDays(today, MAX_TOKEN_DAYS), suggested: addDays(today, DEFAULT_TOKEN_DAYS) },
  };
}
