// The roadmap and the cooperation form through the real actions: both parties edit the roadmap,
// themes come from the contract's own wheel, stale versions are conflicts, other tenants' ids
// are "not found", and only the buyer records the cooperation form and droompartner.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { Contract } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { updateCooperation } from "@/lib/cooperation/actions";
import { listRoadmapItems } from "@/lib/roadmap/queries";
import { createRoadmapItem, deleteRoadmapItem, updateRoadmapItem } from "@/lib/roadmap/actions";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { addMember, actorContext, createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { createRoadmapItemAs, roadmapForm } from "../fixtures/kpi-library";
import { createOrgWheelAs, deriveContractWheelAs } from "../fixtures/wheels";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let other: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let stranger: Team<SupplierRole>;
let contract: Contract;

beforeAll(async () => {
  [buyer, other, supplier, stranger] = [await createBuyer(db), await createBuyer(db), await createSupplier(db), await createSupplier(db)];
  contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
});

const roadmapOf = (ctx: Caller, c: Contract) =>
  withTenant(
    { userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind },
    (tx) => listRoadmapItems(tx, { tenantId: c.tenantId, contractId: c.id }),
    db,
  );
const auditActions = async (entityId: string) =>
  (
    await queryRows<{ action: string; actor_org_id: string }>(
      db,
      sql`select action, actor_org_id from audit_events where entity_id = ${entityId} order by created_at`,
    )
  ).map((r) => [r.action, r.actor_org_id]);

describe("roadmap items", () => {
  it("are added, changed and removed by the contract manager, with an audit trail and a version per change", async () => {
    const id = await createRoadmapItemAs(buyer.as.contract_manager, contract.id, {
      title: "Uitfaseren wegwerpverpakkingen",
      strategy: "afbouw",
    });
    const updated = expectOk(
      await updateRoadmapItem.run(buyer.as.contract_manager, {
        ...roadmapForm(contract.id, { title: "Uitfaseren wegwerpverpakkingen", strategy: "afbouw", status: "in_progress" }),
        id,
        version: "1",
      }),
    );
    expect(updated.version).toBe(2);
    const [row] = (await roadmapOf(buyer.as.viewer, contract)).filter((r) => r.id === id);
    expect(row).toMatchObject({
      title: "Uitfaseren wegwerpverpakkingen",
      strategy: "afbouw",
      status: "in_progress",
      ownerSide: "supplier",
      dueDate: "2026-09-30",
    });
    expectOk(await deleteRoadmapItem.run(buyer.as.contract_manager, { contractId: contract.id, id, version: "2" }));
    expect((await roadmapOf(buyer.as.viewer, contract)).some((r) => r.id === id)).toBe(false);
    expect(await auditActions(id)).toEqual([
      ["create", buyer.org.id],
      ["update", buyer.org.id],
      ["delete", buyer.org.id],
    ]);
  });

  it("refuses a stale version as a conflict and keeps the other person's change", async () => {
    const id = await createRoadmapItemAs(buyer.as.admin, contract.id);
    expectOk(await updateRoadmapItem.run(buyer.as.admin, { ...roadmapForm(contract.id, { status: "done" }), id, version: "1" }));
    const stale = await updateRoadmapItem.run(buyer.as.contract_manager, {
      ...roadmapForm(contract.id, { status: "dropped" }),
      id,
      version: "1",
    });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
    const staleDelete = await deleteRoadmapItem.run(buyer.as.contract_manager, { contractId: contract.id, id, version: "1" });
    expect(staleDelete).toMatchObject({ ok: false, code: "ConflictError" });
    expect((await roadmapOf(buyer.as.viewer, contract)).find((r) => r.id === id)?.status).toBe("done");
  });

  it("keeps due dates inside the contract and themes from the contract's own wheel", async () => {
    const outside = await createRoadmapItem.run(buyer.as.admin, roadmapForm(contract.id, { dueDate: "2028-01-01", themeId: randomUUID() }));
    expect(!outside.ok && outside.fieldErrors).toEqual({
      dueDate: "Kies een datum binnen de looptijd van het contract.",
      themeId: "Kies een thema uit het Waardenwiel van dit contract.",
    });
    const missing = await createRoadmapItem.run(buyer.as.admin, roadmapForm(contract.id, { title: "", strategy: "weet niet" }));
    expect(!missing.ok && missing.fieldErrors).toMatchObject({ title: "Vul de titel in.", strategy: "Kies een strategie van de X-curve." });

    const team = await createBuyer(db);
    const withWheel = await insertContract(db, { tenantId: team.org.id, managerId: team.as.contract_manager.userId });
    await createOrgWheelAs(team.as.coordinator, 2026, "example");
    await deriveContractWheelAs(team.as.coordinator, withWheel.id);
    const [theme] = await queryRows<{ id: string; name: string }>(
      db,
      sql`select t.id, t.name from wheel_themes t join wheels w on w.id = t.wheel_id where w.contract_id = ${withWheel.id} order by t.position limit 1`,
    );
    const id = await createRoadmapItemAs(team.as.contract_manager, withWheel.id, { themeId: theme.id });
    expect((await roadmapOf(team.as.viewer, withWheel)).find((r) => r.id === id)?.themeName).toBe(theme.name);
    // A theme of another contract's wheel is not this contract's theme.
    const elsewhere = await createRoadmapItem.run(buyer.as.admin, roadmapForm(contract.id, { themeId: theme.id }));
    expect(!elsewhere.ok && elsewhere.fieldErrors).toEqual({ themeId: "Kies een thema uit het Waardenwiel van dit contract." });
  });

  it("is shaped by the supplier on its own contract, not on another's; other buyers and viewers cannot", async () => {
    const id = await createRoadmapItemAs(supplier.as.reporter, contract.id, { title: "Laadpalen bij de centrale keuken" });
    expectOk(
      await updateRoadmapItem.run(supplier.as.admin, {
        ...roadmapForm(contract.id, { title: "Laadpalen bij de centrale keuken", status: "done" }),
        id,
        version: "1",
      }),
    );
    expect(await auditActions(id)).toEqual([
      ["create", supplier.org.id],
      ["update", supplier.org.id],
    ]);
    // Everyone on the contract reads the roadmap, including the supplier's viewer.
    expect((await roadmapOf(supplier.as.viewer, contract)).find((r) => r.id === id)?.title).toBe("Laadpalen bij de centrale keuken");

    expect(await createRoadmapItem.run(stranger.as.admin, roadmapForm(contract.id))).toMatchObject({ ok: false, code: "NotFoundError" });
    expect(await updateRoadmapItem.run(other.as.admin, { ...roadmapForm(contract.id), id, version: "2" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    expect(await createRoadmapItem.run(supplier.as.viewer, roadmapForm(contract.id))).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await createRoadmapItem.run(buyer.as.coordinator, roadmapForm(contract.id))).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    // An item id of another contract is "not found" on this one.
    const second = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    expect(await deleteRoadmapItem.run(buyer.as.admin, { contractId: second.id, id, version: "2" })).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
  });

  it("is changed by a contract manager only on the contracts they manage", async () => {
    const colleague = await actorContext(db, (await addMember(db, buyer.org, "contract_manager")).id, buyer.org.slug);
    const refused = await createRoadmapItem.run(colleague, roadmapForm(contract.id));
    expect(refused).toMatchObject({ ok: false, code: "ForbiddenError" });
  });
});

describe("cooperation form and droompartner", () => {
  it("are recorded by the buyer with a version and an audit event; empty topics are not stored", async () => {
    const c = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const saved = expectOk(
      await updateCooperation.run(buyer.as.contract_manager, {
        contractId: c.id,
        version: "1",
        cooperationForm: "relationeel",
        volwassenheid: "Ervaring met kleine, lokale leveranciers.",
        regie: "  ",
        duurzaamheid: "Koploper in duurzame catering.",
      }),
    );
    expect(saved.version).toBe(2);
    const [row] = await queryRows<{ cooperation_form: string; dream_partner: unknown }>(
      db,
      sql`select cooperation_form, dream_partner from contracts where id = ${c.id}`,
    );
    expect(row.cooperation_form).toBe("relationeel");
    expect(row.dream_partner).toEqual({
      volwassenheid: "Ervaring met kleine, lokale leveranciers.",
      duurzaamheid: "Koploper in duurzame catering.",
    });
    expect(await auditActions(c.id)).toEqual([["update_cooperation", buyer.org.id]]);

    const stale = await updateCooperation.run(buyer.as.admin, { contractId: c.id, version: "1", cooperationForm: "transactioneel" });
    expect(stale).toMatchObject({ ok: false, code: "ConflictError" });
    expect(
      await updateCooperation.run(supplier.as.admin, { contractId: c.id, version: "2", cooperationForm: "transactioneel" }),
    ).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect(
      await updateCooperation.run(other.as.admin, { contractId: c.id, version: "2", cooperationForm: "transactioneel" }),
    ).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    const colleague = await actorContext(db, (await addMember(db, buyer.org, "contract_manager")).id, buyer.org.slug);
    expect(await updateCooperation.run(colleague, { contractId: c.id, version: "2", cooperationForm: "transactioneel" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
  });
});
