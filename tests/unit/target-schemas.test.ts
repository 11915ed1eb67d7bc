import { describe, expect, it } from "vitest";
import { CreateIndicator } from "@/lib/indicators/schemas";
import { CreateTarget, UpdateTarget } from "@/lib/targets/schemas";
import { fieldErrorsOf } from "@/lib/http/input";

const INDICATOR = "00000000-0000-4000-8000-000000000001";

/** The target form as the browser posts it: flat milestone fields, every value a string. */
function targetForm(overrides: Record<string, unknown> = {}) {
  return {
    name: "CO2-uitstoot eigen organisatie",
    description: "",
    indicatorId: INDICATOR,
    baseYear: "2020",
    baseValue: "12.500,5",
    "milestones.0.year": "2025",
    "milestones.0.mode": "change_percent",
    "milestones.0.value": "-30",
    "milestones.1.year": "2030",
    "milestones.1.mode": "value",
    "milestones.1.value": "5.000",
    ...overrides,
  };
}

const errorsOf = (raw: unknown) => {
  const result = CreateTarget.safeParse(raw);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("the target form", () => {
  it("reads the decimal comma and the flat milestone rows into numbers and an ordered array", () => {
    expect(CreateTarget.parse(targetForm())).toEqual({
      name: "CO2-uitstoot eigen organisatie",
      description: null,
      indicatorId: INDICATOR,
      baseYear: 2020,
      baseValue: 12_500.5,
      milestones: [
        { year: 2025, mode: "change_percent", value: -30 },
        { year: 2030, mode: "value", value: 5_000 },
      ],
    });
  });

  it("accepts milestones as an array too (code, tests)", () => {
    const parsed = CreateTarget.parse({
      name: "Circulair",
      indicatorId: INDICATOR,
      baseYear: 2020,
      baseValue: 18,
      milestones: [{ year: 2030, mode: "value", value: 80 }],
    });
    expect(parsed).toMatchObject({ baseYear: 2020, baseValue: 18, milestones: [{ year: 2030, mode: "value", value: 80 }] });
  });

  it("puts every error at its own field, in Dutch", () => {
    expect(errorsOf(targetForm({ name: " ", indicatorId: "", baseYear: "twintig", baseValue: "12.5" }))).toEqual({
      name: "Vul de naam in.",
      indicatorId: "Kies een indicator.",
      baseYear: "Vul een jaartal in, bijvoorbeeld 2025.",
      baseValue: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
    });
  });

  it("refuses a milestone in or before the base year", () => {
    expect(errorsOf(targetForm({ "milestones.0.year": "2020" }))).toEqual({
      "milestones.0.year": "Kies een jaar na het basisjaar (2020).",
    });
  });

  it("refuses the same year twice and milestones out of order", () => {
    expect(errorsOf(targetForm({ "milestones.1.year": "2025" }))).toEqual({
      "milestones.1.year": "2025 komt al voor bij een andere mijlpaal.",
    });
    expect(errorsOf(targetForm({ "milestones.0.year": "2030", "milestones.1.year": "2025" }))).toEqual({
      "milestones.1.year": "Zet de mijlpalen op volgorde van jaar: 2025 ligt vóór 2030.",
    });
  });

  it("keeps a % change between −100 and +1000", () => {
    expect(errorsOf(targetForm({ "milestones.0.value": "-100,5" }))).toEqual({
      "milestones.0.value": "Een verandering ligt tussen −100 % en +1000 %.",
    });
    expect(errorsOf(targetForm({ "milestones.0.value": "1.000,1" }))).toEqual({
      "milestones.0.value": "Een verandering ligt tussen −100 % en +1000 %.",
    });
    expect(errorsOf(targetForm({ "milestones.0.value": "-100" }))).toEqual({});
    // An absolute value is not a percentage: 5.000 t is fine.
    expect(errorsOf(targetForm({ "milestones.1.value": "50.000" }))).toEqual({});
  });

  it("requires at least one milestone, and complete rows", () => {
    expect(errorsOf({ ...targetForm(), "milestones.0.year": undefined, "milestones.1.year": undefined })).toMatchObject({
      "milestones.0.year": "Vul het jaar van de mijlpaal in.",
    });
    const { ["milestones.0.year"]: _a, ["milestones.0.mode"]: _b, ["milestones.0.value"]: _c, ...one } = targetForm();
    const { ["milestones.1.year"]: _d, ["milestones.1.mode"]: _e, ["milestones.1.value"]: _f, ...none } = one;
    expect(errorsOf(none)).toEqual({ milestones: "Voeg minstens één mijlpaal toe." });
    expect(errorsOf(targetForm({ "milestones.1.mode": "", "milestones.1.value": "" }))).toEqual({
      "milestones.1.mode": "Kies een waarde of een % t.o.v. het basisjaar.",
      "milestones.1.value": "Vul de doelwaarde in.",
    });
  });

  it("ignores empty rows at the end, but not an empty row between filled ones", () => {
    const trailing = targetForm({ "milestones.2.year": "", "milestones.2.mode": "change_percent", "milestones.2.value": " " });
    expect(CreateTarget.parse(trailing).milestones).toHaveLength(2);
    const between = targetForm({
      "milestones.1.year": "",
      "milestones.1.value": "",
      "milestones.2.year": "2035",
      "milestones.2.mode": "value",
      "milestones.2.value": "1.000",
    });
    expect(errorsOf(between)).toEqual({
      "milestones.1.year": "Vul het jaar van de mijlpaal in.",
      "milestones.1.value": "Vul de doelwaarde in.",
    });
  });

  it("refuses more than four decimals (the database keeps four)", () => {
    expect(errorsOf(targetForm({ baseValue: "1,23456" }))).toEqual({ baseValue: "Gebruik hoogstens 4 cijfers achter de komma." });
  });

  it("needs the version for an update", () => {
    const result = UpdateTarget.safeParse({ ...targetForm(), id: INDICATOR, version: "drie" });
    expect(!result.success && fieldErrorsOf(result.error)).toMatchObject({ version: "Onbekende versie." });
  });
});

describe("the indicator form", () => {
  const form = (overrides: Record<string, unknown> = {}) => ({
    name: "Aandeel lokale leveranciers",
    code: "",
    description: "",
    unitCode: "P1",
    unitLabel: "",
    direction: "higher_better",
    aggregation: "weighted_average",
    minValue: "",
    maxValue: "",
    intensity: "absolute",
    ...overrides,
  });

  it("derives the code from the name and the unit label from the unit", () => {
    expect(CreateIndicator.parse(form())).toMatchObject({ code: "aandeel_lokale_leveranciers", unitLabel: "%", minValue: null });
  });

  it("reads min and max with a decimal comma", () => {
    expect(CreateIndicator.parse(form({ unitCode: "TNE", minValue: "0,5", maxValue: "1.250,75" }))).toMatchObject({
      minValue: 0.5,
      maxValue: 1250.75,
      unitLabel: "ton",
    });
  });

  it("puts errors at their fields", () => {
    const result = CreateIndicator.safeParse(
      form({ code: "Met Spaties", unitCode: "XYZ", direction: "", aggregation: "median", minValue: "abc" }),
    );
    expect(!result.success && fieldErrorsOf(result.error)).toEqual({
      unitCode: "Kies een eenheid.",
      direction: "Kies of lager of hoger beter is.",
      aggregation: "Kies hoe waarden van contracten worden samengenomen.",
      minValue: "Vul een geldig getal in, bijvoorbeeld 1.250,50.",
    });
    const code = CreateIndicator.safeParse(form({ code: "met spaties" }));
    expect(!code.success && fieldErrorsOf(code.error)).toEqual({
      code: "Gebruik voor de code kleine letters, cijfers en liggende streepjes, beginnend met een letter.",
    });
  });

  it("keeps min below max and a percentage between 0 and 100", () => {
    const result = CreateIndicator.safeParse(form({ minValue: "60", maxValue: "120" }));
    expect(!result.success && fieldErrorsOf(result.error)).toEqual({ maxValue: "Een percentage ligt tussen 0 en 100." });
    const order = CreateIndicator.safeParse(form({ unitCode: "KGM", minValue: "10", maxValue: "5" }));
    expect(!order.success && fieldErrorsOf(order.error)).toEqual({ maxValue: "Het maximum ligt onder het minimum." });
  });
});
