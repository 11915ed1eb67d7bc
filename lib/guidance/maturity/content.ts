// Inkoopvolwassenheid: the development stages of the purchasing function with their items, as
// figure 10 of the Buyer Group FM handreiking gives them (seed 004, lines 894–978; the text that
// introduces it is lines 862–888). Stage questions and item texts are fact and copied as printed,
// with only the line-break hyphenation of the extracted text joined up ("doel/stellingen").
import { fmReference, type ToolReference } from "@/lib/guidance/tool-sources";

export type MaturityFocus = "intern" | "extern";

export type MaturityItem = { id: string; text: string };

export type MaturityStage = {
  number: 1 | 2 | 3 | 4 | 5;
  /** The question that heads the column in figure 10. */
  question: string;
  /** The figure puts "Interne focus" over the first three columns and "Externe focus" over the last two. */
  focus: MaturityFocus;
  items: readonly MaturityItem[];
  /** Our own remark where the figure itself needs a word of explanation. */
  note?: string;
};

export const MATURITY_FIGURE = {
  title: "Inkoopvolwassenheidsmodel en maatschappelijke impact",
  axis: "Ontwikkelstadia inkoopfunctie",
  from: "Van inkoopvraagstukken met een organisatieaspect",
  to: "Naar organisatievraagstukken met een inkoopaspect",
  credit:
    "PHI Factory 2023, gebaseerd op de Significant ontwikkelcurve (Meijer en Papenhuijzen 2016) en het " +
    "inkoopvolwassenheidsmodel van Van Weele, Rozenmeijer en Rietveld",
  reference: fmReference("hoofdstuk 4 Randvoorwaarden, randvoorwaarde 2 ‘De organisatie moet volwassen genoeg zijn’", "figuur 10"),
} as const;

export const FOCUS_LABELS: Record<MaturityFocus, string> = {
  intern: "Interne focus",
  extern: "Externe focus",
};

export const MATURITY_STAGES: readonly MaturityStage[] = [
  {
    number: 1,
    question: "Wat is inkoop?",
    focus: "intern",
    items: [
      { id: "1.1", text: "Spendanalyse aanwezig" },
      { id: "1.2", text: "Inkoopbeleid vastgesteld" },
      { id: "1.3", text: "Inzicht in contracten" },
      { id: "1.4", text: "Offertetrajecten in concurrentie uitvoeren" },
    ],
  },
  {
    number: 2,
    question: "Ben ik in control?",
    focus: "intern",
    items: [
      {
        id: "2.1",
        text: "Rollen, taken en verantwoordelijkheden duidelijk belegd",
      },
      { id: "2.2", text: "Inkoopprocessen geborgd" },
      { id: "2.3", text: "Contractmanagement ingericht" },
      {
        id: "2.4",
        text: "Duurzame reductiemaatregelen worden meegenomen in offertetrajecten",
      },
    ],
  },
  {
    number: 3,
    question: "Hoe krijg ik de beste contractrelatie?",
    focus: "intern",
    items: [
      {
        id: "3.1",
        text: "Vertalen van beleid en doelstellingen naar contracten",
      },
      { id: "3.2", text: "Inkoopstrategieën per segment" },
      { id: "3.3", text: "Koppelen van vraag en aanbod" },
      { id: "3.4", text: "Meer dialoog met de markt" },
      {
        id: "3.5",
        text: "Circulaire/duurzame oplossingen uitvragen bij de markt",
      },
    ],
  },
  {
    number: 4,
    question: "Hoe werk ik het beste samen met de markt?",
    focus: "extern",
    items: [
      {
        id: "4.1",
        text: "Rollen, taken en verantwoordelijkheden duidelijk belegd",
      },
      { id: "4.2", text: "Inkoopprocessen geborgd" },
      { id: "4.3", text: "Contractmanagement ingericht" },
      {
        id: "4.4",
        text: "Duurzame reductiemaatregelen worden meegenomen in offertetrajecten",
      },
    ],
    note:
      "Figuur 10 noemt in deze kolom dezelfde vier onderdelen als bij ‘Ben ik in control?’. We nemen ze over zoals " +
      "de figuur ze geeft. Vink ze hier aan als ze ook in de samenwerking met de markt op orde zijn.",
  },
  {
    number: 5,
    question: "Hoe werk ik het beste samen met de hele keten?",
    focus: "extern",
    items: [
      {
        id: "5.1",
        text:
          "Samenwerken aan de duurzame ambitie van de organisatie, zowel binnen de organisatie als met marktpartijen " +
          "en de hele keten.",
      },
      { id: "5.2", text: "Opzetten van coalities" },
      {
        id: "5.3",
        text: "De markt stimuleren op met nieuwe circulaire oplossingen de kringlopen te sluiten. Strategisch leveranciersmanagement.",
      },
    ],
  },
];

export const MATURITY_ITEM_IDS: readonly string[] = MATURITY_STAGES.flatMap((s) => s.items.map((i) => i.id));

export type MaturityGuidance = {
  title: string;
  text: string;
  reference: ToolReference;
};

/** The handreiking's explanation around the figure, in our own words. */
export const MATURITY_GUIDANCE: readonly MaturityGuidance[] = [
  {
    title: "Waarom volwassenheid ertoe doet",
    text:
      "Om samen aan een duurzame ambitie te werken moet de organisatie zo zijn ingericht dat de ambitie naar afdelingen " +
      "en productcategorieën vertaald kan worden, dat inkoop die afdelingen helpt de vertaling naar aanbestedingsstukken " +
      "te maken, en dat contractmanagers met leveranciers blijven werken aan ontwikkeling gedurende het hele contract.",
    reference: fmReference("hoofdstuk 4 Randvoorwaarden", "randvoorwaarde 2 ‘De organisatie moet volwassen genoeg zijn’"),
  },
  {
    title: "De kolommen zijn een indicatie",
    text:
      "De onderdelen per stadium geven een grove indicatie. Je hoeft niet eerst alles in een kolom af te vinken voordat " +
      "je verder gaat. Weet wel vóór je de ambitie gaat uitvoeren waar je organisatie staat: dan kun je de processen aan " +
      "het begin steviger inrichten en is de kans groter dat het na het sluiten van de contracten lukt.",
    reference: fmReference("hoofdstuk 4 Randvoorwaarden", "toelichting bij figuur 10"),
  },
  {
    title: "Inkoopfunctie",
    text: "Met de inkoopfunctie bedoelt de handreiking alle inkoopprocessen op strategisch, tactisch en operationeel niveau: van beleid tot uitvoering.",
    reference: fmReference("hoofdstuk 4 Randvoorwaarden", "toelichting bij figuur 10"),
  },
];

/** How we read the ticks; the figure itself defines no score, so the page labels this as ours. */
export const MATURITY_RULE_NOTE =
  "Onze lezing, niet die van de handreiking: je staat in het hoogste stadium waarvan alle onderdelen, en die van de " +
  "stadia ervoor, zijn afgevinkt. Het volgende stadium laat zien wat nog open staat. Wat je in latere stadia al hebt " +
  "afgevinkt, telt mee als voorsprong.";
