// A supplier's profile as it runs out and as buyers open it: the supplier's people are warned 60
// and again 14 days before a fact's end, once each however often the job runs; a buyer the profile
// is shared with opens its evidence, and nobody else does (withdrawn, not shared, another supplier).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notifications, users } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { deliverNotifications } from "@/lib/notifications/delivery";
import { addProfileExpiryNotifications } from "@/lib/notifications/profile-expiry";
import { listNotifications } from "@/lib/notifications/queries";
import { saveProfileFact, setProfileShare } from "@/lib/supplier-profile/actions";
import { uploadProfileFile } from "@/lib/supplier-profile/file-actions";
import { sharedProfileOnContract } from "@/lib/supplier-profile/queries";
import { sharedProfileFileRoute } from "@/lib/supplier-profile/routes";
import type { Caller } from "@/lib/http/steps";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, outboxFor, type Team } from "../fixtures/factories";
import { insertActiveKpi } from "../fixtures/reports";
import { certificateFile, createFactAs, ladderForm, refreshPartners } from "../fixtures/supplier-profile";
import { globalIndicatorId } from "../fixtures/targets";

// The expiry job goes over every supplier in the database: this file gets a database of its own.
const { db } = await openTestDatabase({ alone: true });

let supplier: Team<SupplierRole>;
let other: Team<SupplierRole>;
let buyerA: Team<BuyerRole>;
let buyerB: Team<BuyerRole>;

const expiryRows = (supplierOrgId: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.tenantId, supplierOrgId), eq(notifications.kind, "profile_fact_expiring")));

const download = async (buyer: Caller, id: string) => {
  const result = await sharedProfileFileRoute.run(buyer, { id });
  return { status: result.status, data: result.body as { data?: { filename: string; contentType: string; bytes: Uint8Array } } };
};

beforeAll(async () => {
  [supplier, other, buyerA, buyerB] = [await createSupplier(db), await createSupplier(db), await createBuyer(db), await createBuyer(db)];
  for (const buyer of [buyerA, buyerB])
    await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.org.id });
  await insertContract(db, { tenantId: buyerA.org.id, managerId: buyerA.as.contract_manager.userId, supplierOrgId: other.org.id });
  await refreshPartners(supplier.as);
  await refreshPartners(other.as);
});

describe("expiry notices", { timeout: 60_000 }, () => {
  it("warn the supplier's admin and reporter 60 and again 14 days ahead, once each however often the job runs", async () => {
    const fact = await createFactAs(supplier.as.admin, ladderForm({ validFrom: "2024-04-01", validUntil: "2027-03-31" }));
    expect((await addProfileExpiryNotifications(db, { today: "2027-01-20" })).addressed).toBe(0);
    expect(await expiryRows(supplier.org.id)).toHaveLength(0);

    await addProfileExpiryNotifications(db, { today: "2027-02-01" });
    await addProfileExpiryNotifications(db, { today: "2027-02-01" });
    await addProfileExpiryNotifications(db, { today: "2027-02-02" });
    const sixty = await expiryRows(supplier.org.id);
    expect(sixty.map((n) => n.userId).sort()).toEqual([supplier.as.admin.userId, supplier.as.reporter.userId].sort());
    expect(sixty.every((n) => n.contractId === null && n.recipientOrgId === supplier.org.id && n.subjectId === fact.id)).toBe(true);
    expect(sixty[0].title).toMatch(/CO2-Prestatieladder in het bedrijfsprofiel is geldig tot en met 31 maart 2027/);
    expect(sixty[0].link).toBe(`/${supplier.org.slug}/bedrijfsprofiel`);

    await addProfileExpiryNotifications(db, { today: "2027-03-20" });
    await addProfileExpiryNotifications(db, { today: "2027-03-25" });
    await addProfileExpiryNotifications(db, { today: "2027-04-02" });
    expect(await expiryRows(supplier.org.id)).toHaveLength(4);
    // Another supplier's people hear nothing of it, and have nothing of their own to hear.
    expect(await expiryRows(other.org.id)).toHaveLength(0);

    // The supplier's reporter reads them in the app, in the supplier's own scope; the viewer has none.
    const reporter = supplier.as.reporter;
    const inApp = await withTenant(
      scopeOf(reporter),
      (tx) => listNotifications(tx, { userId: reporter.userId, orgId: reporter.org.id, orgKind: reporter.org.kind }),
      db,
    );
    expect(inApp.filter((n) => n.kind === "profile_fact_expiring")).toHaveLength(2);
    const viewer = supplier.as.viewer;
    const none = await withTenant(
      scopeOf(viewer),
      (tx) => listNotifications(tx, { userId: viewer.userId, orgId: viewer.org.id, orgKind: viewer.org.kind }),
      db,
    );
    expect(none).toHaveLength(0);

    // A renewed certificate, with a new end, is announced again when that end draws near.
    expectOk(
      await saveProfileFact.run(supplier.as.admin, {
        ...ladderForm({ validFrom: "2027-04-01", validUntil: "2030-03-31" }),
        factId: fact.id,
        version: "1",
      }),
    );
    await addProfileExpiryNotifications(db, { today: "2030-02-15" });
    expect(await expiryRows(supplier.org.id)).toHaveLength(6);
  });

  it("are e-mailed by the delivery job without a contract, once", async () => {
    await deliverNotifications(db);
    await deliverNotifications(db);
    const [admin] = await db.select({ email: users.email }).from(users).where(eq(users.id, supplier.as.admin.userId));
    const mails = (await outboxFor(db, admin.email)).filter((m) => m.subject.includes("CO2-Prestatieladder"));
    expect(mails).toHaveLength(3);
    expect(mails[0].subject).not.toMatch(/\(/);
    expect(mails[0].text).toContain(`/${supplier.org.slug}/bedrijfsprofiel`);
    expect((await expiryRows(supplier.org.id)).every((n) => n.emailState === "sent")).toBe(true);
  });
});

describe("a buyer opening the shared profile's evidence", { timeout: 60_000 }, () => {
  let fileId: string;

  beforeAll(async () => {
    const fact = await createFactAs(other.as.admin, ladderForm({ validFrom: "2024-01-01", validUntil: "2025-12-31" }));
    fileId = expectOk(await uploadProfileFile.run(other.as.admin, { factId: fact.id, file: certificateFile("ladder.pdf") })).id;
  });

  it("is refused until the profile is shared with that buyer, then served as a download", async () => {
    expect((await download(buyerA.as.viewer, fileId)).status).toBe(404);
    expectOk(await setProfileShare.run(other.as.admin, { buyerOrgId: buyerA.org.id, share: "true" }));
    const served = await download(buyerA.as.viewer, fileId);
    expect(served.status).toBe(200);
    expect([served.data.data?.filename, served.data.data?.contentType]).toEqual(["ladder.pdf", "application/pdf"]);
    expect(served.data.data?.bytes.length).toBeGreaterThan(0);
  });

  it("the buyer finds the file's id in what was shared, and sees the expired fact and the KPI resting on it marked", async () => {
    const [contract] = await Promise.all([
      insertContract(db, { tenantId: buyerA.org.id, managerId: buyerA.as.contract_manager.userId, supplierOrgId: other.org.id }),
    ]);
    const kpi = await insertActiveKpi(db, contract, { name: "Trede op de ladder", indicatorId: await globalIndicatorId(db, "co2_ladder") });
    const facts = await withTenant(
      scopeOf(buyerA.as.viewer),
      (tx) =>
        sharedProfileOnContract(tx, { tenantId: buyerA.org.id, supplierOrgId: other.org.id, contractId: contract.id, today: "2026-12-07" }),
      db,
    );
    const ladder = facts.find((f) => f.kind === "co2_ladder")!;
    expect(ladder.evidence.map((e) => e.fileId)).toEqual([fileId]);
    expect(ladder.expiry).toBe("expired");
    expect(ladder.kpis).toEqual([{ id: kpi.id, name: "Trede op de ladder" }]);
  });

  it("is refused to a buyer it is not shared with, to a buyer group, to the supplier itself and by a guessed id", async () => {
    expect((await download(buyerB.as.admin, fileId)).status).toBe(404);
    expect((await download(other.as.admin, fileId)).status).toBe(403);
    expect((await download(buyerA.as.admin, crypto.randomUUID())).status).toBe(404);
  });

  it("never opens another supplier's file through a share of a different supplier", async () => {
    // The first supplier shares with buyer A too; the second supplier's file stays its own matter.
    const fact = await createFactAs(supplier.as.admin, { kind: "iso14001", validFrom: "2025-01-01", validUntil: "2028-01-01" });
    const own = expectOk(await uploadProfileFile.run(supplier.as.admin, { factId: fact.id, file: certificateFile("iso.pdf") })).id;
    expect((await download(buyerA.as.admin, own)).status).toBe(404);
    expectOk(await setProfileShare.run(supplier.as.admin, { buyerOrgId: buyerB.org.id, share: "true" }));
    expect((await download(buyerB.as.admin, own)).status).toBe(200);
    expect((await download(buyerB.as.admin, fileId)).status).toBe(404);
  });

  it("stops at once when the sharing is withdrawn", async () => {
    expectOk(await setProfileShare.run(other.as.admin, { buyerOrgId: buyerA.org.id, share: "false" }));
    expect((await download(buyerA.as.viewer, fileId)).status).toBe(404);
  });
});
