// Who can bring people into a supplier organisation. A supplier is found by its public KvK number,
// so knowing the number must give no say over it: only the buyer that registered the supplier
// invites its first admin, only while the supplier has no members, one open invitation at a time;
// another buyer linking the same supplier only proposes a contact to the supplier's admins; and
// accepting checks all of it again. Every path that adds a member or links an organisation.
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { contracts, invitations, memberships, organisations } from "@/db/schema";
import type { BuyerRole } from "@/lib/auth/permissions";
import { inviteSupplier } from "@/lib/contracts/invite-supplier";
import { listContracts } from "@/lib/contracts/queries";
import { NotFoundError } from "@/lib/errors";
import { acceptInvitation, findOpenInvitation } from "@/lib/invitations/invitations";
import { hashInvitationToken, newInvitationToken } from "@/lib/invitations/tokens";
import { inviteMember } from "@/lib/members/actions";
import { listBuyerRelations } from "@/lib/members/buyer-relations";
import { withTenant } from "@/lib/tenancy";
import { onPostgres, openTestDatabase } from "../fixtures/db";
import {
  actorContext,
  createBuyer,
  createContractAs,
  createSupplier,
  createUser,
  expectOk,
  invitationToken,
  outboxFor,
  randomKvk,
  uniqueEmail,
  type Team,
} from "../fixtures/factories";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();
let buyerA: Team<BuyerRole>;
let buyerB: Team<BuyerRole>;

beforeAll(async () => {
  [buyerA, buyerB] = [await createBuyer(db), await createBuyer(db)];
});

const NO_LONGER_VALID = "Deze uitnodiging is niet meer geldig.";

type LinkFields = { kvk: string; name?: string; email?: string; confirmKvk?: string };
const link = (ctx: Caller, contractId: string, fields: LinkFields) => inviteSupplier.run(ctx, { contractId, ...fields });

/** Buyer A registers a new supplier on a draft contract and invites its first admin. */
async function registeredByA(options: { email?: string; title?: string } = {}) {
  const kvk = randomKvk();
  const name = `Glashelder ${kvk} B.V.`;
  const email = options.email ?? uniqueEmail("contact");
  const contractId = await createContractAs(buyerA.as.contract_manager, {
    title: options.title ?? `Glasbewassing ${kvk}`,
    status: "draft",
  });
  const data = expectOk(await link(buyerA.as.contract_manager, contractId, { kvk, name, email }));
  const [supplier] = await db.select().from(organisations).where(eq(organisations.id, data.supplierId));
  return { kvk, name, email, contractId, supplier, data };
}

/** Accepts the newest invitation e-mailed to an address and returns the new member's context. */
async function acceptMailedInvitation(email: string, orgSlug: string) {
  const [mail] = await outboxFor(db, email);
  const { user } = await acceptInvitation(db, { token: invitationToken(mail.text) });
  return actorContext(db, user.id, orgSlug);
}

const openInvitationsInto = (organisationId: string) =>
  db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));

const membersOf = (organisationId: string) => db.select().from(memberships).where(eq(memberships.organisationId, organisationId));

const contractRow = async (id: string) => (await db.select().from(contracts).where(eq(contracts.id, id)))[0];

/** An invitation written straight into the table, as one issued before the rule existed (or racing). */
async function strayInvitation(params: { organisationId: string; invitedBy: Caller; email: string }) {
  const { token, tokenHash } = newInvitationToken();
  await db.insert(invitations).values({
    organisationId: params.organisationId,
    email: params.email,
    role: "admin",
    tokenHash,
    invitedByUserId: params.invitedBy.userId,
    invitedByOrganisationId: params.invitedBy.org.id,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return token;
}

async function contractIdsSeenBy(member: Caller) {
  const rows = await withTenant(
    { userId: member.userId, orgId: member.org.id, orgKind: "supplier" },
    (tx) => listContracts(tx, { viewer: { orgId: member.org.id, orgKind: "supplier" } }),
    db,
  );
  return rows.map((c) => c.id);
}

describe("the takeover of a supplier by a second buyer", () => {
  it("gives buyer B's employee no way into the supplier buyer A registered, nor to A's contract", async () => {
    const a = await registeredByA({ title: "Glasbewassing provinciehuis" });
    const employee = uniqueEmail("medewerker-b");
    const draftB = await createContractAs(buyerB.as.contract_manager, { status: "draft" });

    const result = expectOk(await link(buyerB.as.contract_manager, draftB, { kvk: a.kvk, email: employee, confirmKvk: a.kvk }));
    expect(result).toMatchObject({ supplierId: a.supplier.id, invited: false, proposedContact: employee });
    // No invitation at all: not in the outbox, not in the table.
    expect(await outboxFor(db, employee)).toEqual([]);
    expect((await openInvitationsInto(a.supplier.id)).map((i) => i.email)).toEqual([a.email]);
    expect(await contractRow(draftB)).toMatchObject({ supplierOrgId: a.supplier.id, supplierContactEmail: employee });

    // Even an invitation from B that exists anyway (issued before this rule) cannot be used.
    const stray = await strayInvitation({ organisationId: a.supplier.id, invitedBy: buyerB.as.contract_manager, email: employee });
    await expect(acceptInvitation(db, { token: stray })).rejects.toThrow(NO_LONGER_VALID);
    expect(await membersOf(a.supplier.id)).toEqual([]);

    // A's contact joins and sees both contracts the supplier is party to; B's employee is nowhere.
    const admin = await acceptMailedInvitation(a.email, a.supplier.slug);
    expect(admin.role).toBe("admin");
    expect((await contractIdsSeenBy(admin)).sort()).toEqual([a.contractId, draftB].sort());
    expect((await membersOf(a.supplier.id)).map((m) => m.userId)).toEqual([admin.userId]);
  });
});

describe("the registering buyer's first-admin invitation", () => {
  it("records who registered the supplier and lets its contact become the first admin", async () => {
    const a = await registeredByA();
    expect(a.supplier).toMatchObject({ kind: "supplier", registeredByOrgId: buyerA.org.id });
    expect(a.data).toMatchObject({ invited: true });
    const [invitation] = await openInvitationsInto(a.supplier.id);
    expect(invitation).toMatchObject({ email: a.email, role: "admin", invitedByOrganisationId: buyerA.org.id });
    const admin = await acceptMailedInvitation(a.email, a.supplier.slug);
    expect(admin).toMatchObject({ role: "admin", org: { id: a.supplier.id } });
  });

  it("replaces the open invitation on a re-invitation, to the same or a corrected address", async () => {
    const a = await registeredByA({ email: uniqueEmail("tikfout") });
    const firstToken = invitationToken((await outboxFor(db, a.email))[0].text);

    expectOk(await link(buyerA.as.contract_manager, a.contractId, { kvk: a.kvk, email: a.email }));
    const secondToken = invitationToken((await outboxFor(db, a.email))[0].text);
    expect(secondToken).not.toBe(firstToken);
    expect(await openInvitationsInto(a.supplier.id)).toHaveLength(1);

    const corrected = uniqueEmail("juist");
    expectOk(await link(buyerA.as.contract_manager, a.contractId, { kvk: a.kvk, email: corrected }));
    expect((await openInvitationsInto(a.supplier.id)).map((i) => i.email)).toEqual([corrected]);
    for (const token of [firstToken, secondToken]) {
      await expect(acceptInvitation(db, { token })).rejects.toThrow(NotFoundError);
    }
    const revocations = await queryRows<{ actor_user_id: string; before: { email: string } }>(
      db,
      sql`select actor_user_id, before from audit_events
           where tenant_id = ${a.supplier.id} and entity = 'invitation' and action = 'revoke'`,
    );
    expect(revocations).toHaveLength(2);
    expect(revocations.every((r) => r.actor_user_id === buyerA.as.contract_manager.userId)).toBe(true);

    const admin = await acceptMailedInvitation(corrected, a.supplier.slug);
    expect(admin.role).toBe("admin");
  });

  it("lets the registering buyer replace an expired invitation", async () => {
    const a = await registeredByA();
    const token = invitationToken((await outboxFor(db, a.email))[0].text);
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.tokenHash, hashInvitationToken(token)));
    await expect(acceptInvitation(db, { token })).rejects.toThrow(NotFoundError);

    // The gap an expired invitation leaves is no opening for another buyer.
    const intruder = uniqueEmail("gat");
    const contractOfB = await createContractAs(buyerB.as.contract_manager, { status: "draft" });
    expectOk(await link(buyerB.as.contract_manager, contractOfB, { kvk: a.kvk, email: intruder, confirmKvk: a.kvk }));
    expect(await outboxFor(db, intruder)).toEqual([]);
    expect((await openInvitationsInto(a.supplier.id)).map((i) => i.email)).toEqual([a.email]);

    // With no open invitation left, linking again needs an address.
    const withoutEmail = await link(buyerA.as.contract_manager, a.contractId, { kvk: a.kvk });
    expect(!withoutEmail.ok && withoutEmail.fieldErrors).toEqual({
      email: "Vul het e-mailadres in van de eerste gebruiker bij de leverancier.",
    });

    expectOk(await link(buyerA.as.contract_manager, a.contractId, { kvk: a.kvk, email: a.email }));
    const admin = await acceptMailedInvitation(a.email, a.supplier.slug);
    expect(admin.role).toBe("admin");
  });

  it("no longer invites once the supplier has members: the address becomes a proposal to its admins", async () => {
    const a = await registeredByA();
    const admin = await acceptMailedInvitation(a.email, a.supplier.slug);
    const colleague = uniqueEmail("collega");
    const result = expectOk(await link(buyerA.as.contract_manager, a.contractId, { kvk: a.kvk, email: colleague }));
    expect(result).toMatchObject({ invited: false, proposedContact: colleague, adminsNotified: 1 });
    expect(await outboxFor(db, colleague)).toEqual([]);
    const [notice] = await outboxFor(db, admin.email);
    expect(notice).toMatchObject({ template: "supplier-linked" });
    expect(notice.text).toContain(colleague);
  });
});

describe("accepting re-checks the rule", () => {
  it("refuses a second first-admin invitation once the supplier got a member", async () => {
    const a = await registeredByA();
    const racing = await strayInvitation({
      organisationId: a.supplier.id,
      invitedBy: buyerA.as.contract_manager,
      email: uniqueEmail("tweede"),
    });
    await acceptMailedInvitation(a.email, a.supplier.slug);
    await expect(findOpenInvitation(db, { token: racing })).rejects.toThrow(NO_LONGER_VALID);
    await expect(acceptInvitation(db, { token: racing })).rejects.toThrow(NO_LONGER_VALID);
    expect(await membersOf(a.supplier.id)).toHaveLength(1);
  });

  // Two connections are needed to hold a lock while another request runs: PostgreSQL only.
  it.runIf(onPostgres)("waits for a first admin being added at the same moment, then refuses", async () => {
    const a = await registeredByA();
    const racing = await strayInvitation({
      organisationId: a.supplier.id,
      invitedBy: buyerA.as.contract_manager,
      email: uniqueEmail("tweede"),
    });
    const firstAdmin = await createUser(db, "eerste");
    let accepting: Promise<string> = Promise.resolve("not started");
    await db.transaction(async (tx) => {
      // The first acceptance, half-way: the supplier locked, its member added, not yet committed.
      await tx.execute(sql`select id from organisations where id = ${a.supplier.id} for update`);
      await tx.insert(memberships).values({ organisationId: a.supplier.id, userId: firstAdmin.id, role: "admin" });
      accepting = acceptInvitation(db, { token: racing }).then(
        () => "accepted",
        (error: Error) => error.message,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(await accepting).toBe(NO_LONGER_VALID);
    expect((await membersOf(a.supplier.id)).map((m) => m.userId)).toEqual([firstAdmin.id]);
  });

  it("refuses an invitation into a supplier from a buyer that did not register it, even while it has no members", async () => {
    const a = await registeredByA();
    const stray = await strayInvitation({ organisationId: a.supplier.id, invitedBy: buyerB.as.admin, email: uniqueEmail("b") });
    await expect(acceptInvitation(db, { token: stray })).rejects.toThrow(NO_LONGER_VALID);
    expect(await membersOf(a.supplier.id)).toEqual([]);
  });
});

describe("a second buyer linking an existing supplier", () => {
  it("with members: asks to confirm the name, then links, invites nobody and tells the supplier's admins", async () => {
    const supplier = await createSupplier(db);
    const contractId = await createContractAs(buyerB.as.contract_manager, { title: "Catering brandweer" });
    const contact = uniqueEmail("voorstel");

    const unconfirmed = await link(buyerB.as.contract_manager, contractId, { kvk: supplier.org.kvk!, email: contact });
    expect(unconfirmed).toMatchObject({ ok: false, code: "ValidationError" });
    expect(!unconfirmed.ok && unconfirmed.fieldErrors?.kvk).toContain(supplier.org.name);
    expect(await contractRow(contractId)).toMatchObject({ supplierOrgId: null, supplierContactEmail: null });

    const result = expectOk(
      await link(buyerB.as.contract_manager, contractId, { kvk: supplier.org.kvk!, email: contact, confirmKvk: supplier.org.kvk! }),
    );
    expect(result).toEqual({
      supplierId: supplier.org.id,
      supplierName: supplier.org.name,
      invited: false,
      proposedContact: contact,
      adminsNotified: 1,
    });
    expect(await outboxFor(db, contact)).toEqual([]);
    expect(await openInvitationsInto(supplier.org.id)).toEqual([]);
    const [notice] = await outboxFor(db, supplier.as.admin.email);
    expect(notice.subject).toBe(`${buyerB.org.name} heeft ${supplier.org.name} gekoppeld aan een contract`);
    expect(notice.text).toContain("Catering brandweer");
    expect(notice.text).toContain(contact);
    // Only admins hear of it.
    expect(await outboxFor(db, supplier.as.reporter.email)).toEqual([]);

    const relations = await withTenant(
      { userId: supplier.as.admin.userId, orgId: supplier.org.id, orgKind: "supplier" },
      (tx) => listBuyerRelations(tx, { supplierOrgId: supplier.org.id }),
      db,
    );
    expect(relations).toEqual([
      {
        buyerId: buyerB.org.id,
        buyerName: buyerB.org.name,
        contracts: [{ id: contractId, title: "Catering brandweer", status: "active", contact: { email: contact, standing: "open" } }],
      },
    ]);
  });

  it("without members: links without inviting, and the later first admin sees the proposal", async () => {
    const a = await registeredByA();
    const contractId = await createContractAs(buyerB.as.admin);
    const contact = uniqueEmail("voorstel-b");
    const result = expectOk(await link(buyerB.as.admin, contractId, { kvk: a.kvk, email: contact, confirmKvk: a.kvk }));
    expect(result).toMatchObject({ invited: false, adminsNotified: 0 });
    expect(await outboxFor(db, contact)).toEqual([]);

    const admin = await acceptMailedInvitation(a.email, a.supplier.slug);
    const relations = await withTenant(
      { userId: admin.userId, orgId: a.supplier.id, orgKind: "supplier" },
      (tx) => listBuyerRelations(tx, { supplierOrgId: a.supplier.id }),
      db,
    );
    const ofB = relations.find((r) => r.buyerId === buyerB.org.id);
    expect(ofB?.contracts).toEqual([expect.objectContaining({ id: contractId, contact: { email: contact, standing: "open" } })]);
  });

  it("lets the supplier's admin invite the proposed contact, with the role the admin picks", async () => {
    const supplier = await createSupplier(db);
    const contractId = await createContractAs(buyerB.as.contract_manager);
    const contact = uniqueEmail("voorgesteld");
    expectOk(await link(buyerB.as.contract_manager, contractId, { kvk: supplier.org.kvk!, email: contact, confirmKvk: supplier.org.kvk! }));

    expectOk(await inviteMember.run(supplier.as.admin, { email: contact, role: "reporter" }));
    const readRelations = () =>
      withTenant(
        { userId: supplier.as.admin.userId, orgId: supplier.org.id, orgKind: "supplier" },
        (tx) => listBuyerRelations(tx, { supplierOrgId: supplier.org.id }),
        db,
      );
    expect((await readRelations())[0].contracts[0].contact).toEqual({ email: contact, standing: "invited" });
    const member = await acceptMailedInvitation(contact, supplier.org.slug);
    expect(member).toMatchObject({ role: "reporter", org: { id: supplier.org.id } });
    expect((await readRelations())[0].contracts[0].contact).toEqual({ email: contact, standing: "member" });
  });
});

describe("a KvK typo", () => {
  it("never links the organisation under a mistyped number without an explicit confirmation of that number", async () => {
    const stranger = await createSupplier(db);
    const contractId = await createContractAs(buyerA.as.contract_manager, { status: "draft" });
    const asked = await link(buyerA.as.contract_manager, contractId, {
      kvk: stranger.org.kvk!,
      name: "Bedoelde B.V.",
      email: uniqueEmail(),
    });
    expect(!asked.ok && asked.fieldErrors).toEqual({
      kvk: expect.stringContaining(`op naam van ${stranger.org.name}`),
      confirmKvk: `KvK-nummer ${stranger.org.kvk} staat op naam van ${stranger.org.name}.`,
    });
    // A confirmation of another number does not count.
    const otherNumber = await link(buyerA.as.contract_manager, contractId, { kvk: stranger.org.kvk!, confirmKvk: randomKvk() });
    expect(otherNumber).toMatchObject({ ok: false, fieldErrors: { confirmKvk: expect.any(String) } });
    expect(await contractRow(contractId)).toMatchObject({ supplierOrgId: null });
    expect(await outboxFor(db, stranger.as.admin.email)).toEqual([]);
  });

  it("lets a draft's supplier be replaced, revoking the invitation into the wrong one, with an audit event", async () => {
    const typo = await registeredByA();
    const right = await createSupplier(db);
    const result = expectOk(
      await link(buyerA.as.contract_manager, typo.contractId, { kvk: right.org.kvk!, email: typo.email, confirmKvk: right.org.kvk! }),
    );
    expect(result).toMatchObject({ supplierId: right.org.id, invited: false });
    expect(await contractRow(typo.contractId)).toMatchObject({ supplierOrgId: right.org.id, supplierContactEmail: typo.email });
    expect(await openInvitationsInto(typo.supplier.id)).toEqual([]);
    await expect(acceptInvitation(db, { token: invitationToken((await outboxFor(db, typo.email)).at(-1)!.text) })).rejects.toThrow(
      NotFoundError,
    );

    const [event] = await queryRows<{ actor_user_id: string; before: { supplierOrgId: string }; after: { supplierOrgId: string } }>(
      db,
      sql`select actor_user_id, before, after from audit_events
           where entity = 'contract' and entity_id = ${typo.contractId} and action = 'replace_supplier'`,
    );
    expect(event).toEqual({
      actor_user_id: buyerA.as.contract_manager.userId,
      before: expect.objectContaining({ supplierOrgId: typo.supplier.id }),
      after: expect.objectContaining({ supplierOrgId: right.org.id }),
    });
  });

  it("keeps the supplier of a running contract", async () => {
    const [first, second] = [await createSupplier(db), await createSupplier(db)];
    const contractId = await createContractAs(buyerA.as.admin, { status: "active" });
    expectOk(await link(buyerA.as.admin, contractId, { kvk: first.org.kvk!, confirmKvk: first.org.kvk! }));
    const result = await link(buyerA.as.admin, contractId, { kvk: second.org.kvk!, confirmKvk: second.org.kvk! });
    expect(!result.ok && result.fieldErrors?.kvk).toContain("Alleen zolang het contract een concept is");
    expect(await contractRow(contractId)).toMatchObject({ supplierOrgId: first.org.id });
  });
});

describe("who may link or invite", () => {
  it("refuses a viewer, the contract manager of another contract and a supplier", async () => {
    const contractId = await createContractAs(buyerA.as.admin, { status: "draft" });
    const supplier = await createSupplier(db);
    const fields = { kvk: randomKvk(), name: "Nieuw B.V.", email: uniqueEmail() };
    for (const ctx of [buyerA.as.viewer, buyerA.as.coordinator, buyerA.as.contract_manager, supplier.as.admin]) {
      const result = await link(ctx, contractId, fields);
      expect(result).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    expect(await outboxFor(db, fields.email)).toEqual([]);
  });

  it("treats another tenant's contract id as missing", async () => {
    const contractOfA = await createContractAs(buyerA.as.admin, { status: "draft" });
    for (const id of [contractOfA, randomUUID()]) {
      const result = await link(buyerB.as.admin, id, { kvk: randomKvk(), name: "Nieuw B.V.", email: uniqueEmail() });
      expect(result).toMatchObject({ ok: false, code: "NotFoundError" });
    }
    expect(await contractRow(contractOfA)).toMatchObject({ supplierOrgId: null });
  });

  it("lets no buyer invite into a supplier through the member invitation, whatever ids it sends", async () => {
    const supplier = await createSupplier(db);
    const email = uniqueEmail("inbreker");
    expectOk(await inviteMember.run(buyerB.as.admin, { email, role: "admin", organisationId: supplier.org.id, orgId: supplier.org.id }));
    const [row] = await db.select().from(invitations).where(eq(invitations.email, email));
    expect(row.organisationId).toBe(buyerB.org.id);
    expect(await openInvitationsInto(supplier.org.id)).toEqual([]);
  });

  it("never invites into a supplier no buyer registered (joined on its own)", async () => {
    const supplier = await createSupplier(db);
    await db.delete(memberships).where(eq(memberships.organisationId, supplier.org.id));
    const contractId = await createContractAs(buyerA.as.admin);
    const email = uniqueEmail();
    const result = expectOk(await link(buyerA.as.admin, contractId, { kvk: supplier.org.kvk!, email, confirmKvk: supplier.org.kvk! }));
    expect(result).toMatchObject({ invited: false, proposedContact: email });
    expect(await outboxFor(db, email)).toEqual([]);
  });
});
