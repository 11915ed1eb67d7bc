// The assessment tools (maturity, people growth model, cooperation decision tree) against a real
// database: saving and reading back, the role checks, and tenant isolation of the saved rows.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { saveCooperationTreeAssessment, saveMaturityAssessment, savePeopleGrowthAssessment } from "@/lib/guidance/assessment/actions";
import { getAssessment, listAssessments, type AssessmentTool } from "@/lib/guidance/assessment/queries";
import { amsterdamToday } from "@/lib/time";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, type Team } from "../fixtures/factories";
import { maturityForm, peopleForm, saveMaturityAs, savePeopleAs, saveTreeAs, treeForm } from "../fixtures/guidance-tools";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplier: Team<SupplierRole>;

beforeAll(async () => {
  [a, b, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
});

const read = (ctx: Caller, tool: AssessmentTool, id: string) =>
  withTenant(scopeOf(ctx), (tx) => getAssessment(tx, { tenantId: ctx.org.id, tool, id }), db);
const list = (ctx: Caller, tool: AssessmentTool) =>
  withTenant(scopeOf(ctx), (tx) => listAssessments(tx, { tenantId: ctx.org.id, tool }), db);

describe("saving and reading assessments", () => {
  it("keeps the ticked maturity items in the figure's order, with the date, and records it", async () => {
    const id = await saveMaturityAs(a.as.coordinator, ["2.1", "1.1", "1.2", "1.3", "1.4"], {
      title: "Zelfscan inkoopfunctie",
      assessedOn: "2026-02-10",
      notes: "Ingevuld in het MT.",
    });
    expect(await read(a.as.viewer, "maturity", id)).toMatchObject({
      title: "Zelfscan inkoopfunctie",
      assessedOn: "2026-02-10",
      data: {
        ticked: ["1.1", "1.2", "1.3", "1.4", "2.1"],
        notes: "Ingevuld in het MT.",
      },
      createdByName: "Test coordinator",
    });
    const events = await queryRows<{ action: string; actor_user_id: string }>(
      db,
      sql`select action, actor_user_id from audit_events where entity = 'guidance_assessment' and entity_id = ${id}`,
    );
    expect(events).toEqual([{ action: "create", actor_user_id: a.as.coordinator.userId }]);
  });

  it("keeps the people distribution as numbers and lists the estimates of a tool only, newest date first", async () => {
    const older = await savePeopleAs(a.as.admin, ["55", "30", "15"], {
      assessedOn: "2025-09-01",
    });
    const newer = await savePeopleAs(a.as.admin, ["40", "33,5", "26,5"], {
      assessedOn: "2026-03-01",
    });
    const tree = await saveTreeAs(a.as.admin);
    expect((await read(a.as.viewer, "people_growth", newer)).data).toEqual({
      shares: {
        afwachtende_realisten: 40,
        intuitieve_volgers: 33.5,
        actieve_ambassadeurs: 26.5,
      },
      notes: null,
    });
    const ids = (await list(a.as.viewer, "people_growth")).map((r) => r.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(ids).not.toContain(tree);
    // An id of another tool reads as missing, so a tree result never renders as a distribution.
    await expect(read(a.as.viewer, "people_growth", tree)).rejects.toThrow(NotFoundError);
  });

  it("keeps the decision-tree path, including the long-term branch", async () => {
    const id = await saveTreeAs(a.as.coordinator, {
      term: "lang",
      input: "wisselend",
      level: "bundelen",
    });
    expect((await read(a.as.contract_manager, "cooperation_tree", id)).data).toEqual({
      term: "lang",
      input: "wisselend",
      level: "bundelen",
      notes: null,
    });
  });
});

describe("refusing wrong input, in Dutch, at the field", () => {
  it("refuses shares that do not add up to 100 % and an empty title together", async () => {
    const result = await savePeopleGrowthAssessment.run(a.as.admin, peopleForm(["50", "30", "30"], { title: " " }));
    expect(result).toMatchObject({
      ok: false,
      code: "ValidationError",
      fieldErrors: {
        title: "Vul de titel in.",
        shares: "De drie aandelen moeten samen 100 % zijn; nu is het samen 110\u00a0%.",
      },
    });
  });

  it("refuses a missing or future date and an item that is not in the figure", async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(tomorrow > amsterdamToday()).toBe(true);
    expect(await saveMaturityAssessment.run(a.as.admin, maturityForm(["1.1", "9.9"], { assessedOn: tomorrow }))).toMatchObject({
      ok: false,
      fieldErrors: {
        assessedOn: "De datum van de inschatting mag niet in de toekomst liggen.",
        item: "Kies alleen onderdelen uit het volwassenheidsmodel.",
      },
    });
    expect(await saveMaturityAssessment.run(a.as.admin, maturityForm([], { assessedOn: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { assessedOn: "Vul de datum van de inschatting in." },
    });
  });

  it("refuses a path that is not in the tree", async () => {
    const result = await saveCooperationTreeAssessment.run(a.as.admin, treeForm({ term: "kort", input: "wisselend", level: "informatie" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        input: expect.stringContaining("alleen bij een lange-termijnsamenwerking"),
      },
    });
  });
});

describe("who may save", () => {
  it("refuses the viewer and the contract manager of the buyer, every supplier role and an anonymous caller", async () => {
    const runs = [
      (ctx: Caller | null) => saveMaturityAssessment.run(ctx, maturityForm()),
      (ctx: Caller | null) => savePeopleGrowthAssessment.run(ctx, peopleForm()),
      (ctx: Caller | null) => saveCooperationTreeAssessment.run(ctx, treeForm()),
    ];
    for (const run of runs) {
      for (const ctx of [a.as.viewer, a.as.contract_manager, supplier.as.admin, supplier.as.reporter, supplier.as.viewer]) {
        expect(await run(ctx)).toMatchObject({
          ok: false,
          code: "ForbiddenError",
        });
      }
      expect(await run(null)).toMatchObject({
        ok: false,
        code: "UnauthenticatedError",
      });
    }
  });
});

describe("tenant isolation", () => {
  it("gives another tenant's assessment id, a malformed id and an unknown id the same 'not found'", async () => {
    const id = await saveTreeAs(a.as.admin);
    await expect(read(b.as.admin, "cooperation_tree", id)).rejects.toThrow(NotFoundError);
    await expect(read(a.as.admin, "cooperation_tree", "niet-een-id")).rejects.toThrow(NotFoundError);
    await expect(read(a.as.admin, "cooperation_tree", randomUUID())).rejects.toThrow(NotFoundError);
    expect((await list(b.as.admin, "cooperation_tree")).map((r) => r.id)).not.toContain(id);
    // Row-level security as the second wall: A's rows asked for inside B's scope come back empty.
    const leaked = await withTenant(scopeOf(b.as.admin), (tx) => listAssessments(tx, { tenantId: a.org.id, tool: "cooperation_tree" }), db);
    expect(leaked).toEqual([]);
  });
});

describe("the demo assessments", () => {
  it("gives Voorbeeldstad one saved result per tool (two people estimates for the trend), readable through lib/", async () => {
    const { seedDemoGuidanceTools } = await import("@/db/seed/demo-guidance-tools");
    const { maturityPosition } = await import("@/lib/guidance/maturity/rules");
    const { cooperationOutcome } = await import("@/lib/guidance/cooperation-tree/rules");
    const stad = await createBuyer(db);
    await seedDemoGuidanceTools(db, {
      orgIds: new Map([["voorbeeldstad", stad.org.id]]),
      userIds: new Map([["joris.bakker@voorbeeldstad.example", stad.as.coordinator.userId]]),
    });
    const [maturity] = await list(stad.as.viewer, "maturity");
    expect(maturityPosition(maturity!.data.ticked as string[]).reached).toBe(1);
    expect((await list(stad.as.viewer, "people_growth")).map((r) => r.assessedOn)).toEqual(["2026-02-03", "2025-06-12"]);
    const [tree] = await list(stad.as.viewer, "cooperation_tree");
    expect(cooperationOutcome(tree!.data as never).levels.map((l) => l.label)).toEqual([
      "Delen van informatie",
      "Gezamenlijk een standaard creëren",
    ]);
  });
});
