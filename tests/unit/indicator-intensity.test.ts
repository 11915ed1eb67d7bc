import { describe, expect, it } from "vitest";
import {
  absoluteCandidates,
  absoluteIndicatorProblem,
  activityUnitKey,
  activityUnitOptions,
  intensityChangeErrors,
  parseAbsoluteFactor,
} from "@/lib/indicators/intensity";
import { CreateIndicator, UpdateIndicator } from "@/lib/indicators/schemas";
import { fieldErrorsOf } from "@/lib/http/input";

describe("parseAbsoluteFactor: the factor between an intensity's unit and its absolute indicator's", () => {
  it.each([
    ["0,001", "0.001"],
    ["1", "1"],
    ["0,000001", "0.000001"],
    ["1.000", "1000"],
    ["2,50000000", "2.5"],
    ["0,00000001", "0.00000001"],
  ])("reads %j as %s", (input, normalized) => {
    expect(parseAbsoluteFactor(input)).toEqual({ ok: true, normalized });
  });

  it("refuses a decimal point, so 0.001 never becomes a factor of 1", () => {
    expect(parseAbsoluteFactor("0.001")).toEqual({ ok: false, error: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5." });
  });

  it("asks for the factor when empty, and for one above 0", () => {
    expect(parseAbsoluteFactor(" ")).toEqual({ ok: false, error: "Vul de factor in, bijvoorbeeld 0,001." });
    expect(parseAbsoluteFactor("0")).toEqual({ ok: false, error: "De factor moet groter zijn dan 0." });
    expect(parseAbsoluteFactor("0,00000000")).toEqual({ ok: false, error: "De factor moet groter zijn dan 0." });
    expect(parseAbsoluteFactor("-0,5")).toEqual({ ok: false, error: "De factor moet groter zijn dan 0." });
  });

  it("keeps to what numeric(18, 8) holds", () => {
    expect(parseAbsoluteFactor("0,000000001")).toEqual({ ok: false, error: "Gebruik hoogstens 8 cijfers achter de komma." });
    expect(parseAbsoluteFactor("12345678901")).toEqual({
      ok: false,
      error: "Deze factor is te groot: gebruik hoogstens 10 cijfers voor de komma.",
    });
    expect(parseAbsoluteFactor("1234567890")).toEqual({ ok: true, normalized: "1234567890" });
  });
});

describe("activity units", () => {
  it("offers the common UN/CEFACT units, meals with the code the catalogue uses", () => {
    expect(activityUnitOptions).toEqual(
      expect.arrayContaining([
        { value: "maaltijd", label: "maaltijd (C62)" },
        { value: "ton", label: "ton (TNE)" },
        { value: "kilometer", label: "kilometer (KMT)" },
        { value: "m2", label: "vierkante meter (MTK)" },
        { value: "stuk", label: "stuk (H87)" },
        { value: "kwh", label: "kilowattuur (KWH)" },
        { value: "m3", label: "kubieke meter (MTQ)" },
      ]),
    );
  });

  it("finds the choice back from the stored code and label, telling meals and FTE apart", () => {
    expect(activityUnitKey({ activityUnitCode: "C62", activityUnitLabel: "maaltijden" })).toBe("maaltijd");
    expect(activityUnitKey({ activityUnitCode: "C62", activityUnitLabel: "fte" })).toBe("fte");
    expect(activityUnitKey({ activityUnitCode: "TNE", activityUnitLabel: "ton" })).toBe("ton");
    expect(activityUnitKey({ activityUnitCode: null, activityUnitLabel: null })).toBe("");
  });
});

describe("which indicator an intensity may add up into", () => {
  const tonnes = { id: "co2e", activityUnitLabel: null, aggregation: "sum" };
  const perMeal = { id: "per-meal", activityUnitLabel: "maaltijden", aggregation: "weighted_average" };
  const share = { id: "share", activityUnitLabel: null, aggregation: "weighted_average" };

  it("accepts an absolute indicator that adds up", () => {
    expect(absoluteIndicatorProblem("self", tonnes)).toBeNull();
    expect(absoluteIndicatorProblem(null, tonnes)).toBeNull();
  });

  it("refuses itself, another intensity and an indicator that averages", () => {
    expect(absoluteIndicatorProblem("co2e", tonnes)).toBe("Een indicator kan niet in zichzelf meetellen; kies een andere indicator.");
    expect(absoluteIndicatorProblem("self", perMeal)).toBe(
      "Dit is zelf een intensiteit; kies een absolute indicator, zoals CO2-uitstoot in ton.",
    );
    expect(absoluteIndicatorProblem("self", share)).toBe(
      "Deze indicator telt niet op over contracten (gewogen gemiddelde); kies een indicator die optelt.",
    );
  });

  it("offers only what it accepts", () => {
    expect(absoluteCandidates([tonnes, perMeal, share], null).map((i) => i.id)).toEqual(["co2e"]);
    expect(absoluteCandidates([tonnes, perMeal, share], "co2e")).toEqual([]);
  });
});

describe("changing whether an indicator is an intensity", () => {
  const absolute = { activityUnitCode: null, activityUnitLabel: null, aggregation: "sum" };
  const perMeal = { activityUnitCode: "C62", activityUnitLabel: "maaltijden", aggregation: "weighted_average" };
  const perFte = { ...perMeal, activityUnitLabel: "fte" };
  const locked =
    "Op KPI's met deze indicator zijn al waarden gerapporteerd; of en per welke eenheid de waarde is, kun je daarom niet meer wijzigen. " +
    "Maak zo nodig een nieuwe indicator.";

  it("is free while nothing is reported and nothing adds up into it", () => {
    expect(intensityChangeErrors({ before: absolute, after: perMeal, reported: false, intensitiesInto: [] })).toEqual({});
    expect(intensityChangeErrors({ before: perMeal, after: perFte, reported: false, intensitiesInto: [] })).toEqual({});
  });

  it("is fixed once values are reported: the kind at its field, the unit at its own", () => {
    expect(intensityChangeErrors({ before: absolute, after: perMeal, reported: true, intensitiesInto: [] })).toEqual({ intensity: locked });
    expect(
      intensityChangeErrors({
        before: perMeal,
        after: { ...absolute, aggregation: "weighted_average" },
        reported: true,
        intensitiesInto: [],
      }),
    ).toEqual({
      intensity: locked,
    });
    expect(intensityChangeErrors({ before: perMeal, after: perFte, reported: true, intensitiesInto: [] })).toEqual({
      activityUnit: locked,
    });
  });

  it("leaves other edits alone once values are reported", () => {
    expect(intensityChangeErrors({ before: perMeal, after: perMeal, reported: true, intensitiesInto: [] })).toEqual({});
  });

  it("keeps an indicator that intensities add up into absolute and additive", () => {
    expect(intensityChangeErrors({ before: absolute, after: perMeal, reported: false, intensitiesInto: ["CO2 per rit"] })).toEqual({
      intensity: "‘CO2 per rit’ telt mee in deze indicator; die kan daarom zelf geen intensiteit worden.",
      aggregation: "‘CO2 per rit’ telt mee in deze indicator; de optelwijze moet daarom Optellen blijven.",
    });
    expect(
      intensityChangeErrors({
        before: absolute,
        after: { ...absolute, aggregation: "average" },
        reported: false,
        intensitiesInto: ["A", "B"],
      }),
    ).toEqual({ aggregation: "‘A’, ‘B’ tellen mee in deze indicator; de optelwijze moet daarom Optellen blijven." });
  });
});

describe("the intensity fields of the indicator form", () => {
  const form = (overrides: Record<string, unknown> = {}) => ({
    name: "CO2 per rit",
    code: "",
    description: "",
    unitCode: "KGM",
    unitLabel: "kg CO2e per km",
    direction: "lower_better",
    aggregation: "weighted_average",
    minValue: "",
    maxValue: "",
    intensity: "per_unit",
    activityUnit: "kilometer",
    absoluteIndicatorId: "00000000-0000-4000-8000-000000000001",
    absoluteFactor: "0,001",
    ...overrides,
  });

  it("stores the activity's code and label and the factor as an exact decimal", () => {
    expect(CreateIndicator.parse(form())).toMatchObject({
      activityUnitCode: "KMT",
      activityUnitLabel: "kilometer",
      absoluteIndicatorId: "00000000-0000-4000-8000-000000000001",
      absoluteFactor: "0.001",
    });
  });

  it("clears everything of an intensity for an absolute indicator, whatever the fields hold", () => {
    const parsed = CreateIndicator.parse(form({ intensity: "absolute", aggregation: "sum", absoluteFactor: "abc" }));
    expect(parsed).toMatchObject({ activityUnitCode: null, activityUnitLabel: null, absoluteIndicatorId: null, absoluteFactor: null });
    expect(parsed).not.toHaveProperty("activityUnit");
  });

  it("needs no absolute indicator, and then no factor", () => {
    expect(CreateIndicator.parse(form({ absoluteIndicatorId: "", absoluteFactor: "" }))).toMatchObject({
      activityUnitCode: "KMT",
      absoluteIndicatorId: null,
      absoluteFactor: null,
    });
  });

  it("puts every problem at its field in one round", () => {
    const result = UpdateIndicator.safeParse({
      ...form({ activityUnit: "lichtjaar", aggregation: "sum", absoluteFactor: "0" }),
      id: "00000000-0000-4000-8000-000000000002",
    });
    expect(!result.success && fieldErrorsOf(result.error)).toEqual({
      activityUnit: "Kies per welke eenheid activiteit de waarde is.",
      aggregation: "Waarden per eenheid tel je niet op: kies een gemiddelde of een gewogen gemiddelde.",
      absoluteFactor: "De factor moet groter zijn dan 0.",
    });
  });

  it("asks for the factor with an absolute indicator, and for the indicator with a factor", () => {
    const noFactor = CreateIndicator.safeParse(form({ absoluteFactor: "" }));
    expect(!noFactor.success && fieldErrorsOf(noFactor.error)).toEqual({ absoluteFactor: "Vul de factor in, bijvoorbeeld 0,001." });
    const noIndicator = CreateIndicator.safeParse(form({ absoluteIndicatorId: "" }));
    expect(!noIndicator.success && fieldErrorsOf(noIndicator.error)).toEqual({
      absoluteIndicatorId: "Kies de indicator waarin deze factor meetelt, of maak de factor leeg.",
    });
  });

  it("asks whether the value is absolute or per unit", () => {
    const result = CreateIndicator.safeParse(form({ intensity: undefined }));
    expect(!result.success && fieldErrorsOf(result.error)).toEqual({
      intensity: "Kies of de waarde absoluut is of per eenheid activiteit.",
    });
  });
});
