// Starting points for a new wheel: empty, a copy of the latest earlier wheel, or the example
// wheel of the seed (bijlage 3), retold in our own words.
import type { Pillar } from "./rules";

export const WHEEL_TEMPLATES = {
  empty: {
    label: "Leeg wiel",
    description: "Begin met een lege ring en definieer zelf wat duurzaamheid voor jullie betekent.",
  },
  copy: {
    label: "Kopie van het vorige wiel",
    description:
      "Neemt thema's, subthema's, prioriteiten, doelen, ambitie en analyse over van het laatste eerdere wiel. De kopie is nog niet gepubliceerd.",
  },
  example: {
    label: "Voorbeeldwiel uit de handreiking",
    description:
      "Vijf thema's met hun aandachtspunten uit het voorbeeld van een ingenieursbureau (Handreiking Regeneratief FM, bijlage 3). Alle vijf horen bij de ecologische en sociale pijler: vul zelf samenwerking en gedragsverandering aan.",
  },
} as const;
export type WheelTemplate = keyof typeof WHEEL_TEMPLATES;

export const EXAMPLE_SOURCE = "Handreiking Regeneratief FM, bijlage 3 (Buyer Group FM, voorbeeld van PHI Factory)";

export type TemplateTheme = { name: string; description: string; pillar: Pillar; subthemes: string[] };

export const EXAMPLE_THEMES: TemplateTheme[] = [
  {
    name: "In je kracht",
    description:
      "Gezondheid en veiligheid, fysiek en mentaal, van iedereen die met ons werk te maken heeft: gebruikers, omwonenden, bezoekers en medewerkers.",
    pillar: "ecologisch_sociaal",
    subthemes: [
      "Duurzame inzetbaarheid van medewerkers",
      "Recreatie, sociale betrokkenheid en natuurbeleving voor omwonenden",
      "Werkplekken voor mensen met afstand tot de arbeidsmarkt",
    ],
  },
  {
    name: "Materiaal",
    description: "Zo weinig mogelijk materiaal gebruiken en de milieugevolgen beperken van het materiaal dat we wel gebruiken.",
    pillar: "ecologisch_sociaal",
    subthemes: ["Slib en vrijkomende bagger", "Materialen in oevers en constructies", "Levensduur verlengen, onder meer door reparatie"],
  },
  {
    name: "Water(bodem)kwaliteit",
    description: "De kwaliteit van water en bodem borgen met duurzaam water- en bodembeheer.",
    pillar: "ecologisch_sociaal",
    subthemes: ["Koploper in duurzaam water- en bodembeheer", "Inzicht in het beheergebied met data"],
  },
  {
    name: "Ecologie",
    description: "De leefruimte en de soorten planten en dieren die er voorkomen: ecologie en biodiversiteit.",
    pillar: "ecologisch_sociaal",
    subthemes: ["Biodiversiteit bevorderen in elk project", "Natuurvriendelijke oevers"],
  },
  {
    name: "Energie",
    description: "Het energiegebruik van aanleg tot en met uitvoering en de CO2-uitstoot die daarbij hoort.",
    pillar: "ecologisch_sociaal",
    subthemes: [
      "Minder energie door zichtbaarheid en bewustwording",
      "Resterend gebruik zo veel mogelijk hernieuwbaar",
      "Trede 5 op de CO2-Prestatieladder behouden",
    ],
  },
];

/** The seed's example of an ambition statement (figure 8, step 5), shown as a hint. */
export const EXAMPLE_AMBITION = "In 2027 zijn wij CO2-neutraal, 80% circulair en bouwen wij 100% natuurinclusief.";
