import { describe, expect, it } from "vitest";
import type { MalusRule } from "@/lib/malus/rule";
import { describeKpiMalus, describeMalusRule } from "@/lib/malus/sentence";

// Intl puts a no-break space between € and the amount.
const plain = (text: string) => text.replace(/\s/g, " ");

describe("describeMalusRule: one Dutch sentence per rule", () => {
  it("fixed amount with a year cap and a % of contract cap", () => {
    const rule: MalusRule = {
      type: "fixed",
      amountCents: 250_000,
      caps: { perYear: { kind: "cents", cents: 1_000_000 }, perContract: { kind: "percent_of_contract", percent: 5 } },
    };
    expect(plain(describeMalusRule(rule, "ton CO2e", "lower_better"))).toBe(
      "Per kwartaal waarin het doel niet wordt gehaald: € 2.500,00 malus, met een maximum van € 10.000,00 per jaar en 5 % van de contractwaarde over de hele looptijd.",
    );
  });

  it("per unit of shortfall with a factor and a % tolerance, lower is better", () => {
    const rule: MalusRule = {
      type: "per_unit_shortfall",
      centsPerUnit: 1_200,
      factor: "1.5",
      tolerance: { kind: "percent_of_target", percent: 2 },
    };
    expect(plain(describeMalusRule(rule, "ton CO2e", "lower_better"))).toBe(
      "Per eenheid tekort: 1,5 × € 12,00 per ton CO2e boven het doel, tolerantie 2 % van het doel.",
    );
  });

  it("per unit of shortfall without a factor on a percentage, higher is better, absolute tolerance", () => {
    const rule: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 10_000, tolerance: { kind: "absolute", value: "0.5" } };
    expect(plain(describeMalusRule(rule, "%", "higher_better"))).toBe(
      "Per eenheid tekort: € 100,00 per procentpunt onder het doel, tolerantie 0,5 procentpunt.",
    );
  });

  it("per unit without a known direction", () => {
    const rule: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 100, factor: 1 };
    expect(plain(describeMalusRule(rule, "euro MKI"))).toBe("Per eenheid tekort: € 1,00 per euro MKI tekort op het doel.");
  });

  it("percent of the quarter value with all three caps", () => {
    const rule: MalusRule = {
      type: "percent_of_quarter_value",
      percent: "2.5",
      caps: {
        perQuarter: { kind: "cents", cents: 500_000 },
        perYear: { kind: "cents", cents: 1_500_000 },
        perContract: { kind: "percent_of_contract", percent: 10 },
      },
    };
    expect(plain(describeMalusRule(rule, "%"))).toBe(
      "Per kwartaal waarin het doel niet wordt gehaald: 2,5 % van de kwartaalwaarde van het contract als malus, met een maximum van € 5.000,00 per kwartaal, € 15.000,00 per jaar en 10 % van de contractwaarde over de hele looptijd.",
    );
  });

  it("a bare fixed amount", () => {
    expect(plain(describeMalusRule({ type: "fixed", amountCents: 99_950 }, "kg"))).toBe(
      "Per kwartaal waarin het doel niet wordt gehaald: € 999,50 malus.",
    );
  });
});

describe("describeKpiMalus", () => {
  it("says an effort obligation carries no malus, even with a rule left on it", () => {
    expect(describeKpiMalus({ obligation: "inspanning", malusRule: { type: "fixed", amountCents: 1 } }, "%")).toBe(
      "Inspanningsverplichting: deze KPI kent geen malus.",
    );
  });

  it("says so when a result KPI has no rule, and gives the rule's sentence when it has one", () => {
    expect(describeKpiMalus({ obligation: "resultaat" }, "%")).toBe(
      "Resultaatverplichting zonder malusregel: er wordt geen malus berekend.",
    );
    expect(plain(describeKpiMalus({ obligation: "resultaat", malusRule: { type: "fixed", amountCents: 250_000 } }, "%"))).toBe(
      "Per kwartaal waarin het doel niet wordt gehaald: € 2.500,00 malus.",
    );
  });
});
