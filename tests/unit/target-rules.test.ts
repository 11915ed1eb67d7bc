import { describe, expect, it } from "vitest";
import {
  changeAgainstBase,
  changeFromBase,
  describeTarget,
  formatChange,
  milestoneTarget,
  targetForYear,
  targetPoints,
  targetSeries,
  targetYears,
  type TargetLine,
} from "@/lib/targets/rules";

// The seed's example (MRA handreiking 4.1): "t.o.v. 2020: in 2025 met 30 %, en in 2030 met 60 %".
const co2: TargetLine = {
  baseYear: 2020,
  baseValue: 12_500,
  milestones: [
    { year: 2025, mode: "change_percent", value: -30 },
    { year: 2030, mode: "change_percent", value: -60 },
  ],
};

describe("targetForYear: −30 % in 2025 and −60 % in 2030 against 12.500 t in 2020", () => {
  it.each([
    [2020, 12_500],
    [2021, 11_750],
    [2022, 11_000],
    [2023, 10_250],
    [2024, 9_500],
    [2025, 8_750],
    [2026, 8_000],
    [2027, 7_250],
    [2028, 6_500],
    [2029, 5_750],
    [2030, 5_000],
  ])("%i → %d t, exactly", (year, expected) => {
    expect(targetForYear(co2, year)).toBe(expected);
  });

  it("is undefined before the base year: there is no target yet", () => {
    expect(targetForYear(co2, 2019)).toBeUndefined();
    expect(targetForYear(co2, 1990)).toBeUndefined();
  });

  it("stays flat after the last milestone", () => {
    expect(targetForYear(co2, 2031)).toBe(5_000);
    expect(targetForYear(co2, 2050)).toBe(5_000);
  });
});

describe("milestones", () => {
  it("as absolute values are used as given (circular content 18 % → 40 % → 80 %)", () => {
    const circular: TargetLine = {
      baseYear: 2020,
      baseValue: 18,
      milestones: [
        { year: 2025, mode: "value", value: 40 },
        { year: 2030, mode: "value", value: 80 },
      ],
    };
    expect([2020, 2022, 2025, 2028, 2030, 2035].map((y) => targetForYear(circular, y))).toEqual([18, 26.8, 40, 64, 80, 80]);
  });

  it("may mix absolute values and percentages", () => {
    const mixed: TargetLine = {
      baseYear: 2020,
      baseValue: 200,
      milestones: [
        { year: 2022, mode: "value", value: 150 },
        { year: 2026, mode: "change_percent", value: -75 },
      ],
    };
    expect(milestoneTarget(mixed, mixed.milestones[1])).toBe(50);
    expect([2021, 2022, 2024, 2026].map((y) => targetForYear(mixed, y))).toEqual([175, 150, 100, 50]);
  });

  it("a percentage increase works for higher-is-better indicators", () => {
    expect(milestoneTarget({ baseValue: 40 }, { year: 2030, mode: "change_percent", value: 50 })).toBe(60);
  });

  it("−100 % reaches zero, and a zero base stays zero under any percentage", () => {
    expect(milestoneTarget({ baseValue: 12_500 }, { year: 2030, mode: "change_percent", value: -100 })).toBe(0);
    expect(milestoneTarget({ baseValue: 0 }, { year: 2030, mode: "change_percent", value: 50 })).toBe(0);
  });

  it("are put in year order, whatever order they were stored in", () => {
    const shuffled: TargetLine = { ...co2, milestones: [...co2.milestones].reverse() };
    expect(targetPoints(shuffled).map((p) => p.year)).toEqual([2020, 2025, 2030]);
    expect(targetForYear(shuffled, 2027)).toBe(7_250);
  });

  it("without any milestone, the line is the base value from the base year on", () => {
    const flat: TargetLine = { baseYear: 2022, baseValue: 3, milestones: [] };
    expect([2021, 2022, 2030].map((y) => targetForYear(flat, y))).toEqual([undefined, 3, 3]);
  });

  it("keeps decimals without float noise (0,1 steps)", () => {
    const small: TargetLine = { baseYear: 2020, baseValue: 0.3, milestones: [{ year: 2023, mode: "value", value: 0.6 }] };
    expect([2021, 2022].map((y) => targetForYear(small, y))).toEqual([0.4, 0.5]);
  });
});

describe("targetSeries", () => {
  it("gives one point per year, marking base, milestones and the years before the base", () => {
    const series = targetSeries(co2, 2019, 2031);
    expect(series).toHaveLength(13);
    expect(series[0]).toEqual({ year: 2019, target: undefined, kind: "before" });
    expect(series.find((p) => p.year === 2020)).toEqual({ year: 2020, target: 12_500, kind: "base" });
    expect(series.find((p) => p.year === 2025)).toEqual({ year: 2025, target: 8_750, kind: "milestone" });
    expect(series.find((p) => p.year === 2027)).toEqual({ year: 2027, target: 7_250, kind: "between" });
    expect(series.find((p) => p.year === 2031)).toEqual({ year: 2031, target: 5_000, kind: "between" });
  });

  it("spans base year to last milestone by default", () => {
    expect(targetYears(co2)).toEqual({ from: 2020, to: 2030 });
  });
});

describe("describing a target in words", () => {
  it("reads the milestones with their values and change against the base", () => {
    expect(describeTarget(co2, "ton CO2e", "CO2-uitstoot")).toBe(
      "CO2-uitstoot: basisjaar 2020 12.500\u00a0ton CO2e; doel in 2025 8.750\u00a0ton CO2e (−30\u00a0%) en in 2030 5.000\u00a0ton CO2e (−60\u00a0%). " +
        "Tussen de mijlpalen loopt het doel in een rechte lijn.",
    );
  });

  it("reads a percentage indicator's change in percentage points: 18 % → 40 % is +22, not +122 %", () => {
    const circular: TargetLine = { baseYear: 2020, baseValue: 18, milestones: [{ year: 2030, mode: "value", value: 80 }] };
    expect(changeFromBase(circular, 40, true)).toBe("+22 procentpunt");
    expect(changeFromBase(circular, 12.5, true)).toBe("−5,5 procentpunt");
    expect(changeFromBase(circular, 40)).toBe("+122,2\u00a0%");
    expect(describeTarget(circular, "%", "Circulaire inhoud", true)).toBe(
      "Circulaire inhoud: basisjaar 2020 18\u00a0%; doel in 2030 80\u00a0% (+62 procentpunt). Tussen de mijlpalen loopt het doel in een rechte lijn.",
    );
  });

  it("formats changes with a real minus sign and a plus for growth", () => {
    expect(formatChange(-30)).toBe("−30\u00a0%");
    expect(formatChange(122.2222)).toBe("+122,2\u00a0%");
    expect(formatChange(0)).toBe("0\u00a0%");
    expect(changeAgainstBase({ baseValue: 0 }, 5)).toBeUndefined();
    expect(changeAgainstBase({ baseValue: 18 }, 40)).toBeCloseTo(122.22, 2);
  });
});
