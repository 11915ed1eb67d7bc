import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP } from "@/lib/guidance/source";
import {
  ACTIVITY_CODES,
  GENERAL_TIPS_SECTION,
  WEGWIJZER_ACTIVITIES,
  WEGWIJZER_QUESTIONS,
  type CellCode,
} from "@/lib/guidance/wegwijzer/content";
import { WEGWIJZER_CELLS } from "@/lib/guidance/wegwijzer/cells";
import { formatReference } from "@/lib/guidance/reference";
import { adviceCells, assembleAdvice, parseWegwijzerAnswers, summariseAdvice, wegwijzerCell } from "@/lib/guidance/wegwijzer/rules";

const ALL_COMBINATIONS: number[][] = Array.from({ length: 32 }, (_, n) => [4, 3, 2, 1, 0].map((bit) => ((n >> bit) & 1) + 1));

describe("worked example of the PIANOo document (section V)", () => {
  // V.1 does not mark the chosen options in the text; the output of V.2 fixes them: Fa + F32 only
  // (so not F42 or F51), A12, A32, A52, S21 and S52. Answers: complex (2), many suppliers (1),
  // innovation and sustainability (2), enough capacity (1), no natural partners (2).
  const example = [2, 1, 2, 1, 2];

  it("reproduces exactly the cells of the document's output, in order", () => {
    // Seed 001, V.2 "Output wegwijzer": 1. Funderingsactiviteiten = Fa (l. 4978), F32 (l. 5228);
    // 2. Analyseactiviteiten = Aa (l. 5386), A12 (l. 5535), A32 (l. 5581), A52 (l. 5587);
    // 3. Specificatieactiviteiten = Sa (l. 5688), S12 (l. 5825), S21 (l. 6008), S32 (l. 6018), S52 (l. 6402);
    // 4. Uitvoeringsactiviteiten = Ua (l. 6426), U12 (l. 6687), U32 (l. 6699).
    expect(adviceCells(example)).toEqual({
      F: ["Fa", "F32"],
      A: ["Aa", "A12", "A32", "A52"],
      S: ["Sa", "S12", "S21", "S32", "S52"],
      U: ["Ua", "U12", "U32"],
    });
  });

  it("assembles the same blocks under Fundering, Analyse, Specificatie, Uitvoering, each with its reference", () => {
    const sections = assembleAdvice(example);
    expect(sections.map((s) => s.activity.name)).toEqual(["Fundering", "Analyse", "Specificatie", "Uitvoering"]);
    expect(sections.flatMap((s) => s.blocks.map((b) => b.code))).toEqual([
      "Fa",
      "F32",
      "Aa",
      "A12",
      "A32",
      "A52",
      "Sa",
      "S12",
      "S21",
      "S32",
      "S52",
      "Ua",
      "U12",
      "U32",
    ]);
    const s32 = sections[2]!.blocks.find((b) => b.code === "S32")!;
    expect(s32.text).toMatch(/functionele specificatie/);
    expect(formatReference(s32.reference)).toBe(
      "PIANOo – Organisatie Strategische Inkoop, § III.6 HOE? Wat zijn de doelstellingen naast kwaliteit die met het " +
        "inkoopproject beoogd worden?, cel S32",
    );
  });
});

describe("adviceCells: the assembly rule", () => {
  it("gives every cell that has text when all first options are chosen", () => {
    expect(adviceCells([1, 1, 1, 1, 1])).toEqual({
      F: ["Fa", "F11", "F31", "F51"],
      A: ["Aa", "A31"],
      S: ["Sa", "S11", "S21", "S51"],
      U: ["Ua", "U11", "U51"],
    });
  });

  it("gives every cell that has text when all second options are chosen", () => {
    expect(adviceCells([2, 2, 2, 2, 2])).toEqual({
      F: ["Fa", "F32", "F42"],
      A: ["Aa", "A12", "A22", "A32", "A42", "A52"],
      S: ["Sa", "S12", "S22", "S32", "S42", "S52"],
      U: ["Ua", "U12", "U22", "U32", "U42"],
    });
  });

  it.each(ALL_COMBINATIONS.map((answers) => [answers.join(""), answers] as const))(
    "answers %s: F → A → S → U, general cell first, then the chosen non-empty cells in question order",
    (_, answers) => {
      const result = adviceCells(answers);
      expect(Object.keys(result)).toEqual(["F", "A", "S", "U"]);
      for (const activity of ACTIVITY_CODES) {
        const expected = [`${activity}a`, ...answers.map((option, i) => `${activity}${i + 1}${option}`)].filter(
          (code) => wegwijzerCell(code as CellCode)?.advice,
        );
        expect(result[activity]).toEqual(expected);
        expect(result[activity][0]).toBe(`${activity}a`);
        for (const code of result[activity]) {
          expect(wegwijzerCell(code)?.advice?.text.trim()).toBeTruthy();
        }
      }
      const blocks = assembleAdvice(answers).flatMap((s) => s.blocks);
      expect(blocks.map((b) => b.code)).toEqual(ACTIVITY_CODES.flatMap((a) => result[a]));
    },
  );

  it("gives 32 different results: for every question the two options lead to different advice", () => {
    const seen = new Set(ALL_COMBINATIONS.map((answers) => JSON.stringify(adviceCells(answers))));
    expect(seen.size).toBe(32);
  });
});

describe("invalid answers are refused with a Dutch message", () => {
  it.each([
    ["no answers", []],
    ["four answers", [1, 2, 1, 2]],
    ["six answers", [1, 2, 1, 2, 1, 1]],
  ])("%s", (_, answers) => {
    expect(() => adviceCells(answers)).toThrow(ValidationError);
    expect(() => adviceCells(answers)).toThrow("De wegwijzer heeft precies 5 antwoorden nodig, elk 1 of 2.");
  });

  it.each([
    ["option 0", [0, 1, 1, 1, 1], 1],
    ["option 3", [1, 2, 3, 1, 1], 3],
    ["a fraction", [1, 1, 1, 1.5, 1], 4],
    ["a string", [1, 1, 1, 1, "2"], 5],
    ["nothing", [1, null, 1, 1, 1], 2],
  ])("%s names the question", (_, answers, question) => {
    try {
      parseWegwijzerAnswers(answers);
      expect.unreachable("invalid answers were accepted");
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({
        [`answers.${question}`]: `Kies bij vraag ${question} optie 1 of 2.`,
      });
    }
  });

  it("refuses something that is not a list", () => {
    expect(() => parseWegwijzerAnswers("21212")).toThrow(ValidationError);
    expect(() => parseWegwijzerAnswers(undefined)).toThrow(ValidationError);
  });
});

describe("wegwijzer content matches the document's structure", () => {
  it("has the four activities in the order F, A, S, U", () => {
    expect(WEGWIJZER_ACTIVITIES.map((a) => [a.code, a.name])).toEqual([
      ["F", "Fundering"],
      ["A", "Analyse"],
      ["S", "Specificatie"],
      ["U", "Uitvoering"],
    ]);
  });

  it("has the five questions of the schema (III.2) with their two options, in Netherlands Dutch", () => {
    const asWritten = WEGWIJZER_QUESTIONS.map((q) => ({
      label: `${q.number}. ${q.dimension}? ${q.text}`,
      options: q.options.map((o) => `${o.number}. ${o.label}`),
    }));
    expect(asWritten).toEqual([
      {
        label: "1. WAT? Wat voor product of dienst koop je in?",
        options: ["1. Standaard en vaak ingekocht: een standaardproduct (commodity)", "2. Complex, uniek of innovatief"],
      },
      {
        label: "2. WAT? Hoeveel aanbieders zijn er voor dit product of deze dienst?",
        options: ["1. Veel aanbieders (5 of meer)", "2. Weinig aanbieders (minder dan 5)"],
      },
      {
        label: "3. HOE? Wat wil je met het inkoopproject bereiken, naast kwaliteit?",
        options: ["1. Vooral kostenefficiëntie", "2. Vooral innovatie en duurzaamheid"],
      },
      {
        label: "4. WIE? Heeft je organisatie genoeg capaciteit en expertise voor een inkoopprocedure van deze complexiteit?",
        options: [
          "1. Ja, de afdeling met de behoefte heeft genoeg capaciteit en expertise",
          "2. Nee, de afdeling met de behoefte heeft te weinig capaciteit of expertise",
        ],
      },
      {
        label: "5. WIE? Zijn er organisaties met vergelijkbare doelen om mee samen te werken?",
        options: [
          "1. Ja, er zijn voor de hand liggende samenwerkingspartners",
          "2. Nee, er zijn geen voor de hand liggende samenwerkingspartners",
        ],
      },
    ]);
    expect(WEGWIJZER_QUESTIONS.map((q) => q.section)).toEqual(["III.4", "III.5", "III.6", "III.7", "III.8"]);
  });

  it("keeps the Flemish wording of the source out of what the user reads, and explains 'commodity' where it is used", () => {
    const shown = [
      ...WEGWIJZER_QUESTIONS.flatMap((q) => [q.text, ...q.options.flatMap((o) => [o.label, o.summary ?? ""])]),
      ...WEGWIJZER_ACTIVITIES.map((a) => a.covers),
      ...WEGWIJZER_CELLS.map((c) => c.advice?.text ?? ""),
    ].join("\n");
    for (const flemish of [
      "aanbestedende overheid",
      "in functie van",
      "gelijkaardig",
      "aankoopprocedure",
      "aankoper",
      "Commodity /",
      "Data mining",
    ]) {
      expect(shown).not.toContain(flemish);
    }
    for (const match of shown.matchAll(/commodit(y|ies)/gi)) {
      expect(shown.slice(Math.max(0, match.index - 25), match.index)).toMatch(/standaardproduct(en)? \($/);
    }
  });

  it("holds the complete grid of 44 cells without duplicate codes", () => {
    const codes = WEGWIJZER_CELLS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const grid = ACTIVITY_CODES.flatMap((a) => [`${a}a`, ...[1, 2, 3, 4, 5].flatMap((q) => [`${a}${q}1`, `${a}${q}2`])]);
    expect([...codes].sort()).toEqual([...grid].sort());
  });

  it("leaves empty exactly the cells the document leaves empty (III.4–III.8)", () => {
    const empty = WEGWIJZER_CELLS.filter((c) => c.advice === null).map((c) => c.code);
    expect(empty.sort()).toEqual(
      ["F12", "A11", "F21", "F22", "A21", "U21", "S31", "U31", "F41", "A41", "S41", "U41", "F52", "A51", "U52"].sort(),
    );
  });

  it("gives each cell a code that matches its activity, question and option", () => {
    for (const cell of WEGWIJZER_CELLS) {
      const expected =
        cell.belongsTo === "general" ? `${cell.activity}a` : `${cell.activity}${cell.belongsTo.question}${cell.belongsTo.option}`;
      expect(cell.code).toBe(expected);
    }
  });

  it("gives every non-empty cell an own-words text and a reference to its cell in the right section", () => {
    for (const cell of WEGWIJZER_CELLS) {
      if (!cell.advice) continue;
      const section = cell.belongsTo === "general" ? GENERAL_TIPS_SECTION : WEGWIJZER_QUESTIONS[cell.belongsTo.question - 1]!.section;
      expect(cell.advice.text.trim().length, cell.code).toBeGreaterThan(40);
      expect(cell.advice.reference).toEqual({
        document: PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP,
        section,
        locator: `cel ${cell.code}`,
      });
      expect(formatReference(cell.advice.reference)).toContain(`§ ${section} `);
    }
  });
});

describe("summariseAdvice: what to do first, from the answers", () => {
  it("leads the worked example with the answers that bring the most tips, each with its cells as the source", () => {
    // Innovation and sustainability brings 4 tips, complex 3, no natural partners 2, many suppliers 1.
    expect(summariseAdvice([2, 1, 2, 1, 2])).toEqual([
      {
        question: 3,
        answer: "Vooral innovatie en duurzaamheid",
        text: expect.stringMatching(/^Leg innovatie en duurzaamheid vast/),
        cells: ["F32", "A32", "S32", "U32"],
        activities: ["Fundering", "Analyse", "Specificatie", "Uitvoering"],
      },
      {
        question: 1,
        answer: "Complex, uniek of innovatief",
        text: expect.stringMatching(/dicht bij de afdeling die de inhoud kent/),
        cells: ["A12", "S12", "U12"],
        activities: ["Analyse", "Specificatie", "Uitvoering"],
      },
      {
        question: 5,
        answer: "Nee, er zijn geen voor de hand liggende samenwerkingspartners",
        text: expect.stringMatching(/^Koop zelfstandig in/),
        cells: ["A52", "S52"],
        activities: ["Analyse", "Specificatie"],
      },
    ]);
  });

  it("follows the answers: other answers give other points, ties in question order", () => {
    // All first options: standard product 3 tips, partners 3, cost efficiency 2, many suppliers 1, enough capacity none.
    expect(summariseAdvice([1, 1, 1, 1, 1]).map((p) => [p.question, p.cells])).toEqual([
      [1, ["F11", "S11", "U11"]],
      [5, ["F51", "S51", "U51"]],
      [3, ["F31", "A31"]],
    ]);
    // Too little capacity brings a tip in every activity and leads with innovation.
    expect(summariseAdvice([2, 2, 2, 2, 2]).map((p) => p.question)).toEqual([3, 4, 1]);
  });

  it("gives three points for every combination of answers, never a general cell, each point's cells among the advice", () => {
    for (const answers of ALL_COMBINATIONS) {
      const points = summariseAdvice(answers);
      const advised = new Set(Object.values(adviceCells(answers)).flat());
      expect(points).toHaveLength(3);
      for (const point of points) {
        expect(point.text.length).toBeGreaterThan(20);
        expect(point.cells.every((code) => advised.has(code) && !code.endsWith("a"))).toBe(true);
      }
      expect(points.map((p) => p.cells.length)).toEqual([...points.map((p) => p.cells.length)].sort((a, b) => b - a));
    }
  });

  it("refuses incomplete answers like the assembly does", () => {
    expect(() => summariseAdvice([1, 2])).toThrow(ValidationError);
  });
});
