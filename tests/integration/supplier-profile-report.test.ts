// A KPI's report value taken from the supplier profile: copied with the fact's version when the
// report is saved and submitted, kept as submitted whatever the profile does later, shown to the
// buyer as "uit bedrijfsprofiel", and refused where the profile has nothing for the quarter.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { reportValues } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { viewerOf } from "@/lib/contracts/queries";
import { saveReportDraft, submitReport } from "@/lib/reports/actions";
import { getReportPage } from "@/lib/reports/queries";
import { saveProfileFact } from "@/lib/supplier-profile/actions";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { insertKpiRow, insertPathRow } from "../fixtures/kpis";
import { reportForm } from "../fixtures/reports";
import { createFactAs, ladderForm, refreshPartners } from "../fixtures/supplier-profile";
import { globalIndicatorId } from "../fixtures/targets";

const { db } = await openTestDatabase();

let supplier: Team<SupplierRole>;
let other: Team<SupplierRole>;
let buyer: Team<BuyerRole>;

/** A contract of the buyer with this supplier, with an active KPI on the CO2-Prestatieladder and one on plant protein. */
async function ladderContract(supplierOrgId: string) {
  const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId });
  const ladder = await insertKpiRow(db, contract, {
    proposedByKind: "buyer",
    status: "active",
    activeFrom: "2026-Q1",
    name: "Trede op de CO2-Prestatieladder",
    indicatorId: await globalIndicatorId(db, "co2_ladder"),
  });
  await insertPathRow(db, ladder, { effectiveFrom: "2026-Q1", interpolation: "step", milestones: [{ quarter: "2026-Q1", value: "4" }] });
  const protein = await insertKpiRow(db, contract, { proposedByKind: "buyer", status: "active", activeFrom: "2026-Q1" });
  await insertPathRow(db, protein, { effectiveFrom: "2026-Q1", interpolation: "step", milestones: [{ quarter: "2026-Q1", value: "40" }] });
  return { contract, ladder, protein };
}

const storedValue = async (kpiId: string) => {
  const [row] = await db.select().from(reportValues).where(eq(reportValues.kpiId, kpiId));
  return row;
};

beforeAll(async () => {
  [supplier, other, buyer] = [await createSupplier(db), await createSupplier(db), await createBuyer(db)];
});

describe("a report value from the supplier profile", () => {
  it("is copied with the fact's version at submission and stays as submitted when the profile changes", async () => {
    const { contract, ladder, protein } = await ladderContract(supplier.org.id);
    await refreshPartners(supplier.as);
    const fact = await createFactAs(supplier.as.admin, ladderForm({ value: "3", validUntil: "2027-12-31" }));
    const reporter = supplier.as.reporter;

    // A draft: the typed "1" does not count once the profile is chosen.
    const draft = expectOk(
      await saveReportDraft.run(
        reporter,
        reportForm(contract.id, "2026-Q1", { [ladder.id]: "1", [protein.id]: "41" }, { [`fromProfile.${ladder.id}`]: "on" }),
      ),
    );
    expect(await storedValue(ladder.id)).toMatchObject({ profileFactId: fact.id, profileFactVersion: 1, profileValidUntil: "2027-12-31" });
    expect(Number((await storedValue(ladder.id)).value)).toBe(3);
    expect((await storedValue(protein.id)).profileFactId).toBeNull();

    // The profile moves to step 4 before the submission: the submission takes the value as it is then.
    expectOk(
      await saveProfileFact.run(supplier.as.admin, {
        ...ladderForm({ value: "4", validUntil: "2027-12-31" }),
        factId: fact.id,
        version: "1",
      }),
    );
    const submitted = expectOk(
      await submitReport.run(
        reporter,
        reportForm(
          contract.id,
          "2026-Q1",
          { [ladder.id]: "", [protein.id]: "41" },
          { version: String(draft.version), [`fromProfile.${ladder.id}`]: "on" },
        ),
      ),
    );
    expect(submitted.submissionNumber).toBe(1);
    expect(Number((await storedValue(ladder.id)).value)).toBe(4);
    expect((await storedValue(ladder.id)).profileFactVersion).toBe(2);

    // A later change of the profile leaves the submitted report alone.
    expectOk(
      await saveProfileFact.run(supplier.as.admin, {
        ...ladderForm({ value: "5", validUntil: "2027-12-31" }),
        factId: fact.id,
        version: "2",
      }),
    );
    expect(Number((await storedValue(ladder.id)).value)).toBe(4);

    // The buyer sees the copied value with its source and validity, and the version that was submitted.
    const page = await withTenant(
      buyer.as.contract_manager,
      (tx) => getReportPage(tx, { viewer: viewerOf(buyer.as.contract_manager), contractId: contract.id, quarter: "2026-Q1" }),
      db,
    );
    const seen = page.kpis.find((k) => k.id === ladder.id)!;
    expect(seen.entered).toMatchObject({ profileFactId: fact.id, profileFactVersion: 2, profileValidUntil: "2027-12-31" });
    expect(page.submissions[0].snapshot.values.find((v) => v.kpiId === ladder.id)?.fromProfile).toEqual({
      factId: fact.id,
      version: 2,
      validUntil: "2027-12-31",
    });
  });

  it("forgets its source when the supplier types its own value instead", async () => {
    const { contract, ladder } = await ladderContract(supplier.org.id);
    await refreshPartners(supplier.as);
    const reporter = supplier.as.reporter;
    const first = expectOk(
      await saveReportDraft.run(reporter, reportForm(contract.id, "2026-Q2", { [ladder.id]: "" }, { [`fromProfile.${ladder.id}`]: "on" })),
    );
    const [linked] = await db
      .select()
      .from(reportValues)
      .where(and(eq(reportValues.kpiId, ladder.id), eq(reportValues.tenantId, buyer.org.id)));
    expect(linked.profileFactId).not.toBeNull();
    expectOk(
      await saveReportDraft.run(reporter, reportForm(contract.id, "2026-Q2", { [ladder.id]: "2" }, { version: String(first.version) })),
    );
    expect(await storedValue(ladder.id)).toMatchObject({ profileFactId: null, profileFactVersion: null });
    expect(Number((await storedValue(ladder.id)).value)).toBe(2);
  });

  it("is refused at the field where the profile has no valid fact for the quarter, or the fact is another supplier's", async () => {
    const { contract, ladder } = await ladderContract(other.org.id);
    await refreshPartners(other.as);
    // No fact at all for this supplier: the other supplier's profile is not its own.
    const none = await saveReportDraft.run(
      other.as.admin,
      reportForm(contract.id, "2026-Q1", { [ladder.id]: "" }, { [`fromProfile.${ladder.id}`]: "on" }),
    );
    expect(none.ok ? null : none.fieldErrors?.[`values.${ladder.id}`]).toMatch(/geen geldig gegeven/);
    // A certificate that ran out before the quarter began does not serve it.
    await createFactAs(other.as.admin, ladderForm({ validFrom: "2024-01-01", validUntil: "2025-12-31" }));
    const expired = await saveReportDraft.run(
      other.as.admin,
      reportForm(contract.id, "2026-Q1", { [ladder.id]: "" }, { [`fromProfile.${ladder.id}`]: "on" }),
    );
    expect(expired.ok ? null : expired.fieldErrors?.[`values.${ladder.id}`]).toMatch(/geen geldig gegeven/);
  });
});
