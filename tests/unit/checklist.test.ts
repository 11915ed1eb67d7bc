import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { CHECKLIST_SCALE, CHECKLIST_STATEMENTS, CHECKLIST_THEMES, THEME_SUMMARY_NOTE } from "@/lib/guidance/checklist/content";
import { PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP } from "@/lib/guidance/source";
import {
  checklistTrend,
  parseChecklistAnswers,
  statementSummaries,
  summarizeScores,
  themeSummaries,
  type ChecklistResponse,
} from "@/lib/guidance/checklist/rules";
import { formatReference } from "@/lib/guidance/reference";

describe("checklist content matches section IV of the PIANOo document", () => {
  it("has the three themes in order", () => {
    expect(CHECKLIST_THEMES.map((t) => [t.section, t.title])).toEqual([
      ["IV.1", "Is de strategie duidelijk en haalbaar?"],
      ["IV.2", "Zijn de inkoopprocessen op orde?"],
      ["IV.3", "Zijn de mensen, middelen en de cultuur er klaar voor?"],
    ]);
  });

  it("has the twelve statements, word for word and in order (3 + 2 + 7)", () => {
    expect(CHECKLIST_STATEMENTS.map((s) => [s.id, s.theme, s.text])).toEqual([
      ["1.1", "strategie", "Zijn de beleidsambities bij alle betrokkenen duidelijk en bekend?"],
      ["1.2", "strategie", "Is het duidelijk hoe wordt omgegaan met conflicterende beleidsdoelstellingen?"],
      ["1.3", "strategie", "Is er voldoende awareness binnen de organisatie over strategisch inkopen op alle niveaus van de organisatie?"],
      ["2.1", "processen", "Zijn er checks & balances? Wordt er getoetst of de theorie in lijn is met de praktijk?"],
      ["2.2", "processen", "Zijn alle verantwoordelijkheden belegd en zijn deze voor iedereen helder?"],
      ["3.1", "mensen-middelen-cultuur", "Zijn de inkoopambities in lijn met de inkoopvolwassenheid van de organisatie?"],
      ["3.2", "mensen-middelen-cultuur", "Beschikken inkoopteams over de benodigde competenties zoals projectmanagement skills?"],
      ["3.3", "mensen-middelen-cultuur", "Wordt er gebruik gemaakt van E-procurement tools zoals:"],
      ["3.4", "mensen-middelen-cultuur", "Wordt er op regelmatige basis stilgestaan bij leerpunten en worden deze goed opgepakt?"],
      ["3.5", "mensen-middelen-cultuur", "Zorgt de toplaag mede voor een open cultuur, waarbij het leren uit fouten wordt gestimuleerd?"],
      ["3.6", "mensen-middelen-cultuur", "Is er een organisatiebrede bereidheid om samen te werken en ‘los te laten’?"],
      ["3.7", "mensen-middelen-cultuur", "Wordt er goed gecommuniceerd?"],
    ]);
    expect(CHECKLIST_STATEMENTS.find((s) => s.id === "3.3")!.items).toEqual([
      "E-sourcing",
      "Collaborative Product Commerce (CPC)",
      "E-tendering",
      "E-reverse auctioning",
      "Web-based ERP",
      "E-ordering",
      "Purchasing intelligence",
      "E-contractmanagement",
    ]);
  });

  it("scores 1–4 with the document's labels", () => {
    expect(CHECKLIST_SCALE.map((s) => [s.score, s.label])).toEqual([
      [1, "Oneens"],
      [2, "Eerder oneens"],
      [3, "Eerder eens"],
      [4, "Helemaal eens"],
    ]);
  });

  it("gives every statement tips in our own words, each pointing at the statement in its theme's section", () => {
    const ids = CHECKLIST_STATEMENTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(12);
    for (const statement of CHECKLIST_STATEMENTS) {
      const theme = CHECKLIST_THEMES.find((t) => t.id === statement.theme)!;
      expect(statement.tips.length, statement.id).toBeGreaterThan(0);
      for (const tip of statement.tips) {
        expect(tip.text.trim().length, statement.id).toBeGreaterThan(30);
        expect(tip.reference.document).toBe(PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP);
        expect(tip.reference.section).toBe(theme.section);
        expect(tip.reference.locator).toMatch(new RegExp(`^stelling ${statement.id.replace(".", "\\.")}\\b`));
        expect(formatReference(tip.reference)).toContain(`§ ${theme.section} ${theme.title}`);
      }
    }
  });
});

// Three people answer round 1; two answer round 2; nobody answers round 3.
const round1: ChecklistResponse[] = [
  { respondentId: "a", answers: { "1.1": 4, "1.2": 2, "1.3": 3, "2.1": 1 } },
  { respondentId: "b", answers: { "1.1": 3, "1.2": 2, "2.1": 2, "2.2": 4 } },
  { respondentId: "c", answers: { "1.1": 3, "1.3": 1 } },
];
const round2: ChecklistResponse[] = [
  { respondentId: "a", answers: { "1.1": 4, "2.1": 3 } },
  { respondentId: "b", answers: { "1.1": 4, "2.1": 3, "2.2": 4 } },
];

describe("scoring", () => {
  it("summarizes scores: 4, 3, 3, 1 → one 1, two 3s, one 4, mean 11 / 4 = 2,75", () => {
    expect(summarizeScores([4, 3, 3, 1])).toEqual({ count: 4, distribution: { 1: 1, 2: 0, 3: 2, 4: 1 }, mean: 2.75 });
    expect(summarizeScores([])).toEqual({ count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0 }, mean: null });
  });

  it("per statement: distribution and mean of the people who answered it", () => {
    const byId = Object.fromEntries(statementSummaries(round1).map((s) => [s.statementId, s]));
    expect(Object.keys(byId)).toEqual(CHECKLIST_STATEMENTS.map((s) => s.id));
    expect(byId["1.1"]).toMatchObject({ count: 3, distribution: { 1: 0, 2: 0, 3: 2, 4: 1 } });
    expect(byId["1.1"]!.mean).toBeCloseTo(10 / 3, 10); // (4 + 3 + 3) / 3
    expect(byId["1.2"]).toMatchObject({ count: 2, mean: 2 }); // c left it open
    expect(byId["1.3"]).toMatchObject({ count: 2, mean: 2 }); // (3 + 1) / 2
    expect(byId["2.1"]).toMatchObject({ count: 2, mean: 1.5 });
    expect(byId["2.2"]).toMatchObject({ count: 1, mean: 4 });
    expect(byId["3.7"]).toMatchObject({ count: 0, mean: null });
  });

  it("per theme: all answers pooled, labelled as our own summary", () => {
    const [strategie, processen, mensen] = themeSummaries(round1);
    // Strategie: 4, 2, 3, 3, 2, 3, 1 → 18 / 7, not the mean of statement means (≈ 2,44).
    expect(strategie).toMatchObject({ themeId: "strategie", count: 7, distribution: { 1: 1, 2: 2, 3: 3, 4: 1 } });
    expect(strategie!.mean).toBeCloseTo(18 / 7, 10);
    // Processen: 1, 2, 4 → 7 / 3.
    expect(processen).toMatchObject({ themeId: "processen", count: 3, distribution: { 1: 1, 2: 1, 3: 0, 4: 1 } });
    expect(processen!.mean).toBeCloseTo(7 / 3, 10);
    expect(mensen).toMatchObject({ themeId: "mensen-middelen-cultuur", count: 0, mean: null });
    expect(strategie!.note).toBe(THEME_SUMMARY_NOTE);
    expect(THEME_SUMMARY_NOTE).toMatch(/^Eigen samenvatting/);
  });

  it("follows means over rounds with the change against the previous round", () => {
    const trend = checklistTrend([
      { id: "r1", label: "2026", responses: round1 },
      { id: "r2", label: "2027", responses: round2 },
      { id: "r3", label: "2028", responses: [] },
    ]);
    const s11 = trend.statements["1.1"];
    expect(s11.map((p) => [p.roundId, p.count])).toEqual([
      ["r1", 3],
      ["r2", 2],
      ["r3", 0],
    ]);
    expect(s11[0]!.change).toBeNull();
    expect(s11[1]!.mean).toBe(4);
    expect(s11[1]!.change).toBeCloseTo(4 - 10 / 3, 10); // +0,67
    expect(s11[2]).toMatchObject({ mean: null, change: null });
    expect(trend.statements["1.2"][1]).toMatchObject({ mean: null, change: null }); // nobody answered 1.2 in r2

    const processen = trend.themes.processen;
    expect(processen[1]!.mean).toBeCloseTo(10 / 3, 10); // 3, 3, 4
    expect(processen[1]!.change).toBeCloseTo(1, 10); // 10/3 − 7/3
    expect(trend.themes.strategie[1]!.change).toBeCloseTo(4 - 18 / 7, 10);
    expect(trend.themes["mensen-middelen-cultuur"].every((p) => p.mean === null && p.change === null)).toBe(true);
  });
});

describe("parseChecklistAnswers", () => {
  it("accepts scores 1–4 for known statements and leaves open ones out", () => {
    expect(parseChecklistAnswers({ "1.1": 1, "3.7": 4, "2.2": null })).toEqual({ "1.1": 1, "3.7": 4 });
  });

  it.each([
    ["a score of 5", { "1.1": 5 }, "answers.1.1", "Kies bij stelling 1.1 een score van 1 (Oneens) tot en met 4 (Helemaal eens)."],
    ["a score of 0", { "2.1": 0 }, "answers.2.1", "Kies bij stelling 2.1 een score van 1 (Oneens) tot en met 4 (Helemaal eens)."],
    ["a fraction", { "3.3": 2.5 }, "answers.3.3", "Kies bij stelling 3.3 een score van 1 (Oneens) tot en met 4 (Helemaal eens)."],
    ["a text", { "3.3": "3" }, "answers.3.3", "Kies bij stelling 3.3 een score van 1 (Oneens) tot en met 4 (Helemaal eens)."],
    ["an unknown statement", { "4.1": 3 }, "answers.4.1", "Stelling 4.1 bestaat niet in de checklist."],
  ])("refuses %s", (_, input, field, message) => {
    try {
      parseChecklistAnswers(input);
      expect.unreachable("invalid answers were accepted");
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ [field]: message });
    }
  });

  it("refuses a list instead of answers per statement", () => {
    expect(() => parseChecklistAnswers([3, 4])).toThrow(ValidationError);
  });
});
