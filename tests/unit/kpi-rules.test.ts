import { describe, expect, it } from "vitest";
import {
  AMBITION_LEVEL_INFO,
  AMBITION_LEVELS,
  ambitionLevelOptions,
  compareAmbitionLevels,
  isAmbitionLevel,
} from "@/lib/kpis/ambition-levels";
import { activeQuarters, canCarryMalus, isActiveInQuarter, isQualitativeScore } from "@/lib/kpis/rules";
import { quarterFromKey as q, quarterKey, quarterRange } from "@/lib/periods";

describe("the quarters a KPI is active in", () => {
  const contract = quarterRange(q("2026-Q1"), q("2027-Q4"));

  it("drops a KPI retired in the 2027-Q2 review from 2027-Q3 on, but keeps it in the Q2 report", () => {
    const retired = { activeFrom: q("2026-Q1"), retiredFrom: q("2027-Q3") };
    expect(isActiveInQuarter(retired, q("2027-Q2"))).toBe(true);
    expect(isActiveInQuarter(retired, q("2027-Q3"))).toBe(false);
    expect(activeQuarters(retired, contract).map(quarterKey)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]);
  });

  it("adds a KPI from the quarter after the review that added it, until the end", () => {
    const added = { activeFrom: q("2027-Q3"), retiredFrom: null };
    expect(activeQuarters(added, contract).map(quarterKey)).toEqual(["2027-Q3", "2027-Q4"]);
    expect(isActiveInQuarter(added, q("2027-Q2"))).toBe(false);
  });
});

describe("obligations and scores", () => {
  it("lets only a result obligation carry a malus", () => {
    expect(canCarryMalus("resultaat")).toBe(true);
    expect(canCarryMalus("inspanning")).toBe(false);
  });

  it("accepts whole scores 1 to 4", () => {
    expect([1, 2, 3, 4].every(isQualitativeScore)).toBe(true);
    expect([0, 5, 2.5, Number.NaN].some(isQualitativeScore)).toBe(false);
  });
});

describe("ambition levels (seed 000)", () => {
  it("orders no-regret minimum < plus < maximum", () => {
    expect(AMBITION_LEVELS).toEqual(["no_regret_minimum", "plus", "maximum"]);
    expect(compareAmbitionLevels("no_regret_minimum", "plus")).toBeLessThan(0);
    expect(compareAmbitionLevels("maximum", "plus")).toBeGreaterThan(0);
    expect(compareAmbitionLevels("plus", "plus")).toBe(0);
  });

  it("has Dutch labels and an explanation for every level", () => {
    expect(ambitionLevelOptions).toEqual([
      { value: "no_regret_minimum", label: "No-regret minimum" },
      { value: "plus", label: "Plus" },
      { value: "maximum", label: "Maximum" },
    ]);
    for (const level of AMBITION_LEVELS) expect(AMBITION_LEVEL_INFO[level].explanation.length).toBeGreaterThan(40);
  });

  it("recognises level codes", () => {
    expect(isAmbitionLevel("plus")).toBe(true);
    expect(isAmbitionLevel("Plus")).toBe(false);
  });
});
