// Groeimodel of the organisation's people: the three groups of bijlage 1 of the Buyer Group FM
// handreiking with their "belangrijke factoren" (seed 004, lines 1013–1076, figure 11) and the
// tipping point of chapter 4 (lines 988–998). Group names, factor names and their signs are fact,
// copied as printed; the descriptions are our own summaries.
import { fmReference, type ToolReference } from "@/lib/guidance/tool-sources";

export type PeopleGroupId = "afwachtende_realisten" | "intuitieve_volgers" | "actieve_ambassadeurs";

/** The four factors, in the order the annex lists them for every group. */
export const PEOPLE_FACTORS = ["Vertrouwen", "Belangrijk", "Weerstand", "Verandering"] as const;
type PeopleFactor = (typeof PEOPLE_FACTORS)[number];

export type PeopleGroup = {
  id: PeopleGroupId;
  name: string;
  /** Our summary of the annex's description of the group. */
  summary: string;
  /** As printed: "++", "+", "+/-", "-". */
  factors: Record<PeopleFactor, string>;
  reference: ToolReference;
};

const annex = (locator: string) => fmReference("bijlage 1 Groeimodel", locator);

export const PEOPLE_GROUPS: readonly PeopleGroup[] = [
  {
    id: "afwachtende_realisten",
    name: "Afwachtende realisten",
    summary:
      "Zij doen hun werk het liefst zoals ze het kennen, twijfelen aan het effect van duurzaam gedrag en aan hun eigen " +
      "invloed, en maken zich minder zorgen om het milieu. Houd hun keuzevrijheid overeind, bied zekerheid en maak de " +
      "duurzame keuze zo makkelijk mogelijk; ze volgen de mensen om hen heen.",
    factors: {
      Vertrouwen: "-",
      Belangrijk: "+/-",
      Weerstand: "+",
      Verandering: "-",
    },
    reference: annex("eerste groep, figuur 11"),
  },
  {
    id: "intuitieve_volgers",
    name: "Intuïtieve volgers",
    summary:
      "Zij vinden duurzaamheid echt belangrijk, maar laten dat vooral thuis zien. Op het werk lukt het niet altijd: de " +
      "faciliteiten zitten in de weg, ze missen kennis of een voorbeeld. Zien ze collega's duurzaam handelen, dan gaan " +
      "ze mee. Steun en help hen om hun goede bedoelingen waar te maken.",
    factors: {
      Vertrouwen: "+",
      Belangrijk: "++",
      Weerstand: "+/-",
      Verandering: "+",
    },
    reference: annex("tweede groep, figuur 11"),
  },
  {
    id: "actieve_ambassadeurs",
    name: "Actieve ambassadeurs",
    summary:
      "De duurzame koplopers: overtuigd van het belang en thuis én op het werk in actie. Ze experimenteren, zoeken " +
      "oplossingen en staan positief tegenover verandering. Betrek hen bij nieuwe duurzame projecten.",
    factors: {
      Vertrouwen: "++",
      Belangrijk: "++",
      Weerstand: "-",
      Verandering: "+",
    },
    reference: annex("derde groep, figuur 11"),
  },
];

export const PEOPLE_GROUP_IDS = PEOPLE_GROUPS.map((g) => g.id) as readonly PeopleGroupId[];

/** Figure 11 shows the organisation as a reflection ("afspiegeling") along this scale. */
export const PEOPLE_REFLECTION_SCALE = ["Weinig duurzaam gedrag", "Verdeeld duurzaam gedrag", "Veel duurzaam gedrag"] as const;

export const TIPPING_POINT = {
  /** Percent of the people; the handreiking says "ongeveer". */
  share: 25,
  /** The handreiking's own sentence, quoted word for word (footnote marker left out). */
  quote: "Wanneer ongeveer 25% mee is in de verandering wordt de olievlek alleen maar sneller groter.",
  footnote: "Damon Centola, ‘tipping point’ voor grootschalige sociale verandering (penntoday.upenn.edu)",
  reference: fmReference("hoofdstuk 4 Randvoorwaarden", "randvoorwaarde 4 ‘Gedrag en aanpassingsvermogen’, voetnoot 3"),
  /** Which group we count as "mee": the handreiking does not say; the page labels this as ours. */
  countedGroup: "actieve_ambassadeurs" as PeopleGroupId,
  ruleNote:
    "Onze lezing: we tellen de actieve ambassadeurs als de mensen die ‘mee zijn in de verandering’, omdat zij al in " +
    "actie komen. Het kantelpunt is bereikt als hun aandeel ten minste 25 % is.",
} as const;

export type PeopleGuidance = { text: string; reference: ToolReference };

/** The handreiking's advice on where to spend effort, in our own words. */
export const PEOPLE_GUIDANCE: readonly PeopleGuidance[] = [
  {
    text:
      "Steek niet te veel tijd en energie in mensen die niet mee willen. Richt je op de actieve ambassadeurs en de " +
      "intuïtieve volgers: daar zit de energie en die groepen krijg je sneller mee.",
    reference: fmReference("hoofdstuk 4 Randvoorwaarden", "randvoorwaarde 4 ‘Gedrag en aanpassingsvermogen’"),
  },
  {
    text:
      "Geef ruimte om fouten te maken en te experimenteren. Niet elk experiment slaagt, maar van de minder geslaagde " +
      "leer je hoe het een volgende keer beter kan.",
    reference: fmReference("hoofdstuk 4 Randvoorwaarden", "randvoorwaarde 4 ‘Gedrag en aanpassingsvermogen’"),
  },
];
