import { beforeAll, describe, expect, it } from "vitest";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { inviteSupplier } from "@/lib/contracts/invite-supplier";
import { getContractRoute, listContractsRoute } from "@/lib/contracts/routes";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createContractAs, createSupplier, expectOk, type Team } from "../fixtures/factories";

const { db } = await openTestDatabase();

let buyerA: Team<BuyerRole>;
let buyerB: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherSupplier: Team<SupplierRole>;
const ids = { a1: "", a2: "", b1: "", b2: "" };

beforeAll(async () => {
  [buyerA, buyerB, supplier, otherSupplier] = [
    await createBuyer(db),
    await createBuyer(db),
    await createSupplier(db),
    await createSupplier(db),
  ];
  ids.a1 = await createContractAs(buyerA.as.contract_manager, { title: "A: catering" });
  ids.a2 = await createContractAs(buyerA.as.contract_manager, { title: "A: zonder leverancier" });
  ids.b1 = await createContractAs(buyerB.as.contract_manager, { title: "B: catering" });
  ids.b2 = await createContractAs(buyerB.as.admin, { title: "B: andere leverancier" });
  // Linking an existing supplier asks to confirm the organisation behind the KvK number.
  expectOk(
    await inviteSupplier.run(buyerA.as.contract_manager, { contractId: ids.a1, kvk: supplier.org.kvk!, confirmKvk: supplier.org.kvk! }),
  );
  expectOk(
    await inviteSupplier.run(buyerB.as.contract_manager, { contractId: ids.b1, kvk: supplier.org.kvk!, confirmKvk: supplier.org.kvk! }),
  );
  expectOk(
    await inviteSupplier.run(buyerB.as.admin, { contractId: ids.b2, kvk: otherSupplier.org.kvk!, confirmKvk: otherSupplier.org.kvk! }),
  );
});

async function listed(ctx: Parameters<typeof listContractsRoute.run>[0]) {
  const response = await listContractsRoute.run(ctx, { search: new URLSearchParams() });
  expect(response.status).toBe(200);
  return (response.body as { data: { id: string; buyerName: string }[] }).data;
}

describe("a supplier serving two buyers", () => {
  it("sees the contracts of both buyers it is party to, and nothing else", async () => {
    for (const ctx of Object.values(supplier.as)) {
      const rows = await listed(ctx);
      expect(rows.map((r) => r.id).sort()).toEqual([ids.a1, ids.b1].sort());
      expect(rows.map((r) => r.buyerName).sort()).toEqual([buyerA.org.name, buyerB.org.name].sort());
    }
  });

  it("cannot open a contract of its buyer that it is not party to", async () => {
    const response = await getContractRoute.run(supplier.as.admin, { id: ids.a2 });
    expect(response.status).toBe(404);
    expect((await getContractRoute.run(supplier.as.viewer, { id: ids.b1 })).status).toBe(200);
  });

  it("is invisible to another supplier of the same buyer", async () => {
    expect((await listed(otherSupplier.as.reporter)).map((r) => r.id)).toEqual([ids.b2]);
    expect((await getContractRoute.run(otherSupplier.as.admin, { id: ids.b1 })).status).toBe(404);
  });
});

describe("buyers sharing a supplier", () => {
  it("never see each other's contracts", async () => {
    // A verifier reads no contract list at all, only the contracts assigned to them (tests/integration/verification.test.ts).
    for (const [role, ctx] of Object.entries(buyerA.as)) {
      if (role === "verifier") {
        expect((await listContractsRoute.run(ctx, { search: new URLSearchParams() })).status).toBe(403);
        continue;
      }
      expect((await listed(ctx)).map((r) => r.id).sort()).toEqual([ids.a1, ids.a2].sort());
    }
    expect((await listed(buyerB.as.viewer)).map((r) => r.id).sort()).toEqual([ids.b1, ids.b2].sort());
    expect((await getContractRoute.run(buyerB.as.admin, { id: ids.a1 })).status).toBe(404);
  });
});
