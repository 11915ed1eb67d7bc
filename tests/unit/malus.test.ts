import { describe, expect, it } from "vitest";
import {
  applyWaiver,
  malusRuleErrors,
  quarterMalus,
  quarterValuesCents,
  shortfall,
  waiverErrors,
  waiverNeedsSecondApproval,
  type MalusRule,
  type QuarterMalusInput,
} from "@/lib/malus/rule";
import { contractQuarters } from "@/lib/periods";

const result = (direction: QuarterMalusInput["direction"], target: string | number, actual: string | number | null): QuarterMalusInput => ({
  obligation: "resultaat",
  direction,
  target,
  actual,
});

const fixed: MalusRule = { type: "fixed", amountCents: 250_000 };

describe("shortfall depends on direction", () => {
  it.each([
    ["higher_better", "100", "80", "20"],
    ["higher_better", "100", "120", "0"],
    ["lower_better", "50", "53.5", "3.5"], // above the target is the shortfall
    ["lower_better", "50", "40", "0"],
    ["higher_better", "12.5", "12.25", "0.25"],
  ] as const)("%s: target %s, actual %s → %s", (direction, target, actual, expected) => {
    expect(shortfall(direction, target, actual)).toBe(expected);
  });
});

describe("only result obligations carry a malus", () => {
  it("gives nothing for an effort obligation, however far the target is missed", () => {
    const effort = { ...result("higher_better", 100, 0), obligation: "inspanning" as const };
    expect(quarterMalus(fixed, effort)).toEqual({ outcome: "effort_obligation", breached: false, shortfall: "0", rawCents: 0 });
  });

  it("gives nothing without a rule, a reported value or a target", () => {
    expect(quarterMalus(null, result("higher_better", 100, 50)).outcome).toBe("no_rule");
    expect(quarterMalus(fixed, result("higher_better", 100, null))).toMatchObject({ outcome: "no_data", rawCents: 0 });
    expect(quarterMalus(fixed, { ...result("higher_better", 100, 50), target: undefined })).toMatchObject({
      outcome: "no_target",
      rawCents: 0,
    });
  });

  it("gives nothing when the target is met exactly", () => {
    expect(quarterMalus(fixed, result("higher_better", 100, "100.0000"))).toMatchObject({ outcome: "met", rawCents: 0 });
    expect(quarterMalus(fixed, result("lower_better", 50, 50))).toMatchObject({ outcome: "met", rawCents: 0 });
  });
});

describe("fixed: an amount per breached quarter", () => {
  it("charges € 2.500,00 for a missed quarter, whatever the size of the miss", () => {
    expect(quarterMalus(fixed, result("higher_better", 100, "99.9999"))).toEqual({
      outcome: "breached",
      breached: true,
      shortfall: "0.0001",
      rawCents: 250_000,
    });
    expect(quarterMalus(fixed, result("higher_better", 100, 0)).rawCents).toBe(250_000);
  });
});

describe("tolerance: a threshold within which there is no breach", () => {
  const absolute: MalusRule = { ...fixed, tolerance: { kind: "absolute", value: 2 } };
  const percent: MalusRule = { ...fixed, tolerance: { kind: "percent_of_target", percent: 2 } };

  it("absolute 2 units on a target of 100: 98 is within (boundary included), 97,9999 is a breach", () => {
    expect(quarterMalus(absolute, result("higher_better", 100, 98))).toMatchObject({
      outcome: "within_tolerance",
      shortfall: "2",
      rawCents: 0,
    });
    expect(quarterMalus(absolute, result("higher_better", 100, "97.9999"))).toMatchObject({ outcome: "breached", rawCents: 250_000 });
  });

  it("2 % of a 12,5 % target allows 0,25: 12,25 within, 12,2499 a breach", () => {
    expect(quarterMalus(percent, result("higher_better", "12.5", "12.25")).outcome).toBe("within_tolerance");
    expect(quarterMalus(percent, result("higher_better", "12.5", "12.2499")).outcome).toBe("breached");
  });

  it("2 % of 50 t CO2e (lower is better) allows 1 t above: 51 within, 51,0001 a breach", () => {
    expect(quarterMalus(percent, result("lower_better", 50, 51)).outcome).toBe("within_tolerance");
    expect(quarterMalus(percent, result("lower_better", 50, "51.0001")).outcome).toBe("breached");
  });

  it("counts the whole shortfall once beyond the tolerance (not a deductible)", () => {
    const perUnit: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 1_200, tolerance: { kind: "absolute", value: 2 } };
    // target 100, actual 90: shortfall 10 > 2, so 10 × € 12,00 = € 120,00, not 8 × € 12,00.
    expect(quarterMalus(perUnit, result("higher_better", 100, 90)).rawCents).toBe(12_000);
  });
});

describe("percent_of_quarter_value", () => {
  it("charges 2 % of a full quarter of a € 1.000.000 contract: € 5.000,00", () => {
    // € 1.000.000 over the four quarters of 2026 = € 250.000 per quarter; 2 % = € 5.000.
    const values = quarterValuesCents(100_000_000, contractQuarters("2026-01-01", "2026-12-31"));
    expect(values).toEqual([25_000_000, 25_000_000, 25_000_000, 25_000_000]);
    const rule: MalusRule = { type: "percent_of_quarter_value", percent: 2 };
    expect(quarterMalus(rule, { ...result("higher_better", 40, 35), quarterValueCents: values[2] }).rawCents).toBe(500_000);
  });

  it("rounds half a cent away from zero: 1 % of 250 cents is 3 cents, 0,5 % of 3.333 cents is 17", () => {
    const one: MalusRule = { type: "percent_of_quarter_value", percent: 1 };
    expect(quarterMalus(one, { ...result("higher_better", 40, 35), quarterValueCents: 250 }).rawCents).toBe(3);
    const half: MalusRule = { type: "percent_of_quarter_value", percent: "0.5" };
    // 3.333 × 0,005 = 16,665 cents → 17.
    expect(quarterMalus(half, { ...result("higher_better", 40, 35), quarterValueCents: 3_333 }).rawCents).toBe(17);
  });

  it("needs the quarter value", () => {
    const rule: MalusRule = { type: "percent_of_quarter_value", percent: 2 };
    expect(() => quarterMalus(rule, result("higher_better", 40, 35))).toThrow(RangeError);
  });
});

describe("quarterValuesCents: the contract value spread over its quarters, exact to the cent", () => {
  it("weighs partial first and last quarters by their share of days", () => {
    // 2025-02-15 → 2026-02-14: 45/90 of 2025-Q1, three full quarters, 45/90 of 2026-Q1.
    // Weights 0,5 + 1 + 1 + 1 + 0,5 = 4, so € 400.000 gives € 50.000, 3 × € 100.000, € 50.000.
    const quarters = contractQuarters("2025-02-15", "2026-02-14");
    expect(quarterValuesCents(40_000_000, quarters)).toEqual([5_000_000, 10_000_000, 10_000_000, 10_000_000, 5_000_000]);
  });

  it("gives quarters of 90, 91 and 92 days the same value when they are full", () => {
    // 2027-Q1 (90 days), Q2 (91), Q3 46 of 92 days (1 July – 15 August): weights 1, 1, 0,5.
    expect(quarterValuesCents(100_000, contractQuarters("2027-01-01", "2027-08-15"))).toEqual([40_000, 40_000, 20_000]);
  });

  it("splits € 100,00 over three quarters as 33,34 + 33,33 + 33,33 (earliest gets the cent)", () => {
    const quarters = contractQuarters("2027-01-01", "2027-09-30");
    expect(quarterValuesCents(10_000, quarters)).toEqual([3_334, 3_333, 3_333]);
    expect(quarterValuesCents(10_001, quarters)).toEqual([3_334, 3_334, 3_333]);
    expect(quarterValuesCents(2, quarters)).toEqual([1, 1, 0]);
  });

  it("gives the leftover cent to the largest remainder", () => {
    // 2027-Q1 full (weight 1), 2027-Q2 30 of 91 days (1–30 April): weights 91/121 and 30/121.
    // € 10.000: 752.066,12 and 247.933,88 cents → floors 752.066 + 247.933 = 999.999;
    // the last cent goes to Q2 (remainder 0,88 > 0,12).
    const values = quarterValuesCents(1_000_000, contractQuarters("2027-01-01", "2027-04-30"));
    expect(values).toEqual([752_066, 247_934]);
    expect(values[0] + values[1]).toBe(1_000_000);
  });

  it("always adds up to the contract value", () => {
    const quarters = contractQuarters("2025-02-15", "2031-11-03");
    for (const value of [0, 1, 99, 123_456_789, 987_654_321_01]) {
      expect(quarterValuesCents(value, quarters).reduce((a, b) => a + b, 0)).toBe(value);
    }
  });
});

describe("per_unit_shortfall", () => {
  it("charges 1,5 × the financial difference of a missed MKI promise", () => {
    // MKI promised € 80.000, delivered € 86.400: € 6.400 difference × 1,5 = € 9.600,00.
    const mki: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 100, factor: "1.5" };
    expect(quarterMalus(mki, result("lower_better", 80_000, 86_400))).toMatchObject({ shortfall: "6400", rawCents: 960_000 });
  });

  it("computes 2,3 t × € 12,00 × 1,5 as exactly € 41,40", () => {
    const co2: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 1_200, factor: 1.5 };
    // 2,3 × 1.200 = 2.760 cents × 1,5 = 4.140 cents.
    expect(quarterMalus(co2, result("lower_better", 50, "52.3")).rawCents).toBe(4_140);
  });

  it("rounds once at the end, half a cent away from zero", () => {
    const rule = (centsPerUnit: number, factor = "1"): MalusRule => ({ type: "per_unit_shortfall", centsPerUnit, factor });
    // 1,0003 × 1.250 × 1,5 = 1.875,5625 cents → 1.876.
    expect(quarterMalus(rule(1_250, "1.5"), result("higher_better", "10", "8.9997")).rawCents).toBe(1_876);
    // 3,0001 × 5.000 = 15.000,5 cents → 15.001.
    expect(quarterMalus(rule(5_000), result("higher_better", "10", "6.9999")).rawCents).toBe(15_001);
    // 0,0001 × 1 × 1,5 = 0,00015 cents → 0.
    expect(quarterMalus(rule(1, "1.5"), result("higher_better", "10", "9.9999")).rawCents).toBe(0);
  });

  it("uses a factor of 1 when none is given", () => {
    const rule: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 10_000 };
    // 3 percentage points short of 40 % × € 100,00 = € 300,00.
    expect(quarterMalus(rule, result("higher_better", 40, 37)).rawCents).toBe(30_000);
  });

  it("counts score points for a qualitative KPI: target 3, score 1 is 2 × € 500,00", () => {
    const rule: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 50_000 };
    expect(quarterMalus(rule, result("higher_better", 3, 1)).rawCents).toBe(100_000);
  });
});

describe("waivers", () => {
  it("waives all of it, or a reduction of at most the amount", () => {
    expect(applyWaiver(250_000, { kind: "full", reason: "Overmacht: leverancier failliet" })).toEqual({
      waivedCents: 250_000,
      remainingCents: 0,
    });
    expect(applyWaiver(250_000, { kind: "reduction", cents: 100_000, reason: "Deels buiten schuld" })).toEqual({
      waivedCents: 100_000,
      remainingCents: 150_000,
    });
    expect(applyWaiver(250_000, { kind: "reduction", cents: 900_000, reason: "x" })).toEqual({ waivedCents: 250_000, remainingCents: 0 });
    expect(applyWaiver(250_000, null)).toEqual({ waivedCents: 0, remainingCents: 250_000 });
  });

  it("needs a reason and a sensible reduction", () => {
    expect(waiverErrors({ kind: "full", reason: "  " }, 250_000)).toEqual([
      "Geef een reden voor het verlagen of kwijtschelden van de malus.",
    ]);
    expect(waiverErrors({ kind: "reduction", cents: 300_000, reason: "Meevaller" }, 250_000)).toEqual([
      "De verlaging is hoger dan de malus.",
    ]);
    expect(waiverErrors({ kind: "reduction", cents: 0, reason: "Meevaller" }, 250_000)).toEqual([
      "De verlaging moet een positief bedrag zijn.",
    ]);
    expect(waiverErrors({ kind: "reduction", cents: 250_000, reason: "Meevaller" }, 250_000)).toEqual([]);
  });

  it("asks for a second approver only above the threshold", () => {
    expect(waiverNeedsSecondApproval(500_000, 500_000)).toBe(false);
    expect(waiverNeedsSecondApproval(500_001, 500_000)).toBe(true);
  });
});

describe("malusRuleErrors", () => {
  it("accepts sound rules", () => {
    expect(
      malusRuleErrors({
        ...fixed,
        caps: { perYear: { kind: "cents", cents: 1_000_000 }, perContract: { kind: "percent_of_contract", percent: 5 } },
      }),
    ).toEqual([]);
    expect(
      malusRuleErrors({
        type: "per_unit_shortfall",
        centsPerUnit: 1_200,
        factor: "1.5",
        tolerance: { kind: "percent_of_target", percent: 2 },
      }),
    ).toEqual([]);
  });

  it("names every problem in Dutch", () => {
    expect(
      malusRuleErrors({
        type: "per_unit_shortfall",
        centsPerUnit: -1,
        factor: 0,
        tolerance: { kind: "absolute", value: -1 },
        caps: { perQuarter: { kind: "cents", cents: 1.5 }, perContract: { kind: "percent_of_contract", percent: 120 } },
      }),
    ).toEqual([
      "Het bedrag per eenheid moet een bedrag van nul of meer zijn.",
      "De factor moet groter dan nul zijn.",
      "De tolerantie moet nul of meer zijn.",
      "Het maximum per kwartaal moet een bedrag van nul of meer zijn.",
      "Het maximum over de looptijd moet tussen 0 en 100 % liggen.",
    ]);
    expect(malusRuleErrors({ type: "percent_of_quarter_value", percent: "12,5" })).toEqual([
      "Het percentage van de kwartaalwaarde moet tussen 0 en 100 % liggen.",
    ]);
  });
});
