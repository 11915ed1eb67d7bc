// Wegwijzer organisatie strategische inkoop: the structure of the tool as the PIANOo document
// gives it (section III.1 for the activities, the schema of III.2 for the questions and options).
// The structure is fact from the source; its wording is Flemish ("aanbestedende overheid",
// "in functie van", "gelijkaardige", a bare "Commodity"), so questions and options are put in
// Netherlands Dutch with the same meaning. The advice per cell is in ./cells.ts.
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

type WegwijzerOption = {
  number: OptionNumber;
  label: string;
  /**
   * What this answer asks of the organisation first, in one plain sentence: the common thread of
   * the tips of this option's cells (./cells.ts). null where the document gives this answer no tips.
   */
  summary: string | null;
};

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
      "Standaardcontracten, inkoopvoorwaarden, financiële kaders, competentieontwikkeling, software, " +
      "ontwerprichtlijnen en normen, enzovoort (bovenop het wettelijk kader van de EU en Nederland)",
  },
  {
    code: "A",
    name: "Analyse",
    covers:
      "Gegevensanalyse, product-, prijs- en marktonderzoek, leveranciersonderzoek, contractonderzoek (meestal werk voor " +
      "de hele organisatie, niet voor één inkoopproject)",
  },
  {
    code: "S",
    name: "Specificatie",
    covers:
      "Beschrijving van de inkoop- of aanbestedingsprocedure, inschatting van de doorlooptijd, beschikbaar budget, " +
      "eisenpakket, productspecificatie, functionele specificatie, gunningscriteria, enzovoort",
  },
  {
    code: "U",
    name: "Uitvoering",
    covers:
      "Opdracht aankondigen, uitsluitingsgronden en geschiktheidseisen toetsen, fouten laten herstellen en " +
      "inschrijvingen laten verduidelijken, toetsen of inschrijvingen aan de eisen voldoen, gunnen, contracten " +
      "opstellen en toezien op de uitvoering",
  },
];

// The questions and options of the schema of III.2, in Netherlands Dutch (see the top of this file).
export const WEGWIJZER_QUESTIONS: readonly WegwijzerQuestion[] = [
  {
    number: 1,
    dimension: "WAT",
    text: "Wat voor product of dienst koop je in?",
    section: "III.4",
    options: [
      {
        number: 1,
        label: "Standaard en vaak ingekocht: een standaardproduct (commodity)",
        summary: "Koop dit standaardproduct centraal en gebundeld in, met standaardcontracten en vaste procedures.",
      },
      {
        number: 2,
        label: "Complex, uniek of innovatief",
        summary:
          "Leg de analyse en de specificatie dicht bij de afdeling die de inhoud kent, specificeer functioneel en houd de " +
          "eindgebruiker er het hele traject bij.",
      },
    ],
  },
  {
    number: 2,
    dimension: "WAT",
    text: "Hoeveel aanbieders zijn er voor dit product of deze dienst?",
    section: "III.5",
    options: [
      {
        number: 1,
        label: "Veel aanbieders (5 of meer)",
        summary: "Betrek mogelijke aanbieders vroeg, zodat hun ervaring en marktkennis in de specificatie terechtkomen.",
      },
      {
        number: 2,
        label: "Weinig aanbieders (minder dan 5)",
        summary:
          "Maak de machtspositie van de weinige aanbieders kleiner: houd je marktkennis actueel, koop samen met anderen in " +
          "en let in het contract op looptijd, ontbinding en boetes.",
      },
    ],
  },
  {
    number: 3,
    dimension: "HOE",
    text: "Wat wil je met het inkoopproject bereiken, naast kwaliteit?",
    section: "III.6",
    options: [
      {
        number: 1,
        label: "Vooral kostenefficiëntie",
        summary: "Standaardiseer waar het kan en volg de kosten over alle inkooptrajecten en jaren heen, niet alleen per traject.",
      },
      {
        number: 2,
        label: "Vooral innovatie en duurzaamheid",
        summary:
          "Leg innovatie en duurzaamheid vast in richtlijnen en sjablonen, specificeer functioneel, daag leveranciers uit en " +
          "regel intellectueel eigendom en risico's in het contract.",
      },
    ],
  },
  {
    number: 4,
    dimension: "WIE",
    text: "Heeft je organisatie genoeg capaciteit en expertise voor een inkoopprocedure van deze complexiteit?",
    section: "III.7",
    options: [
      { number: 1, label: "Ja, de afdeling met de behoefte heeft genoeg capaciteit en expertise", summary: null },
      {
        number: 2,
        label: "Nee, de afdeling met de behoefte heeft te weinig capaciteit of expertise",
        summary:
          "Vul de capaciteit aan door samen te werken met andere organisaties of expertise in te huren, en blijf kritisch " +
          "op wie je inhuurt.",
      },
    ],
  },
  {
    number: 5,
    dimension: "WIE",
    text: "Zijn er organisaties met vergelijkbare doelen om mee samen te werken?",
    section: "III.8",
    options: [
      {
        number: 1,
        label: "Ja, er zijn voor de hand liggende samenwerkingspartners",
        summary: "Werk samen met die partners: stel samen beleid op, specificeer gezamenlijk en voer de inkoop samen uit.",
      },
      {
        number: 2,
        label: "Nee, er zijn geen voor de hand liggende samenwerkingspartners",
        summary: "Koop zelfstandig in en laat analyses waar het kan uitvoeren door onafhankelijke instanties.",
      },
    ],
  },
];

/** The general cells ("Algemene Tips", row Fa Aa Sa Ua of the schema) come from III.3. */
export const GENERAL_TIPS_SECTION: SourceReference["section"] = "III.3";
