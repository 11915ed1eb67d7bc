// The cooperation form and the droompartner of a contract: the basis on which the KPIs were
// chosen. Seed 004 (Handreiking Buyer Group FM) §3.3 and bijlage 2 stap 4–5 ask the buyer to
// decide before the tender what partner it looks for and whether the cooperation will be
// transactional or relational; bijlage 5 lists six topics for the droompartner. The texts below
// summarise the seed in our own words, with the source named on the page.
import type { DreamPartner } from "@/db/schema";

export const COOPERATION_SOURCE =
  "Bron: Handreiking Buyer Group FM, §3.3 Samenwerkingsvormen transactioneel vs relationeel en bijlage 2 stap 5.";
export const DREAM_PARTNER_SOURCE = "Bron: Handreiking Buyer Group FM, bijlage 2 stap 4 en bijlage 5 (invullen droompartner).";

export const COOPERATION_FORM_INFO = {
  transactioneel: {
    label: "Transactioneel",
    summary: "Levering tegen betaling, precies zoals in de aanbesteding beschreven.",
    traits: [
      "De nadruk ligt op het leveren van een product of dienst tegen een prijs.",
      "De opdracht is vooral technisch gespecificeerd; geleverd wordt wat in de stukken staat.",
      "Past bij eenvoudige opdrachten met weinig risico, vaak met een korte looptijd.",
      "Betaald wordt meestal per transactie: een prijs per uur of per product.",
    ],
  },
  relationeel: {
    label: "Relationeel",
    summary: "Samen aan gedeelde doelen werken; de invulling groeit na de gunning.",
    traits: [
      "De nadruk ligt op doelen die opdrachtgever en leverancier samen halen.",
      "Goede verhoudingen tussen de mensen aan beide kanten zijn onmisbaar.",
      "Hoe de ambitie concreet wordt, werken beide partijen na de gunning samen uit.",
      "Past bij complexe en strategische opdrachten, met een langere looptijd om in de samenwerking te investeren.",
      "De opdracht is functioneel gespecificeerd en de beloning hangt af van de afgesproken prestaties.",
    ],
  },
} as const;

/** The three questions of stap 5 that lead to the choice, in our words. */
export const COOPERATION_QUESTIONS = [
  "Hoe belangrijk is deze leverancier voor de organisatie?",
  "Hoe belangrijk en hoe complex is het product of de dienst?",
  "Heeft de opdracht meer trekken van een transactie of van een relatie?",
];

export const DREAM_PARTNER_TOPICS = ["volwassenheid", "regie", "sturing", "ontwikkeling", "duurzaamheid", "extra"] as const;
export type DreamPartnerTopic = (typeof DREAM_PARTNER_TOPICS)[number];

// The Buyer Group's examples per topic, summarised; the seed stresses they are examples and that
// every tender fills the six topics in anew.
export const DREAM_PARTNER_INFO: Record<DreamPartnerTopic, { label: string; guidance: string; examples: string[] }> = {
  volwassenheid: {
    label: "Volwassenheid",
    guidance: "Welke ervaring, omvang en welk netwerk moet de partner meebrengen?",
    examples: [
      "Genoeg ervaring en capaciteit voor de omvang van de opdracht.",
      "Gewend om samen te werken met kleine, innovatieve partijen, met een goed netwerk.",
      "Minder ervaring is geen bezwaar bij een partner die leergierig en servicegericht is.",
    ],
  },
  regie: {
    label: "Regie",
    guidance: "Hoeveel laat je aan de partner over: alleen de uitvoering, of ook de invulling binnen jouw kaders?",
    examples: [
      "Lage knip: vooral de operatie uitbesteden en een klein deel van het tactische niveau.",
      "Hoge knip: de opdrachtgever geeft strategie en kaders, de partner vult de rest in.",
    ],
  },
  sturing: {
    label: "Sturing",
    guidance: "Waarop wil je de partner sturen en hoe wil je dat die verantwoording aflegt?",
    examples: [
      "Open over hoe de prijs is opgebouwd.",
      "Stuurt zelf op het halen van de ambitie.",
      "Rapporteert steeds op dezelfde manier volgens een helder KPI-model.",
    ],
  },
  ontwikkeling: {
    label: "Ontwikkeling",
    guidance: "Hoe werken jullie samen aan de ambitie gedurende het contract?",
    examples: [
      "Samen aan de ambitie werken; de partner neemt de opdrachtgever mee.",
      "De partner mag zelf ideeën bedenken en doorvoeren.",
      "De opdrachtgever biedt ruimte voor proeftuinen.",
    ],
  },
  duurzaamheid: {
    label: "Duurzaamheid van de partner",
    guidance: "Hoe duurzaam moet de partner zelf zijn?",
    examples: [
      "Doet zelf wat hij een ander aanraadt.",
      "Loopt voorop in duurzaamheid binnen het eigen vakgebied en neemt de opdrachtgever daarin mee.",
      "Is uit zichzelf gemotiveerd om duurzaam te werken.",
    ],
  },
  extra: {
    label: "Extra",
    guidance: "Wat vind je daarnaast belangrijk?",
    examples: ["Goed werkgeverschap.", "Een proactieve houding."],
  },
};

/** The stored droompartner without empty topics, so "not filled in" is one state, not two. */
export function compactDreamPartner(input: Partial<Record<DreamPartnerTopic, string | null>>): DreamPartner {
  const out: DreamPartner = {};
  for (const topic of DREAM_PARTNER_TOPICS) {
    const text = input[topic]?.trim();
    if (text) out[topic] = text;
  }
  return out;
}
