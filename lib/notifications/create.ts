// Writing notifications: in the transaction of the change they announce (a rolled-back change
// leaves none), or in a daily job's buyer scope. Recipients are only ever people of the contract's
// two parties; the dedupe key makes a second write of the same notification do nothing.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, notifications, organisations, type NotificationKind } from "@/db/schema";
import { contractSide, type ContractSide, type OrganisationKind } from "@/lib/auth/permissions";
import { organisationContacts } from "@/lib/members/queries";

export type ContractParties = {
  tenantId: string;
  contractId: string;
  contractTitle: string;
  contractManagerId: string | null;
  orgs: Record<ContractSide, { id: string; slug: string; name: string } | null>;
};

/** The contract's title and its two organisations, read in either party's transaction. */
export async function contractParties(db: Db, contract: { tenantId: string; id: string }): Promise<ContractParties | null> {
  const [row] = await db
    .select({ title: contracts.title, supplierOrgId: contracts.supplierOrgId, contractManagerId: contracts.contractManagerId })
    .from(contracts)
    .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
  if (!row) return null;
  const ids = [contract.tenantId, ...(row.supplierOrgId ? [row.supplierOrgId] : [])];
  const orgs = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return {
    tenantId: contract.tenantId,
    contractId: contract.id,
    contractTitle: row.title,
    contractManagerId: row.contractManagerId,
    orgs: {
      buyer: orgs.find((o) => o.id === contract.tenantId) ?? null,
      supplier: row.supplierOrgId ? (orgs.find((o) => o.id === row.supplierOrgId) ?? null) : null,
    },
  };
}

export type Recipient = { userId: string; name: string | null; email: string };

/**
 * The people of one side who act on a contract: on the buyer's side its contract manager (the
 * organisation's admins when it has none), on the supplier's side its admins and reporters.
 */
export async function sidePeople(db: Db, parties: ContractParties, side: ContractSide): Promise<Recipient[]> {
  const org = parties.orgs[side];
  if (!org) return [];
  const members =
    side === "supplier"
      ? await organisationContacts(db, { organisationId: org.id, roles: ["admin", "reporter"] })
      : parties.contractManagerId
        ? await organisationContacts(db, { organisationId: org.id, userIds: [parties.contractManagerId] })
        : await organisationContacts(db, { organisationId: org.id, roles: ["admin"] });
  return members.map((m) => ({ userId: m.userId, name: m.name, email: m.email }));
}

export type NewNotification = {
  kind: NotificationKind;
  side: ContractSide;
  recipients: readonly Recipient[];
  subjectId: string;
  title: string;
  /** The path after the organisation's slug, e.g. "contracten/<id>/kpis/<kpiId>". */
  path: string;
  /** What makes this notification unique for one person (the recipient is added). */
  dedupe: string;
  exceptUserId?: string;
};

/** Writes one notification per recipient; one already written under the same key is left alone. */
export async function addNotifications(db: Db, parties: ContractParties, n: NewNotification): Promise<number> {
  const org = parties.orgs[n.side];
  const people = n.recipients.filter((r) => r.userId !== n.exceptUserId);
  if (!org || people.length === 0) return 0;
  await db
    .insert(notifications)
    .values(
      people.map((r) => ({
        tenantId: parties.tenantId,
        contractId: parties.contractId,
        userId: r.userId,
        recipientOrgId: org.id,
        recipientOrgKind: n.side,
        kind: n.kind,
        subjectId: n.subjectId,
        title: n.title,
        link: `/${org.slug}/${n.path}`,
        dedupeKey: `${n.kind}:${n.dedupe}:${r.userId}`,
      })),
    )
    .onConflictDoNothing();
  return people.length;
}

/** The usual case: the other side's people hear what one side did on the contract. */
export async function notifyOtherSide(
  db: Db,
  actor: { userId: string; org: { kind: OrganisationKind } },
  contract: { tenantId: string; id: string },
  n: Omit<NewNotification, "side" | "recipients">,
): Promise<void> {
  const parties = await contractParties(db, contract);
  if (!parties) return;
  const side: ContractSide = contractSide(actor.org.kind) === "buyer" ? "supplier" : "buyer";
  await addNotifications(db, parties, { ...n, side, recipients: await sidePeople(db, parties, side), exceptUserId: actor.userId });
}

export type OrganisationNotification = Omit<NewNotification, "side" | "exceptUserId"> & {
  /** The organisation the recipients work in; the notification is a row of its own tenant. */
  org: { id: string; slug: string; kind: "buyer" | "supplier" };
};

/**
 * A notification about the recipient's own organisation rather than a contract (its profile, a
 * group's invitation): written in that organisation's own scope, with the same dedupe rule.
 */
export async function addOrganisationNotifications(db: Db, n: OrganisationNotification): Promise<number> {
  if (n.recipients.length === 0) return 0;
  // No RETURNING: the writer (a job, another person) may not read the rows it writes for others.
  await db
    .insert(notifications)
    .values(
      n.recipients.map((r) => ({
        tenantId: n.org.id,
        contractId: null,
        userId: r.userId,
        recipientOrgId: n.org.id,
        recipientOrgKind: n.org.kind,
        kind: n.kind,
        subjectId: n.subjectId,
        title: n.title,
        link: `/${n.org.slug}/${n.path}`,
        dedupeKey: `${n.kind}:${n.dedupe}:${r.userId}`,
      })),
    )
    .onConflictDoNothing();
  return n.recipients.length;
}
