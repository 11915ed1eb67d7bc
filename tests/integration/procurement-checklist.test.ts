// The checklist ambitieformulering against a real database: ticking and notes with optimistic
// concurrency, who may change it, what a supplier sees, and another tenant's contract.
import { beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "@/db/schema";
import { viewerOf } from "@/lib/contracts/queries";
import { NotFoundError } from "@/lib/errors";
import { saveProcurementChecklist, shareProcurementChecklist } from "@/lib/guidance/procurement/actions";
import { getProcurementChecklist, listProcurementsInPreparation } from "@/lib/guidance/procurement/queries";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createContractAs, createSupplier, insertContract, type Team } from "../fixtures/factories";
import { checklistForm, saveChecklistAs, shareChecklistAs } from "../fixtures/procurement-checklist";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let other: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let contract: Contract;

const read = (ctx: Caller, contractId: string) =>
  withTenant(scopeOf(ctx), (tx) => getProcurementChecklist(tx, { viewer: viewerOf(ctx), contractId }), db);

beforeAll(async () => {
  [buyer, other, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
});

describe("checklist ambitieformulering", () => {
  it("reads an empty checklist before anything was saved, then ticks items and keeps notes", async () => {
    const fresh = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    const before = await read(buyer.as.viewer, fresh.id);
    expect(before.checklist).toEqual({ checkedItems: [], notes: {}, sharedWithSupplier: false, notesShared: false, version: 0 });
    expect(before.progress).toMatchObject({ checked: 0, total: 25, percent: 0 });

    const saved = await saveChecklistAs(buyer.as.coordinator, fresh.id, 0, ["2.1", "1.1", "1.2"], {
      marktanalyse: "  Drie leveranciers gesproken. ",
      meten: "",
    });
    expect(saved).toMatchObject({ version: 1, checked: 3 });
    const after = await read(buyer.as.viewer, fresh.id);
    expect(after.checklist).toMatchObject({
      checkedItems: ["1.1", "1.2", "2.1"],
      notes: { marktanalyse: "Drie leveranciers gesproken." },
      version: 1,
    });
    expect(after.progress.steps[0]).toMatchObject({ checked: 2, total: 4 });

    // Unticking: the next save holds only what is still ticked.
    await saveChecklistAs(buyer.as.contract_manager, fresh.id, 1, ["1.1"]);
    expect((await read(buyer.as.admin, fresh.id)).checklist).toMatchObject({ checkedItems: ["1.1"], notes: {}, version: 2 });
  });

  it("refuses a stale version instead of overwriting a colleague's ticks", async () => {
    const fresh = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    await saveChecklistAs(buyer.as.coordinator, fresh.id, 0, ["1.1"]);
    const stale = await saveProcurementChecklist.run(buyer.as.admin, checklistForm(fresh.id, 0, ["2.1"]));
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
    expect((await read(buyer.as.viewer, fresh.id)).checklist.checkedItems).toEqual(["1.1"]);
  });

  it("refuses an item the checklist does not have", async () => {
    const result = await saveProcurementChecklist.run(buyer.as.coordinator, checklistForm(contract.id, 0, ["1.1", "8.1"]));
    expect(result).toMatchObject({ ok: false, code: "ValidationError" });
  });

  it("lets a viewer read but not tick, and a contract manager only tick the contracts they manage", async () => {
    expect(await saveProcurementChecklist.run(buyer.as.viewer, checklistForm(contract.id, 0))).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    const notTheirs = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId });
    expect(await saveProcurementChecklist.run(buyer.as.contract_manager, checklistForm(notTheirs.id, 0))).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
  });

  it("shows the supplier the checklist only while it is shared, and never lets it write", async () => {
    const shared = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    await saveChecklistAs(buyer.as.coordinator, shared.id, 0, ["1.1"], { voorbereiding: "Intern overleg gepland." });
    await expect(read(supplier.as.viewer, shared.id)).rejects.toThrow(NotFoundError);

    await shareChecklistAs(buyer.as.contract_manager, shared.id, 1, true);
    const seen = await read(supplier.as.viewer, shared.id);
    // The notes are the buyer's own: shared without choosing them, the supplier reads the ticks only.
    expect(seen.checklist).toMatchObject({ checkedItems: ["1.1"], notes: {}, sharedWithSupplier: true, notesShared: false });
    expect((await read(buyer.as.viewer, shared.id)).checklist.notes).toEqual({ voorbereiding: "Intern overleg gepland." });
    for (const role of ["admin", "reporter", "viewer"] as const) {
      expect(await saveProcurementChecklist.run(supplier.as[role], checklistForm(shared.id, 2, []))).toMatchObject({
        ok: false,
        code: "ForbiddenError",
      });
      expect(
        await shareProcurementChecklist.run(supplier.as[role], { contractId: shared.id, version: "2", shared: "false" }),
      ).toMatchObject({ ok: false, code: "ForbiddenError" });
    }

    await shareChecklistAs(buyer.as.admin, shared.id, 2, false);
    await expect(read(supplier.as.admin, shared.id)).rejects.toThrow(NotFoundError);
  });

  it("shows the supplier the notes only when the sharer chose to include them, and audits that choice", async () => {
    const shared = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    await saveChecklistAs(buyer.as.coordinator, shared.id, 0, ["1.1"], { marktanalyse: "Prijsindicatie leverancier A: te hoog." });

    expect(await shareChecklistAs(buyer.as.contract_manager, shared.id, 1, true, true)).toMatchObject({ shared: true, notesShared: true });
    for (const role of ["admin", "reporter", "viewer"] as const) {
      expect((await read(supplier.as[role], shared.id)).checklist).toMatchObject({
        notes: { marktanalyse: "Prijsindicatie leverancier A: te hoog." },
        notesShared: true,
      });
    }
    // Notes written later go along while the choice stands.
    await saveChecklistAs(buyer.as.coordinator, shared.id, 2, ["1.1"], { marktanalyse: "Bijgewerkt.", meten: "Nulmeting in maart." });
    expect((await read(supplier.as.viewer, shared.id)).checklist.notes).toEqual({
      marktanalyse: "Bijgewerkt.",
      meten: "Nulmeting in maart.",
    });

    // Stopping the share withdraws the choice: shared again without ticking it, the notes stay inside.
    await shareChecklistAs(buyer.as.admin, shared.id, 3, false, true);
    await shareChecklistAs(buyer.as.admin, shared.id, 4, true);
    expect((await read(supplier.as.viewer, shared.id)).checklist).toMatchObject({ notes: {}, notesShared: false });

    const audit = await queryRows<{ action: string; after: { notesShared: boolean; sharedWithSupplier: boolean } }>(
      db,
      sql`select action, after from audit_events where entity = 'procurement_checklist' and entity_id = ${shared.id} order by created_at`,
    );
    expect(audit.filter((a) => a.action !== "update").map((a) => [a.action, a.after.sharedWithSupplier, a.after.notesShared])).toEqual([
      ["share", true, true],
      ["unshare", false, false],
      ["share", true, false],
    ]);
  });

  it("refuses the notes choice to a supplier, to a viewer and to a contract manager of another contract", async () => {
    const shared = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId, supplierOrgId: supplier.org.id });
    const form = { contractId: shared.id, version: "0", shared: "true", withNotes: "on" };
    for (const ctx of [buyer.as.viewer, buyer.as.contract_manager, supplier.as.admin, supplier.as.reporter]) {
      expect(await shareProcurementChecklist.run(ctx, form)).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    expect(await shareProcurementChecklist.run(other.as.coordinator, form)).toMatchObject({ ok: false, code: "NotFoundError" });
    await expect(read(supplier.as.viewer, shared.id)).rejects.toThrow(NotFoundError);
  });

  it("treats another tenant's contract as not found, for reads and writes", async () => {
    await expect(read(other.as.admin, contract.id)).rejects.toThrow(NotFoundError);
    expect(await saveProcurementChecklist.run(other.as.coordinator, checklistForm(contract.id, 0))).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    expect(await shareProcurementChecklist.run(other.as.admin, { contractId: contract.id, version: "0", shared: "true" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
  });

  it("lists the buyer's draft contracts with their progress, not the active ones", async () => {
    const draftId = await createContractAs(buyer.as.admin, { title: "Concept inkooptraject", status: "draft" });
    await saveChecklistAs(buyer.as.coordinator, draftId, 0, ["1.1", "1.2", "1.3", "1.4", "2.1"]);
    const list = await withTenant(
      scopeOf(buyer.as.viewer),
      (tx) => listProcurementsInPreparation(tx, { viewer: viewerOf(buyer.as.viewer) }),
      db,
    );
    expect(list.map((r) => r.contract.id)).toContain(draftId);
    expect(list.map((r) => r.contract.id)).not.toContain(contract.id);
    expect(list.find((r) => r.contract.id === draftId)).toMatchObject({ checked: 5, total: 25, percent: 20 });
  });
});
