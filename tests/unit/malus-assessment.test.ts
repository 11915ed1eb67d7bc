import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { MalusRule } from "@/lib/malus/rule";
import { describeMalusRule } from "@/lib/malus/sentence";
import { SetMalusRule } from "@/lib/malus/rule-form";
import {
  assessmentPoints,
  assessmentProblem,
  assessStretch,
  describeStretch,
  ruleFrom,
  type AssessedQuarter,
} from "@/lib/malus/assessment";
import { prepareKpiRow, type PrepareKpi } from "@/lib/reviews/rules";
import { quarterFromKey } from "@/lib/periods";

// The demo's MKI promise: € 20 MKI per tonne promised, charged € 1 × 1,5 per € MKI over it, per tonne.
type PerUnit = Extract<MalusRule, { type: "per_unit_shortfall" }>;
const rule = (extra: Partial<PerUnit> = {}): PerUnit => ({
  type: "per_unit_shortfall",
  centsPerUnit: 100,
  factor: "1.5",
  assessment: { kind: "completion" },
  ...extra,
});
const stretch: AssessedQuarter[] = [
  { key: "2026-Q1", target: "20", actual: "22", quantity: "1000" }, // + 2 × 1.000 = 2.000
  { key: "2026-Q2", target: "20", actual: "19", quantity: "2000" }, // − 1 × 2.000 = −2.000
  { key: "2026-Q3", target: "20", actual: "23", quantity: "500" }, // + 3 × 500 = 1.500
  { key: "2026-Q4", target: "20", actual: "21", quantity: "1500" }, // + 1 × 1.500 = 1.500
];

describe("assessStretch: factor × (delivered − promised) × quantity, once over the stretch", () => {
  it("nets the quarters: 3.000 € MKI over the promise × € 1 × 1,5 = € 4.500 (quarter by quarter it would be € 7.500)", () => {
    const result = assessStretch(rule(), "lower_better", stretch);
    expect(result).toMatchObject({
      outcome: "breached",
      rawCents: 450_000,
      shortfall: "0.6",
      quantity: "5000",
      from: "2026-Q1",
      to: "2026-Q4",
      missing: [],
    });
  });

  it("charges nothing when the better quarters make up for the worse", () => {
    const better = stretch.map((q) => (q.key === "2026-Q2" ? { ...q, actual: "18" } : q)); // −4.000 instead of −2.000, net +1.000
    expect(assessStretch(rule(), "lower_better", better).rawCents).toBe(150_000);
    const all = stretch.map((q) => (q.key === "2026-Q2" ? { ...q, actual: "17" } : q)); // −6.000: net −1.000
    expect(assessStretch(rule(), "lower_better", all)).toMatchObject({ outcome: "met", rawCents: 0 });
  });

  it("holds a tolerance per unit, the boundary included", () => {
    const absolute = (value: string) => assessStretch(rule({ tolerance: { kind: "absolute", value } }), "lower_better", stretch).rawCents;
    expect(absolute("0.6")).toBe(0);
    expect(absolute("0.5999")).toBe(450_000);
    // 3 % of the weighted target of 20 is 0,6 per tonne.
    const percent = (p: string) =>
      assessStretch(rule({ tolerance: { kind: "percent_of_target", percent: p } }), "lower_better", stretch).rawCents;
    expect(percent("3")).toBe(0);
    expect(percent("2.99")).toBe(450_000);
  });

  it("leaves out a quarter without quantity and names it", () => {
    const gap = stretch.map((q) => (q.key === "2026-Q3" ? { ...q, quantity: null } : q));
    const result = assessStretch(rule(), "lower_better", gap);
    expect(result).toMatchObject({ rawCents: 225_000, missing: ["2026-Q3"], quantity: "4500" });
    expect(describeStretch(result)).toBe("Beoordeeld over 2026 K1 – 2026 K4; zonder waarde of hoeveelheid: 2026 K3");
    expect(
      assessStretch(
        rule(),
        "lower_better",
        stretch.map((q) => ({ ...q, actual: null })),
      ),
    ).toMatchObject({ outcome: "no_data", rawCents: 0 });
  });

  it("turns the sign for higher is better", () => {
    const result = assessStretch(rule(), "higher_better", [{ key: "2026-Q1", target: "50", actual: "45", quantity: "10" }]);
    expect(result.rawCents).toBe(7_500); // 5 × 10 × € 1 × 1,5
  });
});

describe("assessment points", () => {
  const keys = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"];
  it("are the milestones in the contract and always its last quarter", () => {
    expect(assessmentPoints({ kind: "completion" }, keys)).toEqual(["2027-Q1"]);
    expect(assessmentPoints({ kind: "milestones", quarters: ["2026-Q2", "2030-Q1"] }, keys)).toEqual(["2026-Q2", "2027-Q1"]);
  });
  it("refuses milestones outside the contract or before the rule took effect", () => {
    expect(assessmentProblem(rule({ assessment: { kind: "milestones", quarters: ["2026-Q2", "2030-Q1"] } }), keys)).toBe(
      "Deze mijlpalen vallen buiten de kwartalen waarin de regel geldt: 2030 K1.",
    );
    const later = ruleFrom(rule({ assessment: { kind: "milestones", quarters: ["2026-Q2", "2026-Q4"] } }), "2026-Q3");
    expect(assessmentProblem(later, keys)).toMatch(/: 2026 K2\.$/);
    expect(assessmentProblem(rule(), keys)).toBeNull();
  });
});

describe("prepareKpiRow with a rule assessed at milestones", () => {
  const quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];
  const targets = Object.fromEntries(quarters.map((k) => [k, "20"]));
  const reported = Object.fromEntries(
    stretch.map((q) => [q.key, { value: q.actual as string, score: null, quantity: q.quantity as string }]),
  );
  const kpi = (malusRule: MalusRule): PrepareKpi => ({
    id: "k",
    kind: "quantitative",
    direction: "lower_better",
    obligation: "resultaat",
    baselineValue: "25",
    malusRule,
  });
  const at = (key: string, malusRule: MalusRule, extra: { activeQuarters?: string[] } = {}) =>
    prepareKpiRow({ kpi: kpi(malusRule), quarter: quarterFromKey(key), quarters, targets, reported, ...extra });

  it("charges nothing between the points and the stretch since the previous point at each", () => {
    const milestones = rule({ assessment: { kind: "milestones", quarters: ["2026-Q2"] } });
    expect(at("2026-Q1", milestones).malus).toMatchObject({ outcome: "assessed_later", rawCents: 0 });
    // 2026 K1–K2: +2.000 − 2.000 = 0.
    expect(at("2026-Q2", milestones)).toMatchObject({
      malus: { outcome: "met", rawCents: 0 },
      assessment: { from: "2026-Q1", to: "2026-Q2" },
    });
    expect(at("2026-Q3", milestones).malus.outcome).toBe("assessed_later");
    // 2026 K3–K4: 1.500 + 1.500 = 3.000 → € 4.500.
    expect(at("2026-Q4", milestones)).toMatchObject({
      malus: { rawCents: 450_000 },
      assessment: { from: "2026-Q3", to: "2026-Q4", quantity: "2000" },
    });
  });

  it("assesses a KPI retired early at its last active quarter, and a rule agreed later from its first quarter", () => {
    expect(at("2026-Q3", rule(), { activeQuarters: ["2026-Q1", "2026-Q2", "2026-Q3"] }).malus.rawCents).toBe(225_000); // 2.000 − 2.000 + 1.500
    expect(at("2026-Q4", ruleFrom(rule(), "2026-Q3")).malus.rawCents).toBe(450_000);
  });
});

describe("the form and the sentence", () => {
  const parse = (fields: Record<string, string>) =>
    SetMalusRule.safeParse({
      id: "00000000-0000-4000-8000-000000000001",
      version: "1",
      type: "per_unit_shortfall",
      centsPerUnit: "1,00",
      factor: "1,5",
      ...fields,
    });

  it("reads the assessment and its milestones, and says where a milestone cannot be read", () => {
    const ok = parse({ assessment: "milestones", assessmentQuarters: "2027 K4, 2026-Q4" });
    expect(ok.success && ok.data.rule).toMatchObject({ assessment: { kind: "milestones", quarters: ["2026-Q4", "2027-Q4"] } });
    const quarterly = parse({ assessment: "quarterly", assessmentQuarters: "2027 K4" });
    expect(quarterly.success && quarterly.data.rule).not.toHaveProperty("assessment");
    const bad = parse({ assessment: "milestones", assessmentQuarters: "eind 2027" });
    expect(bad.success ? null : z.flattenError(bad.error).fieldErrors).toEqual({
      assessmentQuarters: ["Geen kwartaal: eind 2027. Schrijf bijvoorbeeld 2026 K4."],
    });
  });

  it("says when the rule is assessed and that the quarters between are added up", () => {
    const plain = (text: string) => text.replace(/\s/g, " ");
    expect(plain(describeMalusRule(rule(), "€ MKI", "lower_better", undefined, "ton"))).toBe(
      "Beoordeeld één keer, bij oplevering: 1,5 × € 1,00 per € MKI boven het doel, maal de hoeveelheid (ton), opgeteld over de kwartalen sinds de vorige beoordeling.",
    );
    const milestones = rule({ assessment: { kind: "milestones", quarters: ["2026-Q4", "2027-Q4"] } });
    expect(plain(describeMalusRule(milestones, "€ MKI", "lower_better"))).toMatch(
      /^Beoordeeld op de mijlpalen 2026 K4 en 2027 K4 en bij oplevering: /,
    );
  });
});
