// Beslisboom inkoopsamenwerking: the three steps, their options and the forms of cooperation of the
// handreiking buyer groups (seed 000, "Gebruiksaanwijzing beslisboom", lines 82–168), and its
// recommendations per phase (lines 169–368). Steps, options, which option is open to which term,
// the cumulative levels and the suggested agreements are fact; texts are our own summaries.
import { buyerGroupsReference, type ToolReference } from "@/lib/guidance/tool-sources";

export type Term = "kort" | "lang";
export type InputChoice = "gelijk" | "uitbesteed" | "wisselend";
export type CooperationLevel = "informatie" | "standaard" | "bundelen";

const manual = (locator: string) => buyerGroupsReference("Gebruiksaanwijzing beslisboom", locator);

export type TreeOption<V extends string> = {
  value: V;
  label: string;
  /** When the handreiking recommends this option, in our words. */
  advice: string;
  reference: ToolReference;
  /** The long-term branch is shown in grey in the handreiking: not its focus, needs validation. */
  notValidated?: boolean;
  /** Only open after these choices of step 1. */
  onlyFor?: readonly Term[];
};

export type TreeStep<V extends string> = {
  number: 1 | 2 | 3;
  field: "term" | "input" | "level";
  title: string;
  options: readonly TreeOption<V>[];
  reference: ToolReference;
};

export const TERM_STEP: TreeStep<Term> = {
  number: 1,
  field: "term",
  reference: manual("stap 1"),
  title: "Kiezen tussen lange of korte termijn samenwerking",
  options: [
    {
      value: "kort",
      label: "Korte termijn",
      advice:
        "Begin een nieuwe samenwerking op korte termijn. Dat past bij deelnemers met laagdrempelige ambities en een " +
        "beperkte behoefte om samen te werken. Gaat het goed, dan kun je daarna overstappen op lange termijn.",
      reference: manual("stap 1"),
    },
    {
      value: "lang",
      label: "Lange termijn",
      advice:
        "Een lange-termijnsamenwerking is de logische vervolgstap na een geslaagde korte. De handreiking richt zich er " +
        "niet op en toont deze tak in grijs: hij moet nog verder gevalideerd worden.",
      reference: manual("stap 1"),
      notValidated: true,
    },
  ],
};

export const INPUT_STEP: TreeStep<InputChoice> = {
  number: 2,
  field: "input",
  reference: manual("stap 2"),
  title: "Kiezen voor gewenste input per deelnemer",
  options: [
    {
      value: "gelijk",
      label: "Gelijke input",
      advice:
        "Alle deelnemers hebben evenveel inbreng en invloed op het groepsproces. Alleen aan te raden bij een klein aantal " +
        "deelnemers die allemaal actief willen bijdragen.",
      reference: manual("stap 2"),
    },
    {
      value: "uitbesteed",
      label: "Input uitbesteden",
      advice:
        "Sommige deelnemers laten hun inbreng over aan andere, meer ervaren opdrachtgevers. Alleen aan te raden voor " +
        "gelijksoortige opdrachtgevers van vergelijkbare grootte die eenvoudige producten willen harmoniseren.",
      reference: manual("stap 2"),
    },
    {
      value: "wisselend",
      label: "Input per project wisselen",
      advice:
        "De invloed wisselt per project; elke deelnemer heeft een eigen expertisegebied. Deze optie bestaat alleen bij " +
        "een lange-termijnsamenwerking.",
      reference: manual("stap 2"),
      notValidated: true,
      onlyFor: ["lang"],
    },
  ],
};

export const LEVEL_STEP: TreeStep<CooperationLevel> = {
  number: 3,
  field: "level",
  reference: manual("stap 3"),
  title: "Kiezen voor het niveau van samenwerking",
  options: [
    {
      value: "informatie",
      label: "Delen van informatie",
      advice:
        "Kennis delen maakt individuele opdrachtgevers professioneler, zodat ze betere aanbestedingen en contracten " +
        "maken en de prijs-kwaliteitverhouding kan stijgen. Voor de ontwikkeling van nieuwe producten is alleen " +
        "informatie delen niet genoeg.",
      reference: manual("stap 3, ‘Ten eerste’"),
    },
    {
      value: "standaard",
      label: "Gezamenlijk een standaard creëren",
      advice:
        "Door samen producteisen, selectie- en gunningscriteria en contractvoorwaarden te maken bundel je koopkracht en " +
        "geef je de markt één signaal. Een versnipperde vraag houdt leveranciers juist af van investeren in innovatie.",
      reference: manual("stap 3, ‘Ten tweede’"),
    },
    {
      value: "bundelen",
      label: "Bundelen van inkoopvolumes",
      advice:
        "Gebundelde volumes vergroten de koopkracht, voor een lagere prijs, betere kwaliteit of strengere " +
        "duurzaamheidseisen. Dat past alleen bij producten waarvoor de deelnemers vergelijkbare eisen hebben, die vaak " +
        "worden aanbesteed en weinig maatwerk vragen.",
      reference: manual("stap 3, ‘Ten derde’"),
    },
  ],
};

/** The levels build on each other (stap 3): each needs the ones before it. */
export const CUMULATIVE_LEVELS: readonly CooperationLevel[] = ["informatie", "standaard", "bundelen"];
export const CUMULATIVE_NOTE = {
  text:
    "De niveaus zijn cumulatief: een gezamenlijke standaard vraagt dat je informatie deelt, en volumes bundelen vraagt " +
    "dat je de vraag harmoniseert én informatie deelt.",
  reference: manual("stap 3"),
};

export type Agreement = {
  label: string;
  text: string;
  reference: ToolReference;
};

/** The agreement the handreiking recommends per level of cooperation. */
export const LEVEL_AGREEMENTS: Record<CooperationLevel, readonly Agreement[]> = {
  informatie: [
    {
      label: "Convenant",
      text: "Teken een convenant met de deelnemende opdrachtgevers voor het uitwisselen van kennis.",
      reference: manual("stap 3, ‘Ten eerste’"),
    },
  ],
  standaard: [
    {
      label: "Convenant",
      text: "Teken samen een convenant voor het harmonisatieproces.",
      reference: manual("stap 3, ‘Ten tweede’"),
    },
  ],
  bundelen: [
    {
      label: "Convenant",
      text: "Teken vóór het bundelen samen een convenant.",
      reference: manual("stap 3, ‘Ten derde’"),
    },
    {
      label: "Gezamenlijke documenten",
      text: "Stel vóór het bundelen samen producteisen, selectie- en gunningscriteria en contractvoorwaarden op.",
      reference: manual("stap 3, ‘Ten derde’"),
    },
  ],
};

/** Agreements and legal forms for bundling volumes, which depend on the term (stap 3, last paragraph). */
export const BUNDLING_FORMS: Record<
  Term,
  {
    forms: readonly { label: string; text: string }[];
    notValidated: boolean;
    reference: ToolReference;
  }
> = {
  kort: {
    forms: [
      {
        label: "Gezamenlijke aanbesteding",
        text: "De deelnemers besteden samen één keer aan.",
      },
      {
        label: "Raamovereenkomst",
        text: "Biedt meer ruimte voor maatwerk dan een gezamenlijke aanbesteding.",
      },
    ],
    notValidated: false,
    reference: manual("stap 3, overeenkomsten en rechtsvormen"),
  },
  lang: {
    forms: [],
    notValidated: true,
    reference: manual("stap 3, overeenkomsten en rechtsvormen"),
  },
};

export const LONG_TERM_FORMS_NOTE =
  "Voor lange-termijnsamenwerkingen toont de handreiking de aanbevolen juridische verhoudingen in grijs: ze zijn niet " +
  "de focus van de handreiking en moeten nog verder gevalideerd worden. De tekst noemt ze niet; raadpleeg de figuur " +
  "van de beslisboom en laat je juridisch adviseren.";
