import { describe, expect, it } from "vitest";
import { formatTarget, growthPathChart, scoreChoiceLabel } from "@/lib/kpis/chart";
import { formatMeasure } from "@/lib/format";
import { targetsByQuarter } from "@/lib/kpis/growth-path";
import { quarterFromKey, quarterRange } from "@/lib/periods";

const quarters = quarterRange(quarterFromKey("2026-Q1"), quarterFromKey("2026-Q4"));
const versions = [
  {
    version: 1,
    effectiveFrom: "2026-Q1",
    interpolation: "step" as const,
    milestones: [
      { quarter: "2026-Q1", value: "40" },
      { quarter: "2026-Q3", value: "50" },
    ],
    reason: null,
  },
  {
    version: 2,
    effectiveFrom: "2026-Q3",
    interpolation: "step" as const,
    milestones: [{ quarter: "2026-Q3", value: "60" }],
    reason: "Kwartaalgesprek",
  },
];
const asRule = versions.map((v) => ({
  ...v,
  effectiveFrom: quarterFromKey(v.effectiveFrom),
  milestones: v.milestones.map((m) => ({ quarter: quarterFromKey(m.quarter), value: m.value })),
}));
const kpi = {
  name: "Plantaardig",
  kind: "quantitative" as const,
  indicator: { unitLabel: "%" },
  baselineQuarter: null,
  baselineValue: null,
  versions,
  targets: targetsByQuarter(asRule, quarters),
};

describe("growth-path chart data", () => {
  it("draws the path in force and the replaced version from the quarter before its successor", () => {
    const chart = growthPathChart(kpi, quarters);
    expect(chart.targets).toEqual([40, 40, 60, 60]);
    expect(chart.superseded).toEqual([{ version: 1, label: "Versie 1 (vervangen vanaf 2026 K3)", values: [null, 40, 50, 50] }]);
    expect(chart.changes).toEqual([{ key: "2026-Q3", version: 2 }]);
  });

  it("describes the path in one text alternative", () => {
    expect(growthPathChart(kpi, quarters).description).toBe(
      "Groeipad van Plantaardig: het doel gaat van 40\u00a0% in 2026 K1 naar 60\u00a0% in 2026 K4, met mijlpalen 2026 K1 40\u00a0%, 2026 K3 60\u00a0%. " +
        "Trapsgewijs: het doel blijft gelijk tot de volgende mijlpaal. Versie 2 geldt vanaf 2026 K3; eerdere doelen blijven staan.",
    );
  });

  it("shows a qualitative target as a score with what it means", () => {
    const meanings = { "1": "Geen plan", "2": "Plan ligt er", "3": "In uitvoering", "4": "Aantoonbaar resultaat" };
    expect(formatTarget("3", { kind: "qualitative", indicator: null, scoreMeanings: meanings })).toBe("score 3 (In uitvoering)");
    expect(formatTarget("3.0000", { kind: "qualitative", indicator: null, scoreMeanings: meanings })).toBe("score 3 (In uitvoering)");
    expect(formatTarget("3", { kind: "qualitative", indicator: null })).toBe("score 3");
    expect(formatTarget("2", { kind: "qualitative", indicator: null, scoreMeanings: { "2": "Wegwerp bij evenementen." } })).toBe(
      "score 2 (Wegwerp bij evenementen)",
    );
    expect(formatTarget("1.25", { kind: "quantitative", indicator: { unitLabel: "kg" } })).toBe("1,25\u00a0kg");
  });

  it("offers each score with its meaning as a choice", () => {
    expect(scoreChoiceLabel("1", { "1": "Geen plan" })).toBe("1 – Geen plan");
    expect(scoreChoiceLabel("2", { "1": "Geen plan", "2": " " })).toBe("2");
    expect(scoreChoiceLabel("4", null)).toBe("4");
  });

  it("draws a score path stepwise, also a version stored as linear: no target between two whole scores", () => {
    const scorePath = [
      {
        ...versions[0],
        interpolation: "linear" as const,
        milestones: [
          { quarter: "2026-Q1", value: "2" },
          { quarter: "2026-Q4", value: "4" },
        ],
      },
      { ...versions[1], effectiveFrom: "2026-Q4", milestones: [{ quarter: "2026-Q4", value: "4" }] },
    ];
    const chart = growthPathChart({ ...kpi, kind: "qualitative", indicator: null, versions: scorePath, targets: [] }, quarters);
    expect(chart.superseded[0].values).toEqual([null, null, 2, 4]);
  });
});

describe("values with their unit", () => {
  it("puts the euro sign of a money unit in front", () => {
    expect(formatMeasure("38.5", "€ MKI per ton")).toBe("€\u00a038,50 MKI per ton");
    expect(formatMeasure("45", "%")).toBe("45\u00a0%");
  });
});
