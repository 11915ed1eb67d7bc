import { describe, expect, it } from "vitest";
import { checklistTrend, statementSummaries, themeSummaries, type ChecklistResponse } from "@/lib/guidance/checklist/rules";
import { describeDistribution, describeTrend, statementRows, themeRows, themeTrendRows } from "@/lib/guidance/checklist/view";

const responses: ChecklistResponse[] = [
  { respondentId: "1", answers: { "1.1": 4, "1.2": 2 } },
  { respondentId: "2", answers: { "1.1": 3, "1.2": 1, "2.1": 2 } },
  { respondentId: "3", answers: { "1.1": 3 } },
];

describe("checklist results as shown on the page", () => {
  it("gives a row per statement with the counts per score, answers and mean", () => {
    const rows = statementRows(statementSummaries(responses));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({
      key: "1.1",
      label: "1.1",
      text: "Zijn de beleidsambities bij alle betrokkenen duidelijk en bekend?",
      count: 3,
      mean: 10 / 3,
      scores: [0, 0, 2, 1],
    });
    expect(themeRows(themeSummaries(responses)).map((r) => [r.label, r.count, r.scores])).toEqual([
      ["Strategie", 5, [1, 1, 2, 1]],
      ["Processen", 1, [0, 1, 0, 0]],
      ["Mensen, middelen en cultuur", 0, [0, 0, 0, 0]],
    ]);
  });

  it("says in words what the chart draws: only the scores given, the mean with a decimal comma", () => {
    const rows = statementRows(statementSummaries(responses)).slice(0, 3);
    expect(describeDistribution(rows, "Stelling")).toBe(
      "Stelling 1.1: 3 antwoorden; 2× Eerder eens, 1× Helemaal eens; gemiddeld 3,3. " +
        "Stelling 1.2: 2 antwoorden; 1× Oneens, 1× Eerder oneens; gemiddeld 1,5. " +
        "Stelling 1.3: geen antwoorden.",
    );
  });

  it("describes the trend per theme over the rounds", () => {
    const rows = themeTrendRows(
      checklistTrend([
        { id: "r1", label: "Nulmeting", responses },
        { id: "r2", label: "Meting 2026", responses: [{ respondentId: "1", answers: { "1.1": 4, "2.2": 3 } }] },
      ]),
    );
    expect(rows[1]).toEqual({ roundId: "r2", label: "Meting 2026", strategie: 4, processen: 3, "mensen-middelen-cultuur": null });
    expect(describeTrend(rows)).toBe(
      "Strategie: Nulmeting 2,6, Meting 2026 4. Processen: Nulmeting 2, Meting 2026 3. " +
        "Mensen, middelen en cultuur: Nulmeting geen antwoorden, Meting 2026 geen antwoorden.",
    );
    expect(describeTrend([])).toBe("Nog geen rondes met antwoorden.");
  });
});
