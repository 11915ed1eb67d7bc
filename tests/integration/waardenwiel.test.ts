// The organisation's Waardenwiel through the real actions: one wheel per year, last year's wheel
// read-only once a newer one exists, templates, stale versions, and other tenants' ids.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { BuyerRole } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/tenancy";
import { createWheel, updateAmbition } from "@/lib/waardenwiel/actions";
import { addGoal } from "@/lib/waardenwiel/goal-actions";
import { getOrgWheelByYear, type WheelDetail } from "@/lib/waardenwiel/queries";
import { missingPillars } from "@/lib/waardenwiel/rules";
import { addTheme, moveTheme, removeTheme, setPriorities } from "@/lib/waardenwiel/theme-actions";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, expectOk, type Team } from "../fixtures/factories";
import { globalIndicatorId } from "../fixtures/targets";
import { addGoalAs, addSubthemeAs, addThemeAs, createOrgWheelAs, quantitativeGoalForm, themeForm, wheelVersion } from "../fixtures/wheels";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;

beforeAll(async () => {
  [a, b] = [await createBuyer(db), await createBuyer(db)];
});

const scope = (ctx: Caller) => ({ userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind });
const wheelOf = async (ctx: Caller, year: number): Promise<WheelDetail> =>
  (await withTenant(scope(ctx), (tx) => getOrgWheelByYear(tx, { tenantId: ctx.org.id, year }), db))!;
const themeCount = async (wheelId: string) =>
  Number((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from wheel_themes where wheel_id = ${wheelId}`))[0].n);
const auditCount = async (tenantId: string) =>
  Number(
    (
      await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from audit_events where tenant_id = ${tenantId} and entity like 'wheel%'`,
      )
    )[0].n,
  );
const onWheel = async (wheelId: string) => ({ wheelId, version: String(await wheelVersion(db, wheelId)) });

describe("one wheel per year", () => {
  it("refuses a second wheel for a year and a wheel older than the latest", async () => {
    const team = await createBuyer(db);
    await createOrgWheelAs(team.as.coordinator, 2025);
    const again = await createWheel.run(team.as.admin, { year: "2025", template: "empty" });
    expect(!again.ok && again.fieldErrors).toEqual({ year: "Er is al een Waardenwiel voor 2025." });
    await createOrgWheelAs(team.as.coordinator, 2027);
    const older = await createWheel.run(team.as.coordinator, { year: "2026", template: "empty" });
    expect(!older.ok && older.fieldErrors?.year).toMatch(/Er is al een wiel voor 2027.*kies 2028 of later/);
    const outOfRange = await createWheel.run(team.as.coordinator, { year: "1999", template: "bogus" });
    expect(!outOfRange.ok && outOfRange.fieldErrors).toEqual({
      year: "Kies een jaar tussen 2000 en 2100.",
      template: "Kies een startpunt.",
    });
  });

  it("makes last year's wheel read-only once this year's exists, with a clear message and nothing written", async () => {
    const team = await createBuyer(db);
    const older = await createOrgWheelAs(team.as.coordinator, 2025);
    expectOk(await addTheme.run(team.as.coordinator, { ...(await onWheel(older)), ...themeForm({ name: "Energie" }) }));
    await createOrgWheelAs(team.as.coordinator, 2026, "copy");
    const [versionBefore, themesBefore, auditBefore] = [
      await wheelVersion(db, older),
      await themeCount(older),
      await auditCount(team.org.id),
    ];

    const refused = await addTheme.run(team.as.admin, { ...(await onWheel(older)), ...themeForm() });
    expect(refused).toEqual({
      ok: false,
      code: "ConflictError",
      error:
        "Het Waardenwiel van 2025 is alleen-lezen, want er is al een wiel voor 2026. Zo blijft zichtbaar wat er in 2025 is afgesproken; breng je wijziging aan in het wiel van 2026.",
    });
    const ambition = await updateAmbition.run(team.as.coordinator, { ...(await onWheel(older)), ambition: "Achteraf bijgesteld" });
    expect(ambition).toMatchObject({ ok: false, code: "ConflictError" });
    expect([await wheelVersion(db, older), await themeCount(older), await auditCount(team.org.id)]).toEqual([
      versionBefore,
      themesBefore,
      auditBefore,
    ]);

    const current = await wheelOf(team.as.viewer, 2026);
    expectOk(await addTheme.run(team.as.coordinator, { ...(await onWheel(current.id)), ...themeForm({ name: "Circulariteit" }) }));
    expect((await wheelOf(team.as.viewer, 2026)).themes.map((t) => t.name)).toEqual(["Energie", "Circulariteit"]);
  });
});

describe("templates", () => {
  it("copies last year's wheel completely, unpublished, and the copy changes on its own", async () => {
    const team = await createBuyer(db);
    const ctx = team.as.coordinator;
    const source = await createOrgWheelAs(ctx, 2024);
    const energy = await addThemeAs(ctx, source, { name: "Energie", pillar: "ecologisch_sociaal", description: "CO2 omlaag" });
    const chain = await addThemeAs(ctx, source, { name: "Ketensamenwerking", pillar: "samenwerking" });
    await addSubthemeAs(ctx, source, energy, "Zero-emissie vervoer");
    await addGoalAs(
      ctx,
      source,
      energy,
      quantitativeGoalForm(await globalIndicatorId(db, "zero_emission_km"), { baseValue: "35,5", targetValue: "100" }),
    );
    await addGoalAs(ctx, source, chain);
    expectOk(await setPriorities.run(ctx, { ...(await onWheel(source)), [`rank.${energy}`]: "1", [`rank.${chain}`]: "2" }));
    expectOk(await updateAmbition.run(ctx, { ...(await onWheel(source)), ambition: "In 2030 CO2-neutraal." }));

    // A skipped year does not matter: "last year's" is the latest earlier wheel.
    const copyId = expectOk(await createWheel.run(ctx, { year: "2026", template: "copy" })).id;
    const [from, copy] = [await wheelOf(ctx, 2024), await wheelOf(ctx, 2026)];
    const shape = (w: WheelDetail) =>
      w.themes.map((t) => ({
        name: t.name,
        pillar: t.pillar,
        description: t.description,
        rank: t.priorityRank,
        subthemes: t.subthemes.map((s) => s.name),
        goals: t.goals.map((g) => [g.kind, g.description, g.indicator?.code ?? null, g.baseValue, g.targetValue, g.baseYear, g.targetYear]),
      }));
    expect(shape(copy)).toEqual(shape(from));
    expect(copy.themes[0].goals[0]).toMatchObject({ baseValue: "35.5000", targetValue: "100.0000" });
    expect(copy).toMatchObject({ id: copyId, ambition: "In 2030 CO2-neutraal.", publishedAt: null, derivedFromId: source });
    expect(copy.themes.map((t) => t.id)).not.toContain(energy);

    expectOk(await removeTheme.run(ctx, { ...(await onWheel(copyId)), themeId: copy.themes[0].id }));
    expect((await wheelOf(ctx, 2024)).themes).toHaveLength(2);
  });

  it("refuses a copy when there is no earlier wheel", async () => {
    const team = await createBuyer(db);
    const result = await createWheel.run(team.as.coordinator, { year: "2026", template: "copy" });
    expect(!result.ok && result.fieldErrors?.template).toMatch(/nog geen eerder wiel/);
  });

  it("starts from the example of bijlage 3: five themes with their focus points, all in one pillar", async () => {
    const team = await createBuyer(db);
    await createOrgWheelAs(team.as.coordinator, 2026, "example");
    const wheel = await wheelOf(team.as.viewer, 2026);
    expect(wheel.themes.map((t) => t.name)).toEqual(["In je kracht", "Materiaal", "Water(bodem)kwaliteit", "Ecologie", "Energie"]);
    expect(wheel.themes.every((t) => t.subthemes.length >= 2 && t.description)).toBe(true);
    expect(wheel.themes[4].subthemes.map((s) => s.name)).toContain("Trede 5 op de CO2-Prestatieladder behouden");
    expect(missingPillars(wheel.themes)).toEqual(["samenwerking", "gedragsverandering"]);
    expect(wheel.analysis.documents).toMatch(/Handreiking Regeneratief FM, bijlage 3/);
  });
});

describe("two coordinators editing the same wheel", () => {
  it("refuses the second save on a stale version: a conflict, and nothing of it written", async () => {
    const wheelId = await createOrgWheelAs(a.as.coordinator, 2030);
    const formVersion = String(await wheelVersion(db, wheelId));
    const first = await addTheme.run(a.as.coordinator, { ...themeForm({ name: "Eerste" }), wheelId, version: formVersion });
    expect(expectOk(first).version).toBe(Number(formVersion) + 1);
    const [themes, audit] = [await themeCount(wheelId), await auditCount(a.org.id)];
    const second = await addTheme.run(a.as.admin, { ...themeForm({ name: "Tweede" }), wheelId, version: formVersion });
    expect(second).toMatchObject({
      ok: false,
      code: "ConflictError",
      error: expect.stringContaining("Je invoer staat nog in het formulier"),
    });
    expect([await themeCount(wheelId), await auditCount(a.org.id), await wheelVersion(db, wheelId)]).toEqual([
      themes,
      audit,
      Number(formVersion) + 1,
    ]);
  });

  it("lets exactly one of two simultaneous saves win", async () => {
    const wheelId = await createOrgWheelAs(a.as.coordinator, 2031);
    const version = String(await wheelVersion(db, wheelId));
    const results = await Promise.all([
      addTheme.run(a.as.coordinator, { ...themeForm(), wheelId, version }),
      addTheme.run(a.as.admin, { ...themeForm(), wheelId, version }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.code)).sort()).toEqual(["ConflictError", "ok"]);
    expect(await themeCount(wheelId)).toBe(1);
  });
});

describe("another tenant's ids look exactly like missing ones", () => {
  it("for the wheel, its themes and malformed ids", async () => {
    const wheelId = await createOrgWheelAs(a.as.coordinator, 2032);
    const themeId = await addThemeAs(a.as.coordinator, wheelId);
    const notFound = { ok: false, code: "NotFoundError", error: "Dit waardenwiel bestaat niet." };
    expect(await addTheme.run(b.as.coordinator, { ...themeForm(), wheelId, version: "1" })).toEqual(notFound);
    expect(await addTheme.run(b.as.coordinator, { ...themeForm(), wheelId: randomUUID(), version: "1" })).toEqual(notFound);
    expect(await addTheme.run(a.as.coordinator, { ...themeForm(), wheelId: "1 or 1=1", version: "1" })).toEqual(notFound);

    // A theme of tenant A used on a wheel of tenant B, or on another wheel of A, is not found either.
    const otherWheel = await createOrgWheelAs(b.as.coordinator, 2032);
    const foreignTheme = await removeTheme.run(b.as.coordinator, { ...(await onWheel(otherWheel)), themeId });
    expect(foreignTheme).toEqual({ ok: false, code: "NotFoundError", error: "Dit thema bestaat niet." });
    const malformed = await moveTheme.run(a.as.coordinator, { ...(await onWheel(wheelId)), themeId: "abc", direction: "up" });
    expect(malformed).toMatchObject({ code: "NotFoundError" });
    expect(await themeCount(wheelId)).toBe(1);
  });
});

describe("goals", () => {
  it("stores a quantitative goal typed with a decimal comma, and refuses percentages above 100", async () => {
    const wheelId = await createOrgWheelAs(a.as.coordinator, 2033);
    const themeId = await addThemeAs(a.as.coordinator, wheelId);
    const plant = await globalIndicatorId(db, "plant_protein");
    const goalId = await addGoalAs(
      a.as.coordinator,
      wheelId,
      themeId,
      quantitativeGoalForm(plant, { baseValue: "42,5", targetValue: "60,75" }),
    );
    const [row] = await queryRows<{ base_value: string; target_value: string }>(
      db,
      sql`select base_value, target_value from wheel_goals where id = ${goalId}`,
    );
    expect([Number(row.base_value), Number(row.target_value)]).toEqual([42.5, 60.75]);

    const tooMuch = await addGoal.run(a.as.coordinator, {
      ...(await onWheel(wheelId)),
      themeId,
      ...quantitativeGoalForm(plant, { targetValue: "120", targetYear: "2020" }),
    });
    expect(!tooMuch.ok && tooMuch.fieldErrors).toEqual({
      targetValue: "Een percentage ligt tussen 0 en 100.",
      targetYear: "Het doeljaar moet na het basisjaar liggen.",
    });
  });

  it("names every missing part of a quantitative goal in one round, and refuses another tenant's indicator", async () => {
    const wheelId = await createOrgWheelAs(a.as.coordinator, 2034);
    const themeId = await addThemeAs(a.as.coordinator, wheelId);
    const empty = await addGoal.run(a.as.coordinator, { ...(await onWheel(wheelId)), themeId, kind: "quantitative", description: "" });
    expect(!empty.ok && Object.keys(empty.fieldErrors ?? {}).sort()).toEqual([
      "baseValue",
      "baseYear",
      "description",
      "indicatorId",
      "targetValue",
      "targetYear",
    ]);
    const [own] = await queryRows<{ id: string }>(
      db,
      sql`insert into indicators (owner_org_id, code, name, unit_code, unit_label, direction, aggregation) values (${b.org.id}, ${`b-${randomUUID()}`}, 'Eigen van B', 'C62', 'stuks', 'higher_better', 'sum') returning id`,
    );
    const foreign = await addGoal.run(a.as.coordinator, { ...(await onWheel(wheelId)), themeId, ...quantitativeGoalForm(own.id) });
    expect(!foreign.ok && foreign.fieldErrors).toEqual({ indicatorId: "Kies een indicator uit de lijst." });
  });
});

describe("priorities and order on the ring", () => {
  it("refuses equal ranks unless marked as tied, and renumbers positions when moving", async () => {
    const ctx = a.as.coordinator;
    const wheelId = await createOrgWheelAs(ctx, 2035);
    const [x, y, z] = [
      await addThemeAs(ctx, wheelId, { name: "X" }),
      await addThemeAs(ctx, wheelId, { name: "Y" }),
      await addThemeAs(ctx, wheelId, { name: "Z" }),
    ];
    const untied = await setPriorities.run(ctx, { ...(await onWheel(wheelId)), [`rank.${x}`]: "1", [`rank.${y}`]: "1", [`rank.${z}`]: "" });
    expect(!untied.ok && Object.keys(untied.fieldErrors ?? {}).sort()).toEqual([`rank.${x}`, `rank.${y}`].sort());
    const bad = await setPriorities.run(ctx, { ...(await onWheel(wheelId)), [`rank.${x}`]: "0" });
    expect(!bad.ok && bad.fieldErrors?.[`rank.${x}`]).toMatch(/rang van 1 tot en met 99/);
    expectOk(
      await setPriorities.run(ctx, {
        ...(await onWheel(wheelId)),
        [`rank.${x}`]: "1",
        [`tied.${x}`]: "on",
        [`rank.${y}`]: "1",
        [`tied.${y}`]: "on",
        [`rank.${z}`]: "2",
        [`tied.${z}`]: "on",
      }),
    );
    expectOk(await moveTheme.run(ctx, { ...(await onWheel(wheelId)), themeId: z, direction: "up" }));
    const wheel = await wheelOf(ctx, 2035);
    expect(wheel.themes.map((t) => [t.name, t.position, t.priorityRank, t.priorityTied])).toEqual([
      ["X", 0, 1, true],
      ["Z", 1, 2, false],
      ["Y", 2, 1, true],
    ]);
  });
});
