// The supplier profile across tenants: a supplier keeps its facts in its own tenant and publishes
// them into the tenants of the buyers it chooses; everything else stays closed (another supplier,
// a buyer it did not share with, a withdrawn share, the wrong role, a direct read or write).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, sharedProfileFacts, supplierProfileFacts } from "@/db/schema";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { deleteProfileFact, saveProfileFact, setProfileShare } from "@/lib/supplier-profile/actions";
import { uploadProfileFile } from "@/lib/supplier-profile/file-actions";
import { sharedFactsOf } from "@/lib/supplier-profile/queries";
import { profileFileRoute } from "@/lib/supplier-profile/routes";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { EXE_BYTES } from "../fixtures/reports";
import { certificateFile, createFactAs, footprintForm, ladderForm, refreshPartners } from "../fixtures/supplier-profile";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let supplier: Team<SupplierRole>;
let other: Team<SupplierRole>;
let buyerA: Team<BuyerRole>;
let buyerB: Team<BuyerRole>;
let stranger: Team<BuyerRole>;

/** What a buyer reads of this supplier's profile, in its own tenant. */
const sharedWith = (buyer: Caller, supplierOrgId = supplier.org.id) =>
  withTenant(scopeOf(buyer), (tx) => sharedFactsOf(tx, { tenantId: buyer.org.id, supplierOrgId }), db);

beforeAll(async () => {
  [supplier, other, buyerA, buyerB, stranger] = [
    await createSupplier(db),
    await createSupplier(db),
    await createBuyer(db),
    await createBuyer(db),
    await createBuyer(db),
  ];
  // The supplier serves buyers A and B; the other supplier serves buyer A too; the stranger neither.
  for (const buyer of [buyerA, buyerB])
    await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.org.id });
  await insertContract(db, { tenantId: buyerA.org.id, managerId: buyerA.as.contract_manager.userId, supplierOrgId: other.org.id });
  await refreshPartners(supplier.as);
  await refreshPartners(other.as);
});

describe("the supplier's own facts", () => {
  it("are kept once per kind and year, changed on the version read, and audited with who did it", async () => {
    const fact = await createFactAs(supplier.as.reporter, ladderForm());
    const twice = await saveProfileFact.run(supplier.as.admin, ladderForm({ value: "5" }));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.fieldErrors?.kind).toMatch(/al een gegeven CO2-Prestatieladder/);

    const changed = expectOk(
      await saveProfileFact.run(supplier.as.admin, { ...ladderForm({ value: "5" }), factId: fact.id, version: "1" }),
    );
    expect(changed.version).toBe(2);
    const stale = await saveProfileFact.run(supplier.as.reporter, { ...ladderForm({ value: "3" }), factId: fact.id, version: "1" });
    expect(stale.ok ? null : stale.code).toBe("ConflictError");

    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, supplier.org.id), eq(auditEvents.entityId, fact.id)));
    expect(events.map((e) => [e.action, e.actorUserId])).toEqual(
      expect.arrayContaining([
        ["create_fact", supplier.as.reporter.userId],
        ["update_fact", supplier.as.admin.userId],
      ]),
    );
    expect(expectOk(await deleteProfileFact.run(supplier.as.admin, { factId: fact.id, version: "2" })).id).toBe(fact.id);
  });

  it("refuses a step outside 1–5, a footprint without year and an end before the start, at the field", async () => {
    const result = await saveProfileFact.run(supplier.as.admin, {
      kind: "co2_ladder",
      value: "6",
      validFrom: "2026-05-01",
      validUntil: "2026-01-01",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["validUntil", "value"]);
    const footprint = await saveProfileFact.run(supplier.as.admin, { kind: "footprint", value: "12" });
    expect(footprint.ok ? null : footprint.fieldErrors?.year).toMatch(/jaar/);
  });

  it("takes evidence through the report evidence checks: a renamed program is refused", async () => {
    const fact = await createFactAs(supplier.as.admin);
    const refused = await uploadProfileFile.run(supplier.as.admin, {
      factId: fact.id,
      file: new File([EXE_BYTES as BlobPart], "certificaat.pdf"),
    });
    expect(refused.ok ? null : refused.fieldErrors?.file).toMatch(/geen toegestaan bewijsstuk/);
    const stored = expectOk(await uploadProfileFile.run(supplier.as.admin, { factId: fact.id, file: certificateFile("iso.pdf.exe") }));
    // Served to the supplier's own people as a download of its checked type, under a name that agrees with it.
    const download = await profileFileRoute.run(supplier.as.viewer, { id: stored.id });
    expect(download.status).toBe(200);
    const file = (download.body as { data: { filename: string; contentType: string; headers: Record<string, string> } }).data;
    expect([file.filename, file.contentType]).toEqual(["iso.pdf", "application/pdf"]);
    expect(file.headers["Content-Security-Policy"]).toMatch(/sandbox/);
    expect((await profileFileRoute.run(other.as.admin, { id: stored.id })).status).toBe(404);
    expect((await profileFileRoute.run(buyerA.as.admin, { id: stored.id })).status).toBe(403);
  });

  it("are refused to the wrong role and invisible to another supplier and to buyers", async () => {
    const fact = await createFactAs(supplier.as.admin);
    expect((await saveProfileFact.run(supplier.as.viewer, footprintForm())) as { code?: string }).toMatchObject({ code: "ForbiddenError" });
    expect((await saveProfileFact.run(buyerA.as.admin, footprintForm())) as { code?: string }).toMatchObject({ code: "ForbiddenError" });
    expect(
      (await setProfileShare.run(supplier.as.reporter, { buyerOrgId: buyerA.org.id, share: "true" })) as { code?: string },
    ).toMatchObject({
      code: "ForbiddenError",
    });
    // Another supplier's id looks like a missing one, for a change, a delete and an upload.
    const attempts = [
      await saveProfileFact.run(other.as.admin, { ...footprintForm(), factId: fact.id, version: "1" }),
      await deleteProfileFact.run(other.as.admin, { factId: fact.id, version: "1" }),
      await uploadProfileFile.run(other.as.admin, { factId: fact.id, file: certificateFile() }),
    ];
    expect(attempts.map((r) => (r.ok ? "ok" : r.code))).toEqual(["NotFoundError", "NotFoundError", "NotFoundError"]);
    // Even a query that forgets its filter sees nothing of another organisation's profile.
    const seenBy = async (ctx: Caller) =>
      withTenant(scopeOf(ctx), (tx) => tx.select().from(supplierProfileFacts).where(eq(supplierProfileFacts.id, fact.id)), db);
    expect(await seenBy(other.as.admin)).toEqual([]);
    expect(await seenBy(buyerA.as.admin)).toEqual([]);
    expect(await seenBy(supplier.as.viewer)).toHaveLength(1);
  });
});

describe("sharing with a buyer", () => {
  it("publishes into that buyer's tenant only, follows every change, and is gone at once when withdrawn", async () => {
    const fact = await createFactAs(supplier.as.admin, footprintForm({ year: "2099", value: "300" }));
    expect(await sharedWith(buyerA.as.viewer)).toEqual([]);

    expectOk(await setProfileShare.run(supplier.as.admin, { buyerOrgId: buyerA.org.id, share: "true" }));
    const seen = await sharedWith(buyerA.as.viewer);
    expect(seen.find((f) => f.factId === fact.id)).toMatchObject({ kind: "footprint", year: 2099, factVersion: 1 });
    expect(Number(seen.find((f) => f.factId === fact.id)!.value)).toBe(300);
    // Buyer B has a contract with the supplier too, but was not chosen; the stranger has none.
    expect(await sharedWith(buyerB.as.admin)).toEqual([]);
    expect(await sharedWith(stranger.as.admin)).toEqual([]);

    expectOk(
      await saveProfileFact.run(supplier.as.reporter, {
        ...footprintForm({ year: "2099", value: "280,5" }),
        factId: fact.id,
        version: "1",
      }),
    );
    const after = (await sharedWith(buyerA.as.viewer)).find((f) => f.factId === fact.id)!;
    expect([Number(after.value), after.factVersion]).toEqual([280.5, 2]);

    expectOk(await setProfileShare.run(supplier.as.admin, { buyerOrgId: buyerA.org.id, share: "false" }));
    expect(await sharedWith(buyerA.as.viewer)).toEqual([]);
    const [withdrawn] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, supplier.org.id), eq(auditEvents.action, "withdraw")));
    expect(withdrawn.actorUserId).toBe(supplier.as.admin.userId);
  });

  it("is refused for a buyer the supplier has no contract with, and for another supplier's share", async () => {
    const refused = await setProfileShare.run(supplier.as.admin, { buyerOrgId: stranger.org.id, share: "true" });
    expect(refused.ok ? null : refused.code).toBe("NotFoundError");
    // The other supplier cannot withdraw or publish on behalf of this one.
    expectOk(await setProfileShare.run(supplier.as.admin, { buyerOrgId: buyerA.org.id, share: "true" }));
    await createFactAs(other.as.admin);
    expectOk(await setProfileShare.run(other.as.admin, { buyerOrgId: buyerA.org.id, share: "true" }));
    expectOk(await setProfileShare.run(other.as.admin, { buyerOrgId: buyerA.org.id, share: "false" }));
    expect((await sharedWith(buyerA.as.viewer)).length).toBeGreaterThan(0);
    expect(await sharedWith(buyerA.as.viewer, other.org.id)).toEqual([]);
  });

  it("lets no one write published facts past the policy: not a buyer, not another supplier, not into a stranger", async () => {
    const row = (tenantId: string, supplierOrgId: string) => ({
      tenantId,
      supplierOrgId,
      factId: crypto.randomUUID(),
      factVersion: 1,
      kind: "co2_ladder" as const,
      value: "5",
    });
    const attempts: Array<[Caller, ReturnType<typeof row>]> = [
      [buyerA.as.admin, row(buyerA.org.id, supplier.org.id)],
      [other.as.admin, row(buyerA.org.id, supplier.org.id)],
      [supplier.as.admin, row(stranger.org.id, supplier.org.id)],
    ];
    for (const [ctx, values] of attempts) {
      await expect(withTenant(scopeOf(ctx), (tx) => tx.insert(sharedProfileFacts).values(values), db)).rejects.toThrow();
    }
    // A buyer cannot remove what was shared with it either: the rows stay until the supplier withdraws.
    const removed = await withTenant(
      scopeOf(buyerA.as.admin),
      (tx) => tx.delete(sharedProfileFacts).where(eq(sharedProfileFacts.supplierOrgId, supplier.org.id)).returning(),
      db,
    );
    expect(removed).toEqual([]);
    expect((await sharedWith(buyerA.as.viewer)).length).toBeGreaterThan(0);
  });
});
