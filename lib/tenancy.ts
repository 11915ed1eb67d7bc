import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { OrganisationKind } from "@/lib/auth/permissions";

export type TenantScope = { userId: string; orgId: string; orgKind: OrganisationKind };

export const APP_ROLE = "groeipad_app";

/**
 * The role a tenant transaction runs as: one per side, each carrying only its own side's
 * row-level security policies (migration 0021), so a buyer's queries are not slowed down by the
 * supplier's "party to this contract" checks, nor the other way round.
 */
export const SIDE_ROLE: Record<OrganisationKind, string> = { buyer: "groeipad_buyer", supplier: "groeipad_supplier" };

/**
 * Runs database work for one organisation: a transaction that sets app.user_id, app.org_id and
 * app.org_kind for this transaction only (set_config(..., true), never a session-wide SET) and
 * switches to its side's role (SIDE_ROLE), so row-level security applies even where the
 * connection is a superuser (PGlite). Every request and job goes through here.
 */
export async function withTenant<T>(db: Db, scope: TenantScope, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE (as PostgREST does it), and
    // the benchmark counts every statement a request sends (docs/performance.md).
    await tx.execute(
      sql`select set_config('app.user_id', ${scope.userId}, true),
                 set_config('app.org_id', ${scope.orgId}, true),
                 set_config('app.org_kind', ${scope.orgKind}, true),
                 set_config('role', ${SIDE_ROLE[scope.orgKind]}, true)`,
    );
    return work(tx as unknown as Db);
  });
}

type ActingIn = { userId: string; org: { id: string; kind: OrganisationKind } };

/** The tenant scope of an actor: who acts, in which organisation, of which kind. */
export function scopeOf(actor: ActingIn): TenantScope {
  return { userId: actor.userId, orgId: actor.org.id, orgKind: actor.org.kind };
}

/** withTenant for an action's context: the usual way a module's action opens its transaction. */
export function inTenant<T>(ctx: ActingIn & { db: Db }, work: (tx: Db) => Promise<T>): Promise<T> {
  return withTenant(ctx.db, scopeOf(ctx), work);
}
