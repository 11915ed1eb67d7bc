// Who may change which wheel: the organisation wheel only the coordinator and the admin; a
// contract wheel also the contract's own manager. Suppliers read the wheel of their contracts
// only: through lib/ and, underneath, through row-level security.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import type { Contract } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy";
import { createWheel, deriveContractWheel, publishWheel, updateAmbition, updateAnalysis } from "@/lib/waardenwiel/actions";
import { addGoal } from "@/lib/waardenwiel/goal-actions";
import { getContractWheel, getOrgWheelByYear } from "@/lib/waardenwiel/queries";
import { addSubtheme, addTheme, removeTheme, setPriorities, updateTheme } from "@/lib/waardenwiel/theme-actions";
import { openTestDatabase } from "../fixtures/db";
import { actorContext, addMember, createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { addThemeAs, createOrgWheelAs, deriveContractWheelAs, qualitativeGoalForm, themeForm, wheelVersion } from "../fixtures/wheels";
import type { Caller } from "@/lib/http/steps";
import { type ActionResult } from "@/lib/http/action";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherSupplier: Team<SupplierRole>;
let orgWheel: string;
let supplied: Contract;
let otherSupplied: Contract;

const scope = (ctx: Caller) => ({ userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind });
const onWheel = async (wheelId: string) => ({ wheelId, version: String(await wheelVersion(db, wheelId)) });

beforeAll(async () => {
  [buyer, supplier, otherSupplier] = [await createBuyer(db), await createSupplier(db), await createSupplier(db)];
  orgWheel = await createOrgWheelAs(buyer.as.coordinator, 2026, "example");
  await addThemeAs(buyer.as.coordinator, orgWheel, { name: "Ketensamenwerking", pillar: "samenwerking" });
  const manager = buyer.as.contract_manager.userId;
  supplied = await insertContract(db, { tenantId: buyer.org.id, managerId: manager, supplierOrgId: supplier.org.id, title: "Catering" });
  otherSupplied = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: manager,
    supplierOrgId: otherSupplier.org.id,
    title: "Schoonmaak",
  });
});

type Edit = [label: string, run: (ctx: Caller) => Promise<string>];
type AnyAction = { run: (ctx: Caller, raw: unknown) => Promise<ActionResult<unknown>> };

/** Every edit action with a valid input on the given wheel; each run reports "ok" or the error code. */
async function editsOn(wheelId: string): Promise<Edit[]> {
  const themeId = await addThemeAs(buyer.as.coordinator, wheelId);
  const edit = (label: string, action: AnyAction, extra: Record<string, unknown>): Edit => [
    label,
    async (ctx) => {
      const result = await action.run(ctx, { ...(await onWheel(wheelId)), ...extra });
      return result.ok ? "ok" : result.code;
    },
  ];
  return [
    edit("analyse", updateAnalysis, { currentSituation: "Notitie" }),
    edit("ambitie", updateAmbition, { ambition: "In 2030 ..." }),
    edit("delen", publishWheel, {}),
    edit("thema toevoegen", addTheme, themeForm()),
    edit("thema wijzigen", updateTheme, { themeId, ...themeForm() }),
    edit("subthema", addSubtheme, { themeId, name: "Sub" }),
    edit("prioriteiten", setPriorities, { [`rank.${themeId}`]: "1" }),
    edit("doel", addGoal, { themeId, ...qualitativeGoalForm() }),
  ];
}

describe("the organisation wheel", () => {
  it("is changed only by the coordinator and the admin", async () => {
    for (const [label, outcome] of await editsOn(orgWheel)) {
      const outcomes = {
        admin: await outcome(buyer.as.admin),
        coordinator: await outcome(buyer.as.coordinator),
        contract_manager: await outcome(buyer.as.contract_manager),
        viewer: await outcome(buyer.as.viewer),
        supplier: await outcome(supplier.as.admin),
      };
      expect(outcomes, label).toEqual({
        admin: "ok",
        coordinator: "ok",
        contract_manager: "ForbiddenError",
        viewer: "ForbiddenError",
        // A supplier's actor has no buyer permission at all, and could not see the wheel anyway.
        supplier: "ForbiddenError",
      });
    }
    for (const ctx of [buyer.as.contract_manager, buyer.as.viewer, supplier.as.admin]) {
      expect(await createWheel.run(ctx, { year: "2027", template: "empty" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
  });
});

describe("a contract wheel", () => {
  it("keeps the organisation's outer themes, linked, with its own concretisation and priorities still empty", async () => {
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    const wheelId = await deriveContractWheelAs(buyer.as.contract_manager, contract.id);
    const read = (ctx: Caller) =>
      withTenant(
        scope(ctx),
        (tx) => getContractWheel(tx, { viewer: { orgId: ctx.org.id, orgKind: ctx.org.kind }, contractId: contract.id }),
        db,
      );
    const { wheel } = await read(buyer.as.viewer);
    const org = (await withTenant(scope(buyer.as.viewer), (tx) => getOrgWheelByYear(tx, { tenantId: buyer.org.id, year: 2026 }), db))!;
    expect(wheel).toMatchObject({ id: wheelId, contractId: contract.id, derivedFromId: org.id, year: 2026 });
    expect(wheel!.themes.map((t) => [t.name, t.pillar, t.orgThemeId])).toEqual(org.themes.map((t) => [t.name, t.pillar, t.id]));
    expect(wheel!.themes.every((t) => t.subthemes.length === 0 && t.goals.length === 0 && t.priorityRank === null)).toBe(true);

    const again = await deriveContractWheel.run(buyer.as.coordinator, { contractId: contract.id });
    expect(again).toMatchObject({ ok: false, code: "ConflictError" });
  });

  it("keeps a linked theme's name and place, but allows its own description and extra themes", async () => {
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    const wheelId = await deriveContractWheelAs(buyer.as.coordinator, contract.id);
    const [linked] = await queryRows<{ id: string; name: string; pillar: string }>(
      db,
      sql`select id, name, pillar from wheel_themes where wheel_id = ${wheelId} order by position limit 1`,
    );
    const cm = buyer.as.contract_manager;
    const rename = await updateTheme.run(cm, { ...(await onWheel(wheelId)), themeId: linked.id, name: "Anders", pillar: linked.pillar });
    expect(!rename.ok && rename.fieldErrors?.name).toMatch(/komt uit het Waardenwiel van de organisatie/);
    expect(await removeTheme.run(cm, { ...(await onWheel(wheelId)), themeId: linked.id })).toMatchObject({
      ok: false,
      code: "ValidationError",
    });
    expectOk(
      await updateTheme.run(cm, {
        ...(await onWheel(wheelId)),
        themeId: linked.id,
        name: linked.name,
        pillar: linked.pillar,
        description: "Voor de catering",
      }),
    );
    expectOk(
      await addTheme.run(cm, { ...(await onWheel(wheelId)), ...themeForm({ name: "Gasten verleiden", pillar: "gedragsverandering" }) }),
    );
  });

  it("removing an organisation theme keeps the contract themes that concretised it, unlinked, each with an audit event", async () => {
    const other = await createBuyer(db);
    const ownWheel = await createOrgWheelAs(other.as.coordinator, 2026, "example");
    const contract = await insertContract(db, { tenantId: other.org.id, managerId: other.as.contract_manager.userId });
    const wheelId = await deriveContractWheelAs(other.as.coordinator, contract.id);
    const [linked] = await queryRows<{ id: string; org_theme_id: string }>(
      db,
      sql`select id, org_theme_id from wheel_themes where wheel_id = ${wheelId} order by position limit 1`,
    );
    expectOk(await removeTheme.run(other.as.coordinator, { ...(await onWheel(ownWheel)), themeId: linked.org_theme_id }));
    expect(await queryRows(db, sql`select org_theme_id from wheel_themes where id = ${linked.id}`)).toEqual([{ org_theme_id: null }]);
    expect(await queryRows(db, sql`select id from wheel_themes where id = ${linked.org_theme_id}`)).toEqual([]);
    const audit = await queryRows<{ action: string; actor_user_id: string; before: unknown; after: unknown }>(
      db,
      sql`select action, actor_user_id, before, after from audit_events where entity = 'wheel_theme' and entity_id = ${linked.id}`,
    );
    expect(audit).toContainEqual({
      action: "update",
      actor_user_id: other.as.coordinator.userId,
      before: { orgThemeId: linked.org_theme_id },
      after: { orgThemeId: null },
    });
  });

  it("is changed by the contract's own manager, not by a colleague managing other contracts, nor by a viewer", async () => {
    const colleague = await actorContext(db, (await addMember(db, buyer.org, "contract_manager")).id, buyer.org.slug);
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    expect(await deriveContractWheel.run(colleague, { contractId: contract.id })).toMatchObject({ ok: false, code: "ForbiddenError" });
    const wheelId = await deriveContractWheelAs(buyer.as.contract_manager, contract.id);
    for (const [label, outcome] of await editsOn(wheelId)) {
      expect(
        [
          await outcome(buyer.as.contract_manager),
          await outcome(colleague),
          await outcome(buyer.as.viewer),
          await outcome(buyer.as.coordinator),
        ],
        label,
      ).toEqual(["ok", "ForbiddenError", "ForbiddenError", "ok"]);
    }
  });

  it("is derived from the wheel of the contract's start year, else from the latest", async () => {
    const team = await createBuyer(db);
    const w2025 = await createOrgWheelAs(team.as.coordinator, 2025);
    const w2027 = await createOrgWheelAs(team.as.coordinator, 2027);
    const starting = async (year: number) => {
      const contract = await insertContract(db, { tenantId: team.org.id, managerId: team.as.contract_manager.userId });
      await queryRows(db, sql`update contracts set start_date = ${`${year}-03-01`} where id = ${contract.id}`);
      return expectOk(await deriveContractWheel.run(team.as.coordinator, { contractId: contract.id }));
    };
    expect((await starting(2025)).derivedFromYear).toBe(2025);
    expect((await starting(2026)).derivedFromYear).toBe(2027);
    const rows = await queryRows<{ derived_from_id: string }>(
      db,
      sql`select derived_from_id from wheels where contract_id is not null and tenant_id = ${team.org.id} order by created_at`,
    );
    expect(rows.map((r) => r.derived_from_id)).toEqual([w2025, w2027]);
  });
});

describe("suppliers", () => {
  let suppliedWheel: string;
  beforeAll(async () => {
    suppliedWheel = await deriveContractWheelAs(buyer.as.contract_manager, supplied.id);
    await deriveContractWheelAs(buyer.as.contract_manager, otherSupplied.id);
  });
  const readAsSupplier = (ctx: Caller, contractId: string) =>
    withTenant(scope(ctx), (tx) => getContractWheel(tx, { viewer: { orgId: ctx.org.id, orgKind: "supplier" }, contractId }), db);

  it("read the wheel of a contract they are party to, with its themes", async () => {
    for (const ctx of Object.values(supplier.as)) {
      const { contract, wheel } = await readAsSupplier(ctx, supplied.id);
      expect(contract.id).toBe(supplied.id);
      expect(wheel?.id).toBe(suppliedWheel);
      expect(wheel?.themes.map((t) => t.name)).toContain("Ketensamenwerking");
    }
  });

  it("do not read another supplier's contract wheel, nor the buyer's own wheel", async () => {
    await expect(readAsSupplier(supplier.as.viewer, otherSupplied.id)).rejects.toThrow(NotFoundError);
    const seen = await withTenant(scope(supplier.as.admin), (tx: Db) => getOrgWheelByYear(tx, { tenantId: buyer.org.id, year: 2026 }), db);
    expect(seen).toBeNull();
  });

  it("see only their contract's wheel and themes even in an unfiltered query (row-level security)", async () => {
    const rows = await withTenant(
      scope(supplier.as.admin),
      (tx) => queryRows<{ id: string; contract_id: string | null }>(tx, sql`select id, contract_id from wheels`),
      db,
    );
    expect(rows).toEqual([{ id: suppliedWheel, contract_id: supplied.id }]);
    const themes = await withTenant(
      scope(supplier.as.admin),
      (tx) => queryRows<{ wheel_id: string }>(tx, sql`select distinct wheel_id from wheel_themes`),
      db,
    );
    expect(themes).toEqual([{ wheel_id: suppliedWheel }]);
    const changed = await withTenant(
      scope(supplier.as.admin),
      (tx) => queryRows(tx, sql`update wheels set ambition = 'gekaapt' where id = ${suppliedWheel} returning id`),
      db,
    );
    expect(changed).toEqual([]);
  });
});
