// The guidance tools on the Hulpmiddelen page, in the order shown. A tool appears there as soon
// as it has an entry here and a route at /<org>/hulpmiddelen/<slug>.
import { PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP } from "./source";
import { BUYER_GROUP_FM, HANDREIKING_BUYER_GROUPS } from "./tool-sources";

export type GuidanceTool = {
  /** The route segment under /<org>/hulpmiddelen. */
  slug: string;
  title: string;
  /** What a user does with it and gets from it, in one or two sentences. */
  summary: string;
  /** The source document (and part) the tool follows. */
  source: string;
};

export const GUIDANCE_TOOLS: readonly GuidanceTool[] = [
  {
    slug: "wegwijzer",
    title: "Wegwijzer organisatie strategische inkoop",
    summary:
      "Beantwoord vijf vragen over een inkoopproject en krijg per inkoopactiviteit (fundering, analyse, specificatie, " +
      "uitvoering) tips voor de organisatie ervan. Bewaar het advies, druk het af en vergelijk het met een eerder advies.",
    source: `${PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP}, hoofdstuk III`,
  },
  {
    slug: "checklist",
    title: "Checklist strategische inkoop",
    summary:
      "Twaalf stellingen over strategie, processen en mensen, middelen en cultuur. Collega's scoren ze in een ronde; " +
      "je ziet de verdeling per stelling en per thema en hoe die zich over de rondes ontwikkelt.",
    source: `${PIANOO_ORGANISATIE_STRATEGISCHE_INKOOP}, hoofdstuk IV`,
  },
  {
    slug: "inkoopvolwassenheid",
    title: "Inkoopvolwassenheid",
    summary:
      "Vink per ontwikkelstadium van de inkoopfunctie aan wat op orde is. Je ziet waar de organisatie staat en wat het " +
      "volgende stadium vraagt, en bewaart de inschatting met een datum.",
    source: `${BUYER_GROUP_FM}, hoofdstuk 4, figuur 10`,
  },
  {
    slug: "groeimodel-mensen",
    title: "Groeimodel mensen",
    summary:
      "Schat in hoe de mensen zich verdelen over afwachtende realisten, intuïtieve volgers en actieve ambassadeurs, en " +
      "volg in de tijd of het kantelpunt van ongeveer 25 % in zicht komt.",
    source: `${BUYER_GROUP_FM}, bijlage 1`,
  },
  {
    slug: "ambitie-checklist",
    title: "Checklist ambitieformulering inkooptraject",
    summary:
      "Werk een inkooptraject in voorbereiding af in zeven stappen, van deskresearch tot meten en monitoren. Je ziet de " +
      "voortgang, welke thema’s gunningscriterium of eis kunnen worden, en kunt de checklist delen met de leverancier.",
    source: `${BUYER_GROUP_FM}, bijlage 2`,
  },
  {
    slug: "beslisboom-inkoopsamenwerking",
    title: "Beslisboom inkoopsamenwerking",
    summary:
      "Kies in drie stappen een vorm van samenwerking met andere opdrachtgevers, met de aanbevolen afspraken en " +
      "rechtsvormen en de aanbevelingen per fase van een buyer group.",
    source: `${HANDREIKING_BUYER_GROUPS}, beslisboom`,
  },
];
