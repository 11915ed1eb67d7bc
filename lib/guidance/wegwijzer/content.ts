// Wegwijzer organisatie strategische inkoop: the structure of the tool as the PIANOo document
// gives it (section III.1 for the activities, the schema of III.2 for the questions and options).
// This is fact and must match the source word for word; the advice per cell is in ./cells.ts.
import type { SourceReference } from "@/lib/guidance/source";

export const ACTIVITY_CODES = ["F", "A", "S", "U"] as const;
export type ActivityCode = (typeof ACTIVITY_CODES)[number];

type QuestionNumber = 1 | 2 | 3 | 4 | 5;
export type OptionNumber = 1 | 2;
type Dimension = "WAT" | "HOE" | "WIE";

/** "Fa": the general cell of an activity; "S32": activity S, question 3, option 2. */
type GeneralCellCode = `${ActivityCode}a`;
type OptionCellCode = `${ActivityCode}${QuestionNumber}${OptionNumber}`;
export type CellCode = GeneralCellCode | OptionCellCode;

export type WegwijzerActivity = {
  code: ActivityCode;
  name: string;
  /** The document's own list of what the activity covers (III.1, "Toelichting benaming"). */
  covers: string;
};

type WegwijzerOption = { number: OptionNumber; label: string };

export type WegwijzerQuestion = {
  number: QuestionNumber;
  dimension: Dimension;
  text: string;
  /** The section of the document that holds the tips for this question's cells. */
  section: SourceReference["section"];
  options: readonly [WegwijzerOption, WegwijzerOption];
};

type CellAdvice = {
  /** Our own summary of the document's tip, in Dutch. */
  text: string;
  reference: SourceReference;
};

export type WegwijzerCell = {
  code: CellCode;
  activity: ActivityCode;
  belongsTo: "general" | { question: QuestionNumber; option: OptionNumber };
  /** null where the document leaves the cell empty ("alleen unieke relaties worden meegenomen"). */
  advice: CellAdvice | null;
};

export const WEGWIJZER_ACTIVITIES: readonly WegwijzerActivity[] = [
  {
    code: "F",
    name: "Fundering",
    covers:
      "Standaardcontracten, inkoopvoorwaarden, financiële kaders, zorgen voor competentie ontwikkeling, software tools, " +
      "ontwerprichtlijnen en normen, etc. (bovenop het wettelijk kader EU / NL)",
  },
  {
    code: "A",
    name: "Analyse",
    covers:
      "Data mining, product-, prijs- en marktonderzoek, leveranciersonderzoek, contractonderzoek (typisch activiteiten op " +
      "meta-niveau, niet voor individuele inkoopprojecten)",
  },
  {
    code: "S",
    name: "Specificatie",
    covers:
      "Omschrijving van de te volgen inkoop- of aanbestedingsprocedures, inschatting doorlooptijd project, beschikbare " +
      "budget, eisenpakket, productspecificatie, functionele specificatie, gunningscriteria, etc.",
  },
  {
    code: "U",
    name: "Uitvoering",
    covers:
      "Aankondigen opdracht, toetsen uitsluitingsgronden en minimumgeschiktheidseisen, herstel van fouten en " +
      "verduidelijken van inschrijving, toetsen of de inschrijvingen voldoen aan de gestelde eisen, gunnen, individuele " +
      "contracten opstellen en toezien op uitvoering ervan",
  },
];

// Question and option wording exactly as the schema of III.2 gives it.
export const WEGWIJZER_QUESTIONS: readonly WegwijzerQuestion[] = [
  {
    number: 1,
    dimension: "WAT",
    text: "Welk type product / dienst wordt ingekocht?",
    section: "III.4",
    options: [
      { number: 1, label: "Standaard / Commodity / Herhaaldelijk Ingekocht" },
      { number: 2, label: "Complex / Uniek / Innovatief" },
    ],
  },
  {
    number: 2,
    dimension: "WAT",
    text: "Bij wie kan het product / dienst ingekocht worden?",
    section: "III.5",
    options: [
      { number: 1, label: "Veel aanbieders in de markt (≥5)" },
      { number: 2, label: "Weinig aanbieders in de markt (<5)" },
    ],
  },
  {
    number: 3,
    dimension: "HOE",
    text: "Wat zijn de doelstellingen naast kwaliteit die met het inkoopproject beoogd worden?",
    section: "III.6",
    options: [
      { number: 1, label: "Focus vooral op kostenefficiëntie" },
      { number: 2, label: "Focus vooral op innovatie en duurzaamheid" },
    ],
  },
  {
    number: 4,
    dimension: "WIE",
    text:
      "Heeft de aanbestedende overheid voldoende capaciteit en expertise in functie van de complexiteit van de " +
      "benodigde aankoopprocedure?",
    section: "III.7",
    options: [
      { number: 1, label: "Voldoende capaciteit en expertise binnen de afdeling die behoefte heeft" },
      { number: 2, label: "Onvoldoende capaciteit en expertise binnen de afdeling die behoefte heeft" },
    ],
  },
  {
    number: 5,
    dimension: "WIE",
    text: "Zijn er natuurlijke samenwerkingspartners (met gelijkaardige doelstellingen)?",
    section: "III.8",
    options: [
      { number: 1, label: "Aanwezigheid natuurlijke samenwerkingspartners" },
      { number: 2, label: "Geen aanwezigheid natuurlijke samenwerkingspartners" },
    ],
  },
];

/** The general cells ("Algemene Tips", row Fa Aa Sa Ua of the schema) come from III.3. */
export const GENERAL_TIPS_SECTION: SourceReference["section"] = "III.3";
