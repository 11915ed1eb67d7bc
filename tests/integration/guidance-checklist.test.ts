import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { answerChecklist, closeChecklistRound, openChecklistRound } from "@/lib/guidance/checklist/actions";
import { checklistTrend, statementSummaries, themeSummaries } from "@/lib/guidance/checklist/rules";
import { themeTrendRows } from "@/lib/guidance/checklist/view";
import { checklistComments, checklistResponses, getChecklistRound, myChecklistAnswers } from "@/lib/guidance/checklist/queries";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, type Team } from "../fixtures/factories";
import { answerAs, answerForm, closeRoundAs, openRoundAs } from "../fixtures/guidance";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplier: Team<SupplierRole>;

beforeAll(async () => {
  [a, b, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
});

const inScope = <T>(ctx: Caller, work: Parameters<typeof withTenant<T>>[1]) => withTenant(scopeOf(ctx), work, db);
const mine = (ctx: Caller, roundId: string) =>
  inScope(ctx, (tx) => myChecklistAnswers(tx, { tenantId: ctx.org.id, roundId, userId: ctx.userId }));
const responsesOf = async (ctx: Caller, roundIds: string[]) =>
  inScope(ctx, (tx) => checklistResponses(tx, { tenantId: ctx.org.id, roundIds }));
const auditOf = (id: string) =>
  queryRows<{ action: string; after: unknown }>(
    db,
    sql`select action, after from audit_events where entity = 'checklist_round' and entity_id = ${id} order by created_at, id`,
  );

describe("a checklist round", () => {
  it("is opened by the coordinator, answered in parts and changed by everyone, then closed and read-only", async () => {
    const round = await openRoundAs(a.as.coordinator, "Nulmeting");

    // The viewer saves two statements, then changes one and adds another: one answer per statement.
    await answerAs(a.as.viewer, round.id, { "1.1": 3, "1.2": 2 }, { "1.1": "Bekend bij inkoop." });
    const saved = await answerAs(a.as.viewer, round.id, { "1.1": 4, "2.1": 1 }, { "1.1": "Bekend bij inkoop, niet bij de vakafdelingen." });
    expect(saved).toEqual({ saved: 2, answered: 3 });
    const viewerAnswers = await mine(a.as.viewer, round.id);
    expect(Object.fromEntries(viewerAnswers.map((r) => [r.statementId, [r.score, r.comment]]))).toEqual({
      "1.1": [4, "Bekend bij inkoop, niet bij de vakafdelingen."],
      "1.2": [2, null],
      "2.1": [1, null],
    });

    await answerAs(a.as.contract_manager, round.id, { "1.1": 3, "3.3": 4 });
    const closed = await closeRoundAs(a.as.coordinator, round.id, 1);
    expect(closed.version).toBe(2);
    expect((await inScope(a.as.viewer, (tx) => getChecklistRound(tx, { tenantId: a.org.id, id: round.id }))).closedAt).toBeInstanceOf(Date);

    // Closed means closed: no new answers, no changes, no second close.
    const late = await answerChecklist.run(a.as.viewer, answerForm(round.id, { "1.1": 1 }));
    expect(late).toMatchObject({
      ok: false,
      code: "ConflictError",
      error: "Deze ronde is gesloten: antwoorden kunnen niet meer worden gewijzigd.",
    });
    expect(await answerChecklist.run(a.as.admin, answerForm(round.id, { "3.1": 2 }))).toMatchObject({ ok: false, code: "ConflictError" });
    expect(await closeChecklistRound.run(a.as.admin, { roundId: round.id, version: "2" })).toMatchObject({
      ok: false,
      error: "Deze ronde is al gesloten.",
    });
    expect((await mine(a.as.viewer, round.id)).find((r) => r.statementId === "1.1")!.score).toBe(4);

    // Every change is in the audit log; the answers' scores are not (the log names the person).
    const events = await auditOf(round.id);
    expect(events.map((e) => e.action)).toEqual(["open", "answer", "answer", "answer", "close"]);
    expect(events[2]!.after).toEqual({ statements: ["1.1", "2.1"] });
  });

  it("refuses a stale version when closing", async () => {
    const round = await openRoundAs(a.as.admin);
    expect(await closeChecklistRound.run(a.as.coordinator, { roundId: round.id, version: "7" })).toMatchObject({
      ok: false,
      code: "ConflictError",
    });
  });

  it("reports wrong input at the field: a score outside 1–4, a comment without a score, nothing chosen", async () => {
    const round = await openRoundAs(a.as.coordinator);
    const result = await answerChecklist.run(a.as.viewer, {
      ...answerForm(round.id, { "1.1": 5 }),
      "comment:1.2": "Zonder score",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "ValidationError",
      fieldErrors: {
        "score:1.1": "Kies bij stelling 1.1 een score van 1 (Oneens) tot en met 4 (Helemaal eens).",
        "comment:1.2": "Kies bij stelling 1.2 ook een score; een opmerking hoort bij een score.",
      },
    });
    expect(await answerChecklist.run(a.as.viewer, answerForm(round.id, {}))).toMatchObject({
      ok: false,
      error: "Kies bij minstens één stelling een score.",
    });
    expect(await mine(a.as.viewer, round.id)).toEqual([]);
  });
});

describe("who may do what with a round", () => {
  it("lets a viewer answer but not open or close", async () => {
    const round = await openRoundAs(a.as.coordinator);
    expect(await answerChecklist.run(a.as.viewer, answerForm(round.id, { "1.1": 2 }))).toMatchObject({ ok: true });
    expect(await openChecklistRound.run(a.as.viewer, { title: "Eigen ronde" })).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await closeChecklistRound.run(a.as.viewer, { roundId: round.id, version: "1" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect(await closeChecklistRound.run(a.as.contract_manager, { roundId: round.id, version: "1" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
  });

  it("refuses a supplier everything", async () => {
    const round = await openRoundAs(a.as.coordinator);
    for (const ctx of Object.values(supplier.as)) {
      expect(await openChecklistRound.run(ctx, { title: "Ronde" })).toMatchObject({ code: "ForbiddenError" });
      expect(await answerChecklist.run(ctx, answerForm(round.id, { "1.1": 2 }))).toMatchObject({ code: "ForbiddenError" });
      expect(await closeChecklistRound.run(ctx, { roundId: round.id, version: "1" })).toMatchObject({ code: "ForbiddenError" });
    }
  });

  it("treats another tenant's round and a malformed id as not found", async () => {
    const round = await openRoundAs(a.as.coordinator);
    for (const roundId of [round.id, "abc", randomUUID()]) {
      expect(await answerChecklist.run(b.as.viewer, answerForm(roundId, { "1.1": 2 }))).toMatchObject({ code: "NotFoundError" });
      expect(await closeChecklistRound.run(b.as.coordinator, { roundId, version: "1" })).toMatchObject({ code: "NotFoundError" });
    }
    await expect(inScope(b.as.admin, (tx) => getChecklistRound(tx, { tenantId: b.org.id, id: round.id }))).rejects.toThrow(NotFoundError);
    // The round is untouched and still open for its own organisation.
    expect((await inScope(a.as.admin, (tx) => getChecklistRound(tx, { tenantId: a.org.id, id: round.id }))).closedAt).toBeNull();
    // Row-level security: A's answers are invisible inside B's scope even when asked for by A's tenant id.
    await answerAs(a.as.admin, round.id, { "1.1": 4 });
    const leaked = await inScope(b.as.admin, (tx) => checklistResponses(tx, { tenantId: a.org.id, roundIds: [round.id] }));
    expect(leaked.get(round.id)).toEqual([]);
  });
});

describe("results of a round", () => {
  it("aggregate per statement and per theme to the hand-computed numbers, with comments but no names", async () => {
    const c = await createBuyer(db);
    const first = await openRoundAs(c.as.coordinator, "Ronde 1");
    await answerAs(c.as.viewer, first.id, { "1.1": 4, "1.2": 2, "2.1": 1 }, { "1.1": "Beleid is bekend bij inkoop." });
    await answerAs(
      c.as.admin,
      first.id,
      { "1.1": 3, "1.2": 1, "1.3": 4, "2.1": 2, "2.2": 2 },
      { "1.1": "Ambities staan in het inkoopplan." },
    );
    await answerAs(c.as.contract_manager, first.id, { "1.1": 3, "3.3": 4 });
    const second = await openRoundAs(c.as.coordinator, "Ronde 2");
    await answerAs(c.as.viewer, second.id, { "1.1": 2, "3.1": 3 });

    const responses = await responsesOf(c.as.viewer, [first.id, second.id]);
    const firstResponses = responses.get(first.id)!;
    expect(firstResponses).toHaveLength(3);
    // No user ids in the results: respondents are numbered per round.
    expect(firstResponses.map((r) => r.respondentId).sort()).toEqual(["1", "2", "3"]);

    const statements = Object.fromEntries(statementSummaries(firstResponses).map((s) => [s.statementId, s]));
    expect(statements["1.1"]).toMatchObject({ count: 3, distribution: { 1: 0, 2: 0, 3: 2, 4: 1 } });
    expect(statements["1.1"]!.mean).toBeCloseTo(10 / 3);
    expect(statements["1.2"]).toMatchObject({ count: 2, distribution: { 1: 1, 2: 1, 3: 0, 4: 0 }, mean: 1.5 });
    expect(statements["1.3"]).toMatchObject({ count: 1, mean: 4 });
    expect(statements["2.1"]).toMatchObject({ count: 2, mean: 1.5 });
    expect(statements["3.3"]).toMatchObject({ count: 1, distribution: { 1: 0, 2: 0, 3: 0, 4: 1 }, mean: 4 });
    expect(statements["3.7"]).toMatchObject({ count: 0, mean: null });

    // Strategie pools 4,3,3 + 2,1 + 4 = 17 over 6 answers; processen 1,2 + 2 = 5 over 3; mensen 4 over 1.
    const themes = Object.fromEntries(themeSummaries(firstResponses).map((t) => [t.themeId, t]));
    expect(themes.strategie).toMatchObject({ count: 6, distribution: { 1: 1, 2: 1, 3: 2, 4: 2 } });
    expect(themes.strategie!.mean).toBeCloseTo(17 / 6);
    expect(themes.processen).toMatchObject({ count: 3, distribution: { 1: 1, 2: 2, 3: 0, 4: 0 } });
    expect(themes.processen!.mean).toBeCloseTo(5 / 3);
    expect(themes["mensen-middelen-cultuur"]).toMatchObject({ count: 1, mean: 4 });

    // The trend: strategie 17/6 → 2, processen 5/3 → no answers, mensen 4 → 3.
    const trend = themeTrendRows(
      checklistTrend([
        { id: first.id, label: "Ronde 1", responses: firstResponses },
        { id: second.id, label: "Ronde 2", responses: responses.get(second.id)! },
      ]),
    );
    expect(trend.map((r) => r.label)).toEqual(["Ronde 1", "Ronde 2"]);
    expect(trend[0]!.strategie).toBeCloseTo(17 / 6);
    expect(trend[1]).toMatchObject({ strategie: 2, processen: null, "mensen-middelen-cultuur": 3 });

    const comments = await inScope(c.as.viewer, (tx) => checklistComments(tx, { tenantId: c.org.id, roundId: first.id }));
    expect(comments).toEqual([
      { statementId: "1.1", comment: "Ambities staan in het inkoopplan." },
      { statementId: "1.1", comment: "Beleid is bekend bij inkoop." },
    ]);
  });
});
