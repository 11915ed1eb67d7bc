// Hostile input through the real actions (forms and JSON bodies take the same path): a NUL
// character, 1e30, "__proto__" and "constructor" as ids or keys, a text of 100,000 characters.
// Each gets a ValidationError with a Dutch message at its field (or "not found" for a malformed
// id, exactly like another tenant's), nothing is stored, nothing answers as a server error, and
// no object prototype is touched.
import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { contracts, reportValues, reports } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { createContract, updateContract } from "@/lib/contracts/actions";
import { TOO_LARGE_MESSAGE } from "@/lib/decimal";
import { createIndicator } from "@/lib/indicators/actions";
import { proposeKpi, setKpiThemes, updateKpi } from "@/lib/kpis/actions";
import { setMalusRule } from "@/lib/malus/rule-actions";
import { changeMemberRole, inviteMember } from "@/lib/members/actions";
import { decideReport, saveReportDraft } from "@/lib/reports/actions";
import { addLesson } from "@/lib/reviews/amend-actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { createTarget } from "@/lib/targets/actions";
import { updateAmbition } from "@/lib/waardenwiel/actions";
import { addGoal } from "@/lib/waardenwiel/goal-actions";
import { addTheme, setPriorities } from "@/lib/waardenwiel/theme-actions";
import { TEXT_LIMITS } from "@/lib/zod";
import { openTestDatabase } from "../fixtures/db";
import { contractForm, createBuyer, createSupplier, insertContract, type Team } from "../fixtures/factories";
import { insertKpiContract, kpiForm } from "../fixtures/kpis";
import { insertActiveKpi, reportForm } from "../fixtures/reports";
import { globalIndicatorId, indicatorForm, targetForm } from "../fixtures/targets";
import { addThemeAs, createOrgWheelAs, quantitativeGoalForm, wheelVersion } from "../fixtures/wheels";
import { type ActionDefinition, type ActionResult } from "@/lib/http/action";
import { formDataToObject } from "@/lib/http/input";

const { db } = await openTestDatabase();

const NUL = "Schoon\u0000maak";
const HUGE = "1".padEnd(31, "0"); // 1e30 as digits
const NOVEL = "x".repeat(100_000);
const CONTROL = /stuurteken/;
const DUTCH = /^[A-Z].*[.]$/; // a sentence, not an internal message like "Expected string"

let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
});

afterEach(() => {
  // Nothing may have reached a prototype, whatever the input was.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** A refusal with a Dutch message on exactly the field (and never a server error). */
function refused(result: ActionResult<unknown>, field: string, message?: RegExp | string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe("ValidationError");
  const text = result.fieldErrors?.[field];
  expect(text, `no message on ${field}: ${JSON.stringify(result.fieldErrors)}`).toBeTruthy();
  expect(text).toMatch(DUTCH);
  if (message) expect(text).toMatch(message);
}

async function run<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action, whatever its input
  action: ActionDefinition<never, T> | ActionDefinition<any, T>,
  ctx: Parameters<ActionDefinition<never, T>["run"]>[0],
  input: unknown,
) {
  const result = await action.run(ctx, input);
  expect(result.ok || result.code !== "InternalError", JSON.stringify(result)).toBe(true);
  return result;
}

/** The JSON body path of the REST API: the parsed body, then the fixed fields of the URL. */
const json = (text: string, fixed: Record<string, unknown> = {}) => ({ ...(JSON.parse(text) as Record<string, unknown>), ...fixed });

const countRows = async (table: string, tenantId: string) =>
  Number((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(table)} where tenant_id = ${tenantId}`))[0].n);

describe("contracts", () => {
  it("refuse a NUL character, a title of 100,000 characters and 1e30 as an amount, and store nothing", async () => {
    const before = await countRows("contracts", buyer.org.id);
    refused(await run(createContract, buyer.as.admin, contractForm({ title: NUL })), "title", CONTROL);
    refused(
      await run(createContract, buyer.as.admin, contractForm({ title: NOVEL })),
      "title",
      `Titel mag hoogstens ${TEXT_LIMITS.title} tekens lang zijn.`,
    );
    refused(await run(createContract, buyer.as.admin, contractForm({ reference: `REF${NUL}` })), "reference", CONTROL);
    refused(await run(createContract, buyer.as.admin, contractForm({ valueCents: HUGE })), "valueCents", "Dit bedrag is te groot.");
    refused(await run(createContract, buyer.as.admin, contractForm({ valueCents: 1e30 })), "valueCents");
    refused(await run(createContract, buyer.as.admin, contractForm({ startDate: 1e30 })), "startDate");
    expect(await countRows("contracts", buyer.org.id)).toBe(before);
  });

  it("refuse __proto__ and constructor as keys of a JSON body or a form, and store nothing", async () => {
    const before = await countRows("contracts", buyer.org.id);
    const body = JSON.stringify(contractForm()).replace(/^\{/, '{"__proto__":{"polluted":"ja","status":"draft"},');
    refused(await run(createContract, buyer.as.admin, json(body)), "__proto__", "Dit formulier bevat een veldnaam die niet is toegestaan.");
    const nested = JSON.stringify(contractForm({ extra: { constructor: { prototype: { polluted: "ja" } } } }));
    refused(await run(createContract, buyer.as.admin, json(nested)), "constructor");

    const form = new FormData();
    for (const [key, value] of Object.entries(contractForm())) form.append(key, String(value));
    form.append("__proto__", new File(["x"], "x.txt"));
    form.append("__proto__", "tweede");
    const object = formDataToObject(form);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toContain("__proto__");
    refused(await run(createContract, buyer.as.admin, form), "__proto__");
    refused(await run(createContract, buyer.as.admin, { ...contractForm(), ["value.constructor"]: "1" }), "value.constructor");
    expect(await countRows("contracts", buyer.org.id)).toBe(before);
  });

  it("treat __proto__ and constructor as ids like any unknown id: not found, nothing changed", async () => {
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId });
    for (const id of ["__proto__", "constructor", `${contract.id}\u0000`]) {
      const result = await run(updateContract, buyer.as.admin, { ...contractForm({ title: "Gewijzigd" }), id, version: "1" });
      expect(result).toMatchObject({ ok: false, code: "NotFoundError" });
    }
    refused(
      await run(updateContract, buyer.as.admin, { ...contractForm(), id: contract.id, version: 1e30 }),
      "version",
      "Onbekende versie.",
    );
    const [row] = await db
      .select()
      .from(contracts)
      .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
    expect(row).toMatchObject({ title: contract.title, version: 1 });
  });
});

describe("KPIs", () => {
  it("refuse hostile names, texts, ids and numbers at their fields, and store nothing", async () => {
    const contract = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const indicator = await globalIndicatorId(db, "plant_protein");
    const before = await countRows("kpis", buyer.org.id);
    const propose = (overrides: Record<string, unknown>) =>
      run(proposeKpi, buyer.as.contract_manager, kpiForm(contract.id, indicator, overrides));
    refused(await propose({ name: NUL }), "name", CONTROL);
    refused(await propose({ description: NOVEL }), "description", `Omschrijving mag hoogstens ${TEXT_LIMITS.short} tekens lang zijn.`);
    refused(await propose({ measurement: NOVEL }), "measurement");
    refused(await propose({ baselineValue: HUGE }), "baselineValue", TOO_LARGE_MESSAGE);
    refused(await propose({ baselineValue: "1e30" }), "baselineValue");
    refused(await propose({ "milestones.0.value": 1e30 }), "milestones.0.value");
    refused(await propose({ "milestones.0.value": `-${HUGE}` }), "milestones.0.value", TOO_LARGE_MESSAGE);
    refused(await propose({ indicatorId: "__proto__" }), "indicatorId", "Onbekende verwijzing.");
    refused(await propose({ themeIds: ["constructor"] }), "themeIds.0", "Onbekende verwijzing.");
    refused(await propose({ kind: "qualitative", indicatorId: "", "scoreMeanings.1": NOVEL }), "scoreMeanings.1", /hoogstens 500 tekens/);
    refused(await propose({ contractId: "constructor" }), "contractId", "Onbekende verwijzing.");
    refused(await run(updateKpi, buyer.as.contract_manager, { ...kpiForm(contract.id, indicator), id: "__proto__", version: "1" }), "id");
    refused(
      await run(setKpiThemes, buyer.as.contract_manager, {
        id: crypto.randomUUID(),
        version: "1",
        themeIds: Array(201).fill(crypto.randomUUID()),
      }),
      "themeIds",
    );
    refused(
      await run(setMalusRule, buyer.as.contract_manager, {
        id: crypto.randomUUID(),
        version: "1",
        type: "percent_of_quarter_value",
        percent: HUGE,
      }),
      "percent",
      TOO_LARGE_MESSAGE,
    );
    expect(await countRows("kpis", buyer.org.id)).toBe(before);
  });
});

describe("reports", () => {
  it("refuse a 100,000-character explanation, a NUL, 1e30 and __proto__ as a KPI id, and store nothing", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const kpi = await insertActiveKpi(db, contract);
    const reporter = supplier.as.reporter;
    const form = (overrides: Record<string, unknown>) => ({ ...reportForm(contract.id, "2026-Q1", { [kpi.id]: "40" }), ...overrides });
    refused(
      await run(saveReportDraft, reporter, form({ [`explanation.${kpi.id}`]: NOVEL })),
      `values.${kpi.id}`,
      `Toelichting bij deze KPI mag hoogstens ${TEXT_LIMITS.long} tekens lang zijn.`,
    );
    refused(await run(saveReportDraft, reporter, form({ [`explanation.${kpi.id}`]: NUL })), `values.${kpi.id}`, CONTROL);
    refused(await run(saveReportDraft, reporter, form({ [`value.${kpi.id}`]: HUGE })), `values.${kpi.id}`, TOO_LARGE_MESSAGE);
    refused(await run(saveReportDraft, reporter, form({ [`value.${kpi.id}`]: 1e30 })), `values.${kpi.id}`);
    refused(await run(saveReportDraft, reporter, form({ [`value.${kpi.id}`]: { valueOf: 1 } })), `values.${kpi.id}`);
    refused(await run(saveReportDraft, reporter, form({ narrative: "y".repeat(TEXT_LIMITS.document + 1) })), "narrative");
    refused(
      await run(saveReportDraft, reporter, json(JSON.stringify(form({})).replace(/^\{/, '{"value.__proto__":"1",'))),
      "value.__proto__",
    );
    refused(await run(saveReportDraft, reporter, form({ "explanation.constructor": "x" })), "explanation.constructor");
    expect(await db.select().from(reports).where(eq(reports.contractId, contract.id))).toEqual([]);
    expect(await db.select().from(reportValues).where(eq(reportValues.kpiId, kpi.id))).toEqual([]);
    // The buyer's per-KPI comments and its decision comment are held to the same limits.
    refused(
      await run(decideReport, buyer.as.contract_manager, {
        reportId: crypto.randomUUID(),
        version: "1",
        decision: "send_back",
        [`comment.${kpi.id}`]: NOVEL,
      }),
      `comments.${kpi.id}`,
    );
    refused(
      await run(decideReport, buyer.as.contract_manager, {
        reportId: crypto.randomUUID(),
        version: "1",
        decision: "accept",
        decisionComment: NUL,
      }),
      "decisionComment",
      CONTROL,
    );
  });
});

describe("reviews", () => {
  it("refuse hostile reasons, lessons and ids at their fields", async () => {
    const ref = { reviewId: crypto.randomUUID(), version: "1", kpiId: crypto.randomUUID(), score: "on_track" };
    refused(
      await run(scoreKpi, buyer.as.contract_manager, { ...ref, reason: NOVEL }),
      "reason",
      `Reden mag hoogstens ${TEXT_LIMITS.short} tekens lang zijn.`,
    );
    refused(await run(scoreKpi, buyer.as.contract_manager, { ...ref, reason: NUL }), "reason", CONTROL);
    refused(await run(scoreKpi, buyer.as.contract_manager, { ...ref, kpiId: "__proto__" }), "kpiId", "Onbekende verwijzing.");
    refused(await run(scoreKpi, buyer.as.contract_manager, { ...ref, score: "constructor" }), "score");
    refused(await run(scoreKpi, buyer.as.contract_manager, { ...ref, version: "1e30" }), "version", "Onbekende versie.");
    refused(await run(addLesson, supplier.as.reporter, { reviewId: ref.reviewId, body: NOVEL }), "body");
  });
});

describe("waardenwiel and targets", () => {
  it("refuse hostile theme names, ambitions, priorities and goal numbers, and store nothing", async () => {
    const ctx = buyer.as.coordinator;
    const wheelId = await createOrgWheelAs(ctx, 2060);
    const themeId = await addThemeAs(ctx, wheelId);
    const onWheel = async () => ({ wheelId, version: String(await wheelVersion(db, wheelId)) });
    const themes = await countRows("wheel_themes", buyer.org.id);
    refused(await run(addTheme, ctx, { ...(await onWheel()), name: NUL, pillar: "samenwerking" }), "name", CONTROL);
    refused(
      await run(addTheme, ctx, { ...(await onWheel()), name: NOVEL, pillar: "samenwerking" }),
      "name",
      `Naam van het thema mag hoogstens ${TEXT_LIMITS.name} tekens lang zijn.`,
    );
    refused(await run(updateAmbition, ctx, { ...(await onWheel()), ambition: NOVEL }), "ambition");
    refused(await run(setPriorities, ctx, { ...(await onWheel()), "rank.__proto__": "1" }), "rank.__proto__");
    refused(await run(setPriorities, ctx, { ...(await onWheel()), [`rank.${themeId}`]: "1e30" }), `rank.${themeId}`);
    const plant = await globalIndicatorId(db, "plant_protein");
    const goals = await countRows("wheel_goals", buyer.org.id);
    refused(
      await run(addGoal, ctx, { ...quantitativeGoalForm(plant, { baseValue: HUGE }), ...(await onWheel()), themeId }),
      "baseValue",
      TOO_LARGE_MESSAGE,
    );
    refused(await run(addGoal, ctx, { ...quantitativeGoalForm(plant, { baseYear: 1e30 }), ...(await onWheel()), themeId }), "baseYear");
    refused(
      await run(addGoal, ctx, { ...quantitativeGoalForm(plant, { description: NUL }), ...(await onWheel()), themeId }),
      "description",
      CONTROL,
    );
    expect(await countRows("wheel_themes", buyer.org.id)).toBe(themes);
    expect(await countRows("wheel_goals", buyer.org.id)).toBe(goals);
  });

  it("refuse hostile target names and numbers, and store nothing", async () => {
    const indicator = await globalIndicatorId(db, "co2e");
    const before = await countRows("organisation_targets", buyer.org.id);
    refused(await run(createTarget, buyer.as.coordinator, targetForm(indicator, { name: NUL })), "name", CONTROL);
    refused(await run(createTarget, buyer.as.coordinator, targetForm(indicator, { baseValue: HUGE })), "baseValue", TOO_LARGE_MESSAGE);
    refused(await run(createTarget, buyer.as.coordinator, targetForm(indicator, { "milestones.1.value": 1e30 })), "milestones.1.value");
    refused(await run(createTarget, buyer.as.coordinator, targetForm(indicator, { description: NOVEL })), "description");
    expect(await countRows("organisation_targets", buyer.org.id)).toBe(before);
    refused(await run(createIndicator, buyer.as.coordinator, indicatorForm({ maxValue: HUGE })), "maxValue", TOO_LARGE_MESSAGE);
    refused(await run(createIndicator, buyer.as.coordinator, indicatorForm({ unitLabel: `t${NUL}` })), "unitLabel", CONTROL);
  });
});

describe("members", () => {
  it("refuse constructor as a role, a NUL in an e-mail address and __proto__ as a user id", async () => {
    const invitations = Number(
      (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from invitations where organisation_id = ${buyer.org.id}`))[0].n,
    );
    refused(await run(inviteMember, buyer.as.admin, { email: "nieuw@test.groeipad.nl", role: "constructor" }), "role");
    refused(await run(inviteMember, buyer.as.admin, { email: `nieuw${NUL}@test.groeipad.nl`, role: "viewer" }), "email");
    refused(await run(inviteMember, buyer.as.admin, { email: `${NOVEL}@test.groeipad.nl`, role: "viewer" }), "email");
    refused(
      await run(changeMemberRole, buyer.as.admin, { userId: "__proto__", role: "viewer", version: "1" }),
      "userId",
      "Onbekende verwijzing.",
    );
    expect(
      Number(
        (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from invitations where organisation_id = ${buyer.org.id}`))[0].n,
      ),
    ).toBe(invitations);
  });
});
