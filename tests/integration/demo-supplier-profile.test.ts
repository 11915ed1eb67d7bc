// The demo supplier profile, seeded into fresh organisations standing in for the demo ones and
// read back through lib/supplier-profile: Groen Cateraars' profile, shared with both buyers.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoSupplierProfile } from "@/db/seed/demo-supplier-profile";
import { listProfileFacts, sharedFactsOf } from "@/lib/supplier-profile/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns } from "../fixtures/demo-stand-ins";

const { db } = await openTestDatabase();

let demo: Awaited<ReturnType<typeof demoStandIns>>;

beforeAll(async () => {
  demo = await demoStandIns(db);
  await seedDemoSupplierProfile(db, demo.ids);
});

describe("the demo supplier profile", () => {
  it("gives Groen Cateraars a ladder step 4 valid into 2027 with its certificate, ISO 14001 and the 2025 footprint", async () => {
    const groen = demo.suppliers.groen;
    const facts = await withTenant(scopeOf(groen.as.viewer), (tx) => listProfileFacts(tx, { tenantId: groen.org.id }), db);
    const ladder = facts.find((f) => f.kind === "co2_ladder")!;
    expect(Number(ladder.value)).toBe(4);
    expect(ladder.validUntil?.slice(0, 4)).toBe("2027");
    expect(ladder.files.map((f) => f.fileName)).toEqual(["certificaat-co2-prestatieladder.pdf"]);
    expect(facts.some((f) => f.kind === "iso14001")).toBe(true);
    expect(facts.find((f) => f.kind === "footprint")?.year).toBe(2025);
  });

  it("is shared with both buyers, each reading it in its own tenant, and with no other supplier's contracts", async () => {
    for (const buyer of Object.values(demo.buyers)) {
      const shared = await withTenant(
        scopeOf(buyer.as.viewer),
        (tx) => sharedFactsOf(tx, { tenantId: buyer.org.id, supplierOrgId: demo.suppliers.groen.org.id }),
        db,
      );
      expect(shared.map((f) => f.kind).sort()).toEqual(["co2_ladder", "footprint", "iso14001"]);
      // With the id the buyer opens the certificate by (the shared-profile file route).
      expect(shared.find((f) => f.kind === "co2_ladder")?.evidence.map((e) => Boolean(e.fileId))).toEqual([true]);
      expect(shared.find((f) => f.kind === "iso14001")?.validUntil).toBe("2027-01-31");
      const vanDijk = await withTenant(
        scopeOf(buyer.as.viewer),
        (tx) => sharedFactsOf(tx, { tenantId: buyer.org.id, supplierOrgId: demo.suppliers.vandijk.org.id }),
        db,
      );
      expect(vanDijk).toEqual([]);
    }
  });
});
