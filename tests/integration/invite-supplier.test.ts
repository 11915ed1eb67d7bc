import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { invitations, organisations } from "@/db/schema";
import type { BuyerRole } from "@/lib/auth/permissions";
import { inviteSupplier } from "@/lib/contracts/invite-supplier";
import { supplierAccessOf } from "@/lib/contracts/supplier-link";
import { listContracts } from "@/lib/contracts/queries";
import { NotFoundError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/invitations";
import { hashInvitationToken } from "@/lib/invitations/tokens";
import { slugify } from "@/lib/organisations/rules";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import {
  actorContext,
  createBuyer,
  createContractAs,
  createSupplier,
  expectOk,
  invitationToken,
  outboxFor,
  randomKvk,
  uniqueEmail,
  type Team,
} from "../fixtures/factories";

const { db } = await openTestDatabase();
let buyer: Team<BuyerRole>;

beforeAll(async () => {
  buyer = await createBuyer(db);
});

const organisationByKvk = (kvk: string) => db.select().from(organisations).where(eq(organisations.kvk, kvk));

describe("inviting a supplier by KvK number", () => {
  it("asks for the name when the KvK number is unknown, and creates nothing", async () => {
    const contractId = await createContractAs(buyer.as.contract_manager);
    const kvk = randomKvk();
    const result = await inviteSupplier.run(buyer.as.contract_manager, { contractId, kvk, email: uniqueEmail() });
    expect(result).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { name: expect.stringContaining("naam") } });
    expect(await organisationByKvk(kvk)).toEqual([]);
  });

  it("creates the supplier, e-mails its first user, who then sees exactly that contract", async () => {
    await createContractAs(buyer.as.contract_manager, { title: "Ander contract" });
    const contractId = await createContractAs(buyer.as.contract_manager, { title: "Schoonmaak gemeentehuis" });
    const kvk = randomKvk();
    const email = uniqueEmail("leverancier");
    const name = `Schoon & Zo ${kvk} BV`;
    const data = expectOk(
      await inviteSupplier.run(buyer.as.contract_manager, { contractId, kvk: `${kvk.slice(0, 4)} ${kvk.slice(4)}`, name, email }),
    );
    expect(data).toMatchObject({ supplierName: name, invited: true });
    const [supplier] = await organisationByKvk(kvk);
    expect(supplier).toMatchObject({ id: data.supplierId, kind: "supplier", name, registeredByOrgId: buyer.org.id });
    // Its own URL, derived from the name (numbered when a namesake exists).
    expect(supplier.slug).toMatch(new RegExp(`^${slugify(name)}(-\\d+)?$`));

    const [invitation] = await db.select().from(invitations).where(eq(invitations.organisationId, supplier.id));
    expect(invitation).toMatchObject({ email, role: "admin", contractTitle: "Schoonmaak gemeentehuis", acceptedAt: null });

    const mails = await outboxFor(db, email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Uitnodiging voor ${name} in Groeipad`);
    expect(mails[0].text).toContain("Schoonmaak gemeentehuis");
    const token = invitationToken(mails[0].html);
    expect(mails[0].text).toContain(`http://groeipad.test/uitnodiging/${token}`);
    // Only the hash is stored: a database leak does not hand out the link.
    expect(invitation.tokenHash).toBe(hashInvitationToken(token));

    const { user, organisation } = await acceptInvitation(db, { token });
    expect(user.email).toBe(email);
    expect(organisation.id).toBe(supplier.id);
    const supplierCtx = await actorContext(db, user.id, supplier.slug);
    expect(supplierCtx).toMatchObject({ role: "admin", org: { kind: "supplier", id: supplier.id } });

    const seen = await withTenant(
      { userId: user.id, orgId: supplier.id, orgKind: "supplier" },
      (tx) => listContracts(tx, { viewer: { orgId: supplier.id, orgKind: "supplier" } }),
      db,
    );
    expect(seen.map((c) => c.id)).toEqual([contractId]);
    expect(seen[0]).toMatchObject({ buyerName: buyer.org.name, supplierName: name });

    await expect(acceptInvitation(db, { token })).rejects.toThrow(NotFoundError);
  });

  it("refuses the KvK number of a buyer", async () => {
    const contractId = await createContractAs(buyer.as.admin);
    const otherBuyer = await createBuyer(db);
    const result = await inviteSupplier.run(buyer.as.admin, {
      contractId,
      kvk: otherBuyer.org.kvk!,
      name: "Verkeerd",
      email: uniqueEmail(),
    });
    expect(!result.ok && result.fieldErrors).toEqual({ kvk: "Dit KvK-nummer hoort bij een opdrachtgever, niet bij een leverancier." });
  });

  it("links an existing supplier with users only after confirming its name, invites nobody and proposes the contact", async () => {
    const supplier = await createSupplier(db);
    const contractId = await createContractAs(buyer.as.contract_manager);
    const email = uniqueEmail();
    const unconfirmed = await inviteSupplier.run(buyer.as.contract_manager, { contractId, kvk: supplier.org.kvk!, email });
    expect(unconfirmed).toMatchObject({ ok: false, fieldErrors: { kvk: expect.stringContaining(supplier.org.name) } });

    const linked = expectOk(
      await inviteSupplier.run(buyer.as.contract_manager, { contractId, kvk: supplier.org.kvk!, email, confirmKvk: supplier.org.kvk! }),
    );
    expect(linked).toEqual({
      supplierId: supplier.org.id,
      supplierName: supplier.org.name,
      invited: false,
      proposedContact: email,
      adminsNotified: 1,
    });
    // The supplier manages its own people: the address is a proposal to its admin, not an invitation.
    expect(await outboxFor(db, email)).toEqual([]);
    expect(await db.select().from(invitations).where(eq(invitations.organisationId, supplier.org.id))).toEqual([]);
    const [row] = await queryRows<{ supplier_org_id: string; supplier_contact_email: string; version: number }>(
      db,
      sql`select supplier_org_id, supplier_contact_email, version from contracts where id = ${contractId}`,
    );
    expect(row).toEqual({ supplier_org_id: supplier.org.id, supplier_contact_email: email, version: 2 });
  });

  it("refuses a second supplier on a contract that already has one", async () => {
    const [first, second] = [await createSupplier(db), await createSupplier(db)];
    const contractId = await createContractAs(buyer.as.admin);
    expectOk(await inviteSupplier.run(buyer.as.admin, { contractId, kvk: first.org.kvk!, confirmKvk: first.org.kvk! }));
    const result = await inviteSupplier.run(buyer.as.admin, { contractId, kvk: second.org.kvk!, confirmKvk: second.org.kvk! });
    expect(!result.ok && result.fieldErrors).toEqual({
      kvk: "Aan dit contract is al een andere leverancier gekoppeld. Alleen zolang het contract een concept is, kun je de leverancier vervangen.",
    });
  });
});

describe("the supplier's access as its buyer sees it", () => {
  const accessAs = (team: Team<BuyerRole>, supplierOrgId: string) =>
    withTenant(
      { userId: team.as.viewer.userId, orgId: team.org.id, orgKind: "buyer" },
      (tx) => supplierAccessOf(tx, { supplierOrgId, buyerOrgId: team.org.id }),
      db,
    );

  it("follows the latest invitation from pending to accepted, and counts a lapsed one as expired", async () => {
    const contractId = await createContractAs(buyer.as.contract_manager);
    const kvk = randomKvk();
    const first = uniqueEmail("eerste");
    const { supplierId } = expectOk(
      await inviteSupplier.run(buyer.as.contract_manager, { contractId, kvk, name: `Toegang ${kvk} BV`, email: first }),
    );
    expect(await accessAs(buyer, supplierId)).toMatchObject({
      hasMembers: false,
      invitesFirstAdmin: true,
      latestInvitation: { email: first, state: "pending" },
    });

    // The invitation lapses: set as the clock would have it a fortnight later.
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitations.email, first));
    expect((await accessAs(buyer, supplierId)).latestInvitation).toMatchObject({ email: first, state: "expired" });

    // Sent again at the same address (the contract page's resend): a new link, pending again.
    const again = expectOk(await inviteSupplier.run(buyer.as.contract_manager, { contractId, kvk, email: first }));
    expect(again.invited).toBe(true);
    const [, mail] = await outboxFor(db, first);
    expect(mail).toBeDefined();
    expect((await accessAs(buyer, supplierId)).latestInvitation).toMatchObject({ state: "pending" });

    await acceptInvitation(db, { token: invitationToken((await outboxFor(db, first))[0].text), name: "Eerste Beheerder" });
    const accepted = await accessAs(buyer, supplierId);
    expect(accepted).toMatchObject({ hasMembers: true, invitesFirstAdmin: false, latestInvitation: { email: first, state: "accepted" } });
    expect(accepted.latestInvitation?.acceptedAt).toBeInstanceOf(Date);
  });

  it("shows another buyer nothing of the invitations this buyer sent", async () => {
    const contractId = await createContractAs(buyer.as.contract_manager);
    const kvk = randomKvk();
    const { supplierId } = expectOk(
      await inviteSupplier.run(buyer.as.contract_manager, { contractId, kvk, name: `Ander ${kvk} BV`, email: uniqueEmail() }),
    );
    const other = await createBuyer(db);
    expect(await accessAs(other, supplierId)).toMatchObject({ invitesFirstAdmin: false, latestInvitation: null });
  });
});
