import { describe, expect, it } from "vitest";
import { describeStatusRule, kpiStatus, KPI_STATUS_LABELS, type KpiStatusInput } from "@/lib/kpis/status";

const quantitative =
  (direction: KpiStatusInput["direction"], target: string | number, baseline?: string | number) => (actual: string | number) =>
    kpiStatus({ kind: "quantitative", direction, target, baseline, actual }).status;

describe("quantitative, higher is better", () => {
  // Target 100 from a baseline of 60: distance 40, margin 10 % = 4, so at risk from 96.
  const status = quantitative("higher_better", 100, 60);

  it.each([
    ["120", "on_track"],
    ["100", "on_track"], // the target itself is on track
    ["99.9999", "at_risk"],
    ["96", "at_risk"], // the margin boundary itself is at risk
    ["95.9999", "off_track"],
    ["0", "off_track"],
  ])("actual %s → %s", (actual, expected) => {
    expect(status(actual)).toBe(expected);
  });

  it("reports where at risk ends", () => {
    expect(kpiStatus({ kind: "quantitative", direction: "higher_better", target: 100, baseline: 60, actual: 97 })).toEqual({
      status: "at_risk",
      atRiskLimit: "96",
    });
  });

  it("takes 10 % of the target when there is no baseline: at risk from 90", () => {
    const noBaseline = quantitative("higher_better", 100);
    expect([noBaseline("90"), noBaseline("89.9999")]).toEqual(["at_risk", "off_track"]);
  });

  it("takes 10 % of the target when the baseline equals it (a target to hold): at risk from 45", () => {
    const hold = quantitative("higher_better", 50, 50);
    expect([hold("45"), hold("44.9999")]).toEqual(["at_risk", "off_track"]);
  });

  it("uses another margin when given: 25 % of 12,5 − 10 is 0,625, at risk from 11,875", () => {
    const input = { kind: "quantitative" as const, direction: "higher_better" as const, target: "12.5", baseline: 10, marginPercent: 25 };
    expect(kpiStatus({ ...input, actual: "11.875" })).toEqual({ status: "at_risk", atRiskLimit: "11.875" });
    expect(kpiStatus({ ...input, actual: "11.8749" }).status).toBe("off_track");
  });

  it("compares exactly, without rounding the margin: 10 % of 3,3335 is 0,33335", () => {
    // Target 13,3335 from 10: at risk from 13,00015. Rounding the margin to 0,3334 would make
    // 13,0001 at risk; exactly it is off track, and 13,0002 (the reported limit) is at risk.
    const input = { kind: "quantitative" as const, direction: "higher_better" as const, target: "13.3335", baseline: 10 };
    expect(kpiStatus({ ...input, actual: "13.0001" }).status).toBe("off_track");
    expect(kpiStatus({ ...input, actual: "13.0002" })).toEqual({ status: "at_risk", atRiskLimit: "13.0002" });
  });

  it("reports the last value at risk on the safe side for lower is better too", () => {
    // Target 10 from 13,3335 (lower is better): margin 0,33335, at risk up to 10,33335, so 10,3333.
    const input = { kind: "quantitative" as const, direction: "lower_better" as const, target: 10, baseline: "13.3335" };
    expect(kpiStatus({ ...input, actual: "10.3333" })).toEqual({ status: "at_risk", atRiskLimit: "10.3333" });
    expect(kpiStatus({ ...input, actual: "10.3334" }).status).toBe("off_track");
  });
});

describe("quantitative, lower is better (mirrored)", () => {
  // Target 50 t CO2e from a baseline of 80: distance 30, margin 3, at risk up to 53.
  const status = quantitative("lower_better", 50, 80);

  it.each([
    ["40", "on_track"],
    ["50", "on_track"],
    ["50.0001", "at_risk"],
    ["53", "at_risk"],
    ["53.0001", "off_track"],
  ])("actual %s → %s", (actual, expected) => {
    expect(status(actual)).toBe(expected);
  });

  it("reports where at risk ends", () => {
    expect(kpiStatus({ kind: "quantitative", direction: "lower_better", target: 50, baseline: 80, actual: 51 }).atRiskLimit).toBe("53");
  });

  it("has no margin on a target of zero without a baseline", () => {
    const zero = quantitative("lower_better", 0);
    expect([zero("0"), zero("0.0001")]).toEqual(["on_track", "off_track"]);
  });
});

describe("qualitative scores 1–4", () => {
  const status = (target: number, actual: number) => kpiStatus({ kind: "qualitative", direction: "higher_better", target, actual }).status;

  it.each([
    [3, 4, "on_track"],
    [3, 3, "on_track"],
    [3, 2, "at_risk"], // one below
    [3, 1, "off_track"],
    [4, 3, "at_risk"],
    [4, 2, "off_track"],
    [1, 1, "on_track"],
  ])("target %i, score %i → %s", (target, actual, expected) => {
    expect(status(target, actual)).toBe(expected);
  });

  it("ignores the direction: a higher score is always better", () => {
    expect(kpiStatus({ kind: "qualitative", direction: "lower_better", target: 3, actual: 4 }).status).toBe("on_track");
  });

  it.each([0, 5, 2.5])("refuses the score %d", (actual) => {
    expect(() => status(3, actual)).toThrow(RangeError);
  });
});

describe("missing values", () => {
  it.each([null, undefined, ""])("no reported value (%j) is no_data", (actual) => {
    expect(kpiStatus({ kind: "quantitative", direction: "higher_better", target: 100, actual }).status).toBe("no_data");
  });

  it("no target in the quarter is no_target", () => {
    expect(kpiStatus({ kind: "quantitative", direction: "higher_better", target: undefined, actual: 5 }).status).toBe("no_target");
  });

  it("has a Dutch label for every status", () => {
    expect(KPI_STATUS_LABELS).toEqual({
      on_track: "Op koers",
      at_risk: "Risico",
      off_track: "Niet op koers",
      no_data: "Geen waarde",
      no_target: "Geen doel",
    });
  });
});

describe("describeStatusRule", () => {
  it("states the rule per kind and direction", () => {
    expect(describeStatusRule("quantitative", "higher_better")).toBe(
      "Op koers bij een waarde op of boven het doel, risico tot 10 % van de afstand tussen nulmeting en doel eronder, anders niet op koers.",
    );
    expect(describeStatusRule("quantitative", "lower_better", "12.5")).toBe(
      "Op koers bij een waarde op of onder het doel, risico tot 12,5 % van de afstand tussen nulmeting en doel erboven, anders niet op koers.",
    );
    expect(describeStatusRule("qualitative", "higher_better")).toBe(
      "Op koers bij een score gelijk aan of hoger dan de doelscore, risico bij één punt eronder, anders niet op koers.",
    );
  });
});
