import { sql } from "drizzle-orm";
import { getDb, queryRows, type Db } from "@/db/client";
import type { OrganisationKind } from "@/lib/auth/permissions";
import { setLocal, type TransactionRole, type TransactionSettings } from "@/lib/transaction-settings";

/**
 * Who acts, in which organisation. A supplier's scope also names the buyers it has contracts with
 * (partnerOrgIds, read with the account at the start of the request), so a policy can show their
 * own indicators by comparing a column with a setting; a buyer's scope names none.
 */
export type TenantScope = {
  userId: string;
  orgId: string;
  orgKind: OrganisationKind;
  partnerOrgIds?: readonly string[];
  /**
   * A buyer's verifier: the transaction runs as groeipad_verifier and carries the contracts
   * assigned to them (read at its start), the only ones its policies let them read.
   */
  verifier?: boolean;
  /** The API token the work comes through; the audit events it writes name it. */
  apiTokenId?: string;
};

export const APP_ROLE: TransactionRole = "groeipad_app";

/**
 * The role a tenant transaction runs as: one per side, each carrying only its own side's
 * row-level security policies (migration 0021), so a buyer's queries are not slowed down by the
 * supplier's "party to this contract" checks, nor the other way round.
 */
export const SIDE_ROLE: Record<OrganisationKind, TransactionRole> = {
  buyer: "groeipad_buyer",
  supplier: "groeipad_supplier",
  // A group runs on the buyer side: its policies compare tenant_id with the group's own id
  // (app_buyer_org_id() covers both kinds), so it reads its own rows and never a member's.
  buyer_group: "groeipad_buyer",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The settings of a tenant transaction. The organisation is a uuid and a kind; the user a uuid,
 * or empty where nobody is signed in yet (accepting an invitation) or a job acts (reminders).
 */
export function tenantSettings(scope: TenantScope): TransactionSettings {
  const userOk = scope.userId === "" || UUID.test(scope.userId);
  const partners = scope.partnerOrgIds ?? [];
  const partnersOk = partners.every((id) => UUID.test(id)) && (scope.orgKind === "supplier" || partners.length === 0);
  const tokenOk = scope.apiTokenId === undefined || UUID.test(scope.apiTokenId);
  if (!userOk || !UUID.test(scope.orgId) || !Object.hasOwn(SIDE_ROLE, scope.orgKind) || !partnersOk || !tokenOk) {
    throw new Error("Ongeldige tenant-context.");
  }
  if (scope.verifier) return verifierSettings(scope, []);
  return {
    values: {
      "app.user_id": scope.userId,
      "app.org_id": scope.orgId,
      "app.org_kind": scope.orgKind,
      "app.partner_org_ids": partners.join(","),
      // Always set, also to nothing: work on behalf of another person must not carry the token on.
      "app.api_token_id": scope.apiTokenId ?? "",
    },
    role: SIDE_ROLE[scope.orgKind],
  };
}

/** A verifier's settings: always a buyer, a person, and exactly the contracts assigned to them. */
function verifierSettings(scope: TenantScope, assignedContractIds: readonly string[]): TransactionSettings {
  if (scope.orgKind !== "buyer" || !UUID.test(scope.userId) || !assignedContractIds.every((id) => UUID.test(id))) {
    throw new Error("Ongeldige tenant-context.");
  }
  return {
    values: {
      "app.user_id": scope.userId,
      "app.org_id": scope.orgId,
      "app.org_kind": scope.orgKind,
      "app.partner_org_ids": "",
      "app.assigned_contract_ids": assignedContractIds.join(","),
      "app.api_token_id": scope.apiTokenId ?? "",
    },
    role: "groeipad_verifier",
  };
}

export type ActingIn = {
  userId: string;
  role?: string;
  org: { id: string; kind: OrganisationKind; partnerOrgIds?: readonly string[] };
  apiToken?: { id: string };
};

/** The tenant scope of an actor: who acts, in which organisation, of which kind, for which buyers. */
export function scopeOf(actor: ActingIn): TenantScope {
  return {
    userId: actor.userId,
    orgId: actor.org.id,
    orgKind: actor.org.kind,
    partnerOrgIds: actor.org.partnerOrgIds,
    verifier: actor.org.kind === "buyer" && actor.role === "verifier",
    apiTokenId: actor.apiToken?.id,
  };
}

/**
 * Runs database work for one organisation, as an actor (a page, an action) or a scope (a job): a
 * transaction that sets app.user_id, app.org_id, app.org_kind and app.partner_org_ids for this
 * transaction only (SET LOCAL, never a session-wide SET) and switches to its side's role
 * (SIDE_ROLE), so row-level security applies even where the connection is a superuser (PGlite).
 * Every request and job goes through here; db is the app's database unless a test or job passes its own.
 */
export async function withTenant<T>(who: ActingIn | TenantScope, work: (tx: Db) => Promise<T>, db?: Db): Promise<T> {
  const scope = "orgId" in who ? who : scopeOf(who);
  const settings = tenantSettings(scope);
  return (db ?? (await getDb())).transaction(async (tx) => {
    // A verifier's contracts are read first, by the connecting role (a security-definer function),
    // before the transaction becomes groeipad_verifier: one more round trip, for verifiers only.
    const applied = scope.verifier ? verifierSettings(scope, await assignedContractIds(tx as unknown as Db, scope)) : settings;
    // One round trip on PostgreSQL: the benchmark counts every statement a request sends
    // (docs/performance.md).
    await setLocal(tx as unknown as Db, applied);
    return work(tx as unknown as Db);
  });
}

/**
 * Work inside an open tenant transaction that belongs to another person of a party to it: a
 * review's decisions take effect at the last signature, which may be the supplier's, yet they are
 * the buyer's decisions, and the rows and audit events they write name the person who took them.
 * The settings and the role switch to that person for the work and back to `current` after it;
 * row-level security applies as it would to them. Nothing to switch when they are the same.
 */
export async function onBehalfOf<T>(tx: Db, current: TenantScope, acting: TenantScope, work: () => Promise<T>): Promise<T> {
  const same = current.userId === acting.userId && current.orgId === acting.orgId && current.orgKind === acting.orgKind;
  if (same) return work();
  await setLocal(tx, tenantSettings(acting));
  const result = await work();
  await setLocal(tx, tenantSettings(current));
  return result;
}

async function assignedContractIds(tx: Db, scope: TenantScope): Promise<string[]> {
  const [row] = await queryRows<{ ids: string[] | string | null }>(
    tx,
    sql`select verifier_contract_ids(${scope.userId}::uuid, ${scope.orgId}::uuid) as ids`,
  );
  const ids = row?.ids ?? [];
  // postgres.js returns a uuid[] as an array; PGlite may return its text form.
  return Array.isArray(ids) ? ids : ids.replace(/[{}]/g, "").split(",").filter(Boolean);
}
