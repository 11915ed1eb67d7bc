import { describe, expect, it } from "vitest";
import { INPUT_STEP, LEVEL_STEP, TERM_STEP } from "@/lib/guidance/cooperation-tree/content";
import { COOPERATION_PHASES } from "@/lib/guidance/cooperation-tree/phases";
import { allTreePaths, cooperationOutcome, parseTreeAnswers, type TreeAnswers } from "@/lib/guidance/cooperation-tree/rules";

describe("the steps of the decision tree (seed 000, lines 83–168)", () => {
  it("has the three steps with their options as the user manual gives them", () => {
    expect([TERM_STEP, INPUT_STEP, LEVEL_STEP].map((s) => [s.number, s.title, s.options.map((o) => o.label)])).toEqual([
      [1, "Kiezen tussen lange of korte termijn samenwerking", ["Korte termijn", "Lange termijn"]],
      [2, "Kiezen voor gewenste input per deelnemer", ["Gelijke input", "Input uitbesteden", "Input per project wisselen"]],
      [
        3,
        "Kiezen voor het niveau van samenwerking",
        ["Delen van informatie", "Gezamenlijk een standaard creëren", "Bundelen van inkoopvolumes"],
      ],
    ]);
  });

  it("has the three phases of the best practices with their headings, in order (lines 169–368)", () => {
    expect(COOPERATION_PHASES.map((p) => [p.title, p.topics.map((t) => t.title)])).toEqual([
      [
        "Samenwerking verkennen",
        ["Aanbevelingen voor werving van deelnemers", "Aanbevelingen voor selectie van deelnemers", "Aanbevelingen soorten deelnemers"],
      ],
      [
        "Samenwerking vormgeven",
        [
          "Aanbevelingen voor omgaan met verschillen tussen deelnemers",
          "Aanbevelingen organisatiestructuur",
          "Aanbevelingen juridische verhouding",
        ],
      ],
      [
        "Harmoniseren MVI-aspecten",
        ["Aanbevelingen proces vraagharmonisatie", "Aanbevelingen impact van de groep", "Aanbevelingen juridische aspecten"],
      ],
    ]);
  });
});

const key = (a: TreeAnswers) => `${a.term}/${a.input}/${a.level}`;

describe("cooperationOutcome for every path", () => {
  it("has 15 paths: 2 inputs × 3 levels for the short term, 3 × 3 for the long term", () => {
    const paths = allTreePaths();
    expect(paths).toHaveLength(15);
    expect(paths.filter((p) => p.term === "kort").map((p) => p.input)).not.toContain("wisselend");
  });

  // The whole table, written out: levels (cumulative), agreements, forms for bundling, grey branch.
  const EXPECTED: Record<
    string,
    {
      levels: string[];
      agreements: string[];
      forms: string[] | null;
      notValidated: boolean;
    }
  > = {};
  for (const term of ["kort", "lang"] as const) {
    for (const input of term === "kort" ? ["gelijk", "uitbesteed"] : ["gelijk", "uitbesteed", "wisselend"]) {
      EXPECTED[`${term}/${input}/informatie`] = {
        levels: ["informatie"],
        agreements: ["Convenant"],
        forms: null,
        notValidated: term === "lang",
      };
      EXPECTED[`${term}/${input}/standaard`] = {
        levels: ["informatie", "standaard"],
        agreements: ["Convenant"],
        forms: null,
        notValidated: term === "lang",
      };
      EXPECTED[`${term}/${input}/bundelen`] = {
        levels: ["informatie", "standaard", "bundelen"],
        agreements: ["Convenant", "Gezamenlijke documenten"],
        // Short term: a joint tender or a framework agreement (lines 162–164); long term: grey, none named.
        forms: term === "kort" ? ["Gezamenlijke aanbesteding", "Raamovereenkomst"] : [],
        notValidated: term === "lang",
      };
    }
  }

  it.each(allTreePaths().map((p) => [key(p), p] as const))("%s", (_name, path) => {
    const outcome = cooperationOutcome(path);
    expect({
      levels: outcome.levels.map((l) => l.value),
      agreements: outcome.agreements.map((a) => a.label),
      forms: outcome.bundling ? outcome.bundling.forms.map((f) => f.label) : null,
      notValidated: outcome.notValidated,
    }).toEqual(EXPECTED[key(path)]);
    if (outcome.bundling) expect(outcome.bundling.notValidated).toBe(path.term === "lang");
  });

  it("covers exactly the paths of the table", () => {
    expect(allTreePaths().map(key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("refuses a path that is not in the tree", () => {
    expect(() =>
      cooperationOutcome({
        term: "kort",
        input: "wisselend",
        level: "informatie",
      }),
    ).toThrow(RangeError);
  });
});

describe("parseTreeAnswers", () => {
  it("names every missing step", () => {
    expect(parseTreeAnswers({})).toEqual({
      ok: false,
      partial: {},
      errors: {
        term: "Kies bij stap 1 korte of lange termijn.",
        input: "Kies bij stap 2 de gewenste input per deelnemer.",
        level: "Kies bij stap 3 het niveau van samenwerking.",
      },
    });
  });

  it("allows input per project wisselen only for the long term", () => {
    expect(parseTreeAnswers({ term: "kort", input: "wisselend", level: "bundelen" })).toMatchObject({
      ok: false,
      errors: {
        input: expect.stringContaining("alleen bij een lange-termijnsamenwerking"),
      },
      partial: { term: "kort", input: "wisselend", level: "bundelen" },
    });
    expect(parseTreeAnswers({ term: "lang", input: "wisselend", level: "bundelen" })).toEqual({
      ok: true,
      answers: { term: "lang", input: "wisselend", level: "bundelen" },
    });
  });
});
