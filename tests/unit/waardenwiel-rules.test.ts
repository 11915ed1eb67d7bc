import { describe, expect, it } from "vitest";
import {
  byPriority,
  checkQuantitativeGoal,
  goalTargetText,
  missingPillars,
  normalisePriorities,
  pillarList,
  priorityErrors,
  topPriorityOverload,
  wheelProgress,
  type WheelForProgress,
} from "@/lib/waardenwiel/rules";

const percent = { unitCode: "P1", minValue: "0.0000", maxValue: "100.0000" };
const tonnes = { unitCode: "TNE", minValue: "0.0000", maxValue: null };
const ladder = { unitCode: "C62", minValue: "1.0000", maxValue: "5.0000" };
const goal = (overrides: Partial<{ targetValue: string; baseValue: string; targetYear: number; baseYear: number }> = {}) => ({
  baseYear: 2024,
  baseValue: "35,5",
  targetYear: 2030,
  targetValue: "60",
  ...overrides,
});

describe("the three pillars", () => {
  it("names the pillars no theme covers, in the seed's order", () => {
    expect(missingPillars([])).toEqual(["ecologisch_sociaal", "samenwerking", "gedragsverandering"]);
    expect(missingPillars([{ pillar: "ecologisch_sociaal" }, { pillar: "ecologisch_sociaal" }])).toEqual([
      "samenwerking",
      "gedragsverandering",
    ]);
    expect(missingPillars([{ pillar: "gedragsverandering" }, { pillar: "samenwerking" }, { pillar: "ecologisch_sociaal" }])).toEqual([]);
  });

  it("lists them as Dutch prose", () => {
    expect(pillarList(["samenwerking"])).toBe("Samenwerking");
    expect(pillarList(["samenwerking", "gedragsverandering"])).toBe("Samenwerking en Gedragsverandering");
    expect(pillarList(["ecologisch_sociaal", "samenwerking", "gedragsverandering"])).toBe(
      "Ecologisch & sociaal, Samenwerking en Gedragsverandering",
    );
  });
});

describe("focus: more than five themes sharing the highest priority", () => {
  const ranks = (...values: Array<number | null>) => values.map((priorityRank) => ({ priorityRank }));

  it("warns at six themes tied for the top, not at five", () => {
    expect(topPriorityOverload(ranks(1, 1, 1, 1, 1, 2, 3))).toBeNull();
    expect(topPriorityOverload(ranks(1, 1, 1, 1, 1, 1, 2))).toEqual({ rank: 1, count: 6 });
  });

  it("takes the highest rank in use, even when nobody has rank 1, and ignores unranked themes", () => {
    expect(topPriorityOverload(ranks(2, 2, 2, 2, 2, 2))).toEqual({ rank: 2, count: 6 });
    expect(topPriorityOverload(ranks(null, null, null, null, null, null, 1))).toBeNull();
    expect(topPriorityOverload([])).toBeNull();
  });
});

describe("priority ranks", () => {
  it("accepts unique ranks and empty ones", () => {
    expect(
      priorityErrors([
        { themeId: "a", rank: 1, tied: false },
        { themeId: "b", rank: 2, tied: false },
        { themeId: "c", rank: null, tied: false },
      ]),
    ).toEqual({});
  });

  it("refuses a shared rank unless every theme sharing it is marked as tied", () => {
    const errors = priorityErrors([
      { themeId: "a", rank: 1, tied: true },
      { themeId: "b", rank: 1, tied: false },
      { themeId: "c", rank: 2, tied: false },
    ]);
    expect(Object.keys(errors).sort()).toEqual(["rank.a", "rank.b"]);
    expect(errors["rank.a"]).toMatch(/Rang 1 komt 2 keer voor/);
    expect(
      priorityErrors([
        { themeId: "a", rank: 1, tied: true },
        { themeId: "b", rank: 1, tied: true },
      ]),
    ).toEqual({});
  });

  it("stores a lone tie mark as not tied", () => {
    expect(
      normalisePriorities([
        { themeId: "a", rank: 1, tied: true },
        { themeId: "b", rank: 2, tied: true },
        { themeId: "c", rank: 2, tied: true },
      ]),
    ).toEqual([
      { themeId: "a", rank: 1, tied: false },
      { themeId: "b", rank: 2, tied: true },
      { themeId: "c", rank: 2, tied: true },
    ]);
  });

  it("orders themes by priority, unranked last, then by place on the ring", () => {
    const themes = [
      { name: "c", priorityRank: null, position: 0 },
      { name: "b", priorityRank: 2, position: 1 },
      { name: "a2", priorityRank: 1, position: 3 },
      { name: "a1", priorityRank: 1, position: 2 },
    ];
    expect(byPriority(themes).map((t) => t.name)).toEqual(["a1", "a2", "b", "c"]);
  });
});

describe("quantitative goals", () => {
  it("reads the decimal comma and normalises for the database", () => {
    expect(checkQuantitativeGoal(goal({ baseValue: "35,5", targetValue: "60,25" }), percent)).toEqual({
      ok: true,
      value: { baseValue: "35.5", targetValue: "60.25", baseYear: 2024, targetYear: 2030 },
    });
    expect(checkQuantitativeGoal(goal({ baseValue: "12.500", targetValue: "5.000,5" }), tonnes)).toMatchObject({
      ok: true,
      value: { baseValue: "12500", targetValue: "5000.5" },
    });
  });

  it("refuses a decimal point, a target year not after the base year, and too many decimals", () => {
    expect(checkQuantitativeGoal(goal({ targetValue: "12.5", targetYear: 2024, baseValue: "1,12345" }), percent)).toEqual({
      ok: false,
      fieldErrors: {
        targetValue: "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
        baseValue: "Gebruik hoogstens 4 cijfers achter de komma.",
        targetYear: "Het doeljaar moet na het basisjaar liggen.",
      },
    });
  });

  it("keeps percentages between 0 and 100, even when the catalogue gives no bounds", () => {
    expect(checkQuantitativeGoal(goal({ targetValue: "100,5" }), percent)).toEqual({
      ok: false,
      fieldErrors: { targetValue: "Een percentage ligt tussen 0 en 100." },
    });
    expect(checkQuantitativeGoal(goal({ baseValue: "-1" }), { unitCode: "P1", minValue: null, maxValue: null })).toMatchObject({
      ok: false,
      fieldErrors: { baseValue: expect.any(String) },
    });
    expect(checkQuantitativeGoal(goal({ baseValue: "0", targetValue: "100" }), percent).ok).toBe(true);
  });

  it("applies the indicator's own bounds to other units", () => {
    expect(checkQuantitativeGoal(goal({ baseValue: "3", targetValue: "6" }), ladder)).toEqual({
      ok: false,
      fieldErrors: { targetValue: "Deze indicator loopt van 1 tot en met 5." },
    });
    expect(checkQuantitativeGoal(goal({ baseValue: "-5", targetValue: "1.000.000" }), tonnes)).toEqual({
      ok: false,
      fieldErrors: { baseValue: "Deze indicator is minimaal 0." },
    });
  });

  it("describes the target for people, and turns stored numerics back into what they typed", () => {
    const stored = { kind: "quantitative" as const, baseYear: 2024, baseValue: "35.5000", targetYear: 2030, targetValue: "60.0000" };
    expect(goalTargetText({ ...stored, indicator: { name: "Plantaardige eiwitten", unitLabel: "%", unitCode: "P1" } })).toBe(
      "Plantaardige eiwitten: van 35,5 % in 2024 naar 60 % in 2030",
    );
    expect(
      goalTargetText({
        ...stored,
        baseValue: "12500.0000",
        targetValue: "5000.0000",
        indicator: { name: "CO2-uitstoot", unitLabel: "ton CO2e", unitCode: "TNE" },
      }),
    ).toBe("CO2-uitstoot: van 12.500 ton CO2e in 2024 naar 5.000 ton CO2e in 2030");
    expect(goalTargetText({ ...stored, kind: "qualitative", indicator: null })).toBe("");
  });
});

describe("the eight steps of the workflow", () => {
  const theme = (pillar: string, extra: Partial<WheelForProgress["themes"][number]> = {}) => ({
    pillar,
    priorityRank: null,
    subthemes: [],
    goals: [],
    ...extra,
  });
  const empty: WheelForProgress = { ambition: null, analysis: {}, publishedAt: null, themes: [] };
  const done = (wheel: WheelForProgress) =>
    wheelProgress(wheel)
      .filter((s) => s.done)
      .map((s) => s.slug);

  it("has the steps of figure 8 in order, none done for an empty wheel", () => {
    const steps = wheelProgress(empty);
    expect(steps.map((s) => `${s.number}. ${s.title}`)).toEqual([
      "1. Interne analyse",
      "2. Definieer duurzaamheid",
      "3. Concretiseer thema's",
      "4. Prioriteer thema's",
      "5. Formuleer ambitie",
      "6. Concretiseer doelen",
      "7. Creëer engagement",
      "8. Meten en monitoren",
    ]);
    expect(done(empty)).toEqual([]);
  });

  it("marks each step done from the data", () => {
    const analysis = { currentSituation: "We kopen deels duurzaam in.", stakeholders: "Inkoop, FM", xcurve: { afbouw: "Wegwerpservies" } };
    expect(done({ ...empty, analysis })).toEqual(["analyse"]);
    expect(done({ ...empty, analysis: { ...analysis, xcurve: { afbouw: "  " } } })).toEqual([]);

    const twoPillars = [theme("ecologisch_sociaal"), theme("samenwerking")];
    expect(done({ ...empty, themes: twoPillars })).toEqual([]);
    const allPillars = [...twoPillars, theme("gedragsverandering")];
    expect(done({ ...empty, themes: allPillars })).toEqual(["themas"]);

    const concrete = allPillars.map((t, i) => ({ ...t, subthemes: ["x"], priorityRank: i + 1 }));
    expect(done({ ...empty, themes: concrete })).toEqual(["themas", "concretisering", "prioriteiten"]);

    const qualitativeOnly = concrete.map((t) => ({ ...t, goals: [{ kind: "qualitative" as const }] }));
    expect(done({ ...empty, themes: qualitativeOnly, ambition: "In 2030 ..." })).toEqual([
      "themas",
      "concretisering",
      "prioriteiten",
      "ambitie",
    ]);
    const withQuantitative = [...qualitativeOnly.slice(1), { ...qualitativeOnly[0], goals: [{ kind: "quantitative" as const }] }];
    expect(done({ ...empty, themes: withQuantitative, publishedAt: new Date() })).toEqual([
      "themas",
      "concretisering",
      "prioriteiten",
      "doelen",
      "visie",
      "meten",
    ]);
  });
});
