// The Waardenwiel of Gemeente Voorbeeldstad in the demo: last year's wheel (2025, still missing
// the behaviour pillar), this year's full wheel (2026) and the wheel of the catering contract.

type DemoGoal = {
  kind: "qualitative" | "quantitative";
  description: string;
  indicator?: string; // code in the global catalogue
  baseYear?: number;
  baseValue?: string;
  targetYear?: number;
  targetValue?: string;
};

export type DemoTheme = {
  name: string;
  description: string;
  pillar: "ecologisch_sociaal" | "samenwerking" | "gedragsverandering";
  rank: number | null;
  tied?: boolean;
  subthemes: string[];
  goals: DemoGoal[];
  /** In a contract wheel: the name of the organisation theme this one concretises. */
  fromOrgTheme?: string;
};

export type DemoWheel = {
  year: number;
  ambition: string;
  publishedAt: string | null;
  analysis: Record<string, unknown>;
  themes: DemoTheme[];
};

export const VOORBEELDSTAD_2025: DemoWheel = {
  year: 2025,
  ambition: "In 2030 is Gemeente Voorbeeldstad CO2-neutraal en koopt zij voor de helft circulair in.",
  publishedAt: "2025-02-20T10:00:00+01:00",
  analysis: {
    currentSituation:
      "Duurzaam inkopen gebeurt per aanbesteding, zonder gezamenlijke ambitie. De CO2-footprint van de inkoop is in 2020 gemeten.",
    stakeholders: "Wethouder duurzaamheid, team inkoop, facilitair bedrijf, contractmanagers.",
    xcurve: { opbouw: "Pilot met circulair meubilair in het stadskantoor." },
  },
  themes: [
    {
      name: "Klimaat en energie",
      description: "Minder uitstoot van broeikasgassen door wat we inkopen.",
      pillar: "ecologisch_sociaal",
      rank: 1,
      subthemes: ["CO2-uitstoot van inkooppakketten", "Zero-emissie vervoer"],
      goals: [
        {
          kind: "quantitative",
          description: "De CO2-uitstoot van de inkoop halveren ten opzichte van 2020.",
          indicator: "co2e",
          baseYear: 2020,
          baseValue: "12500",
          targetYear: 2030,
          targetValue: "6250",
        },
      ],
    },
    {
      name: "Circulariteit",
      description: "Grondstoffen zo lang mogelijk in de kringloop houden.",
      pillar: "ecologisch_sociaal",
      rank: 2,
      subthemes: ["Circulair meubilair en ICT", "Afval voorkomen en scheiden"],
      goals: [
        {
          kind: "quantitative",
          description: "Helft van de ingekochte producten circulair.",
          indicator: "circular_content",
          baseYear: 2024,
          baseValue: "28",
          targetYear: 2030,
          targetValue: "50",
        },
      ],
    },
    {
      name: "Gezonde voeding",
      description: "Gezond en duurzaam eten in onze gebouwen.",
      pillar: "ecologisch_sociaal",
      rank: 3,
      subthemes: ["Meer plantaardig", "Minder voedselverspilling"],
      goals: [{ kind: "qualitative", description: "De catering biedt elke dag een volwaardige plantaardige maaltijd." }],
    },
    {
      name: "Sociaal ondernemen",
      description: "Werk voor mensen met een afstand tot de arbeidsmarkt.",
      pillar: "ecologisch_sociaal",
      rank: 4,
      subthemes: ["Social return in contracten"],
      goals: [
        {
          kind: "quantitative",
          description: "Social return in alle contracten boven €\u00a0200.000.",
          indicator: "social_return",
          baseYear: 2024,
          baseValue: "2",
          targetYear: 2028,
          targetValue: "5",
        },
      ],
    },
    {
      name: "Samenwerken in de keten",
      description: "Met leveranciers werken aan dezelfde ambitie.",
      pillar: "samenwerking",
      rank: 5,
      subthemes: ["Relationele contracten", "Samen inkopen met de regio"],
      goals: [{ kind: "qualitative", description: "Strategische contracten krijgen een groeipad." }],
    },
  ],
};

export const VOORBEELDSTAD_2026: DemoWheel = {
  year: 2026,
  ambition:
    "In 2030 is Gemeente Voorbeeldstad CO2-neutraal, 80 % circulair en bouwen wij natuurinclusief. Samen met onze leveranciers en collega's maken we duurzaam inkopen de normaal.",
  publishedAt: "2026-03-12T14:30:00+01:00",
  analysis: {
    currentSituation:
      "Sinds 2022 is maatschappelijk verantwoord inkopen verplicht bij elke aanbesteding. De CO2-footprint van de inkoop was 12.500 ton in 2020; catering, gebouwen en installaties, ICT en vervoer wegen het zwaarst. Het wiel van 2025 miste de gedragspijler.",
    documents: "Klimaatplan Voorbeeldstad 2030, Inkoopbeleid 2023, Uitvoeringsagenda circulaire economie 2024–2027, Waardenwiel 2025.",
    stakeholders:
      "Bestuurlijk opdrachtgever (wethouder duurzaamheid), directie bedrijfsvoering, inkoopadviseurs, contractmanagers, facilitair bedrijf, de ondernemingsraad en onze strategische leveranciers.",
    interviews: "Twaalf gesprekken met afdelingshoofden en drie met leveranciers: er is draagvlak, maar weinig zicht op resultaten.",
    xcurve: {
      ombouw: "Bestaande contracten voor schoonmaak en catering bijsturen met KPI's en kwartaalgesprekken.",
      opbouw: "De pilot met circulair meubilair opschalen naar alle gemeentelijke gebouwen.",
      voortbouw: "Het Waardenwiel als gedeeld kompas voor elke aanbesteding.",
      afbouw: "Fossiele brandstof in het wagenpark en wegwerpservies in de catering uitfaseren.",
    },
  },
  themes: [
    {
      name: "Klimaat en energie",
      description: "Minder uitstoot van broeikasgassen door wat we inkopen, en alleen nog hernieuwbare energie.",
      pillar: "ecologisch_sociaal",
      rank: 1,
      tied: true,
      subthemes: ["CO2-uitstoot per inkooppakket", "Zero-emissie vervoer", "Hernieuwbare energie"],
      goals: [
        {
          kind: "quantitative",
          description: "De CO2-uitstoot van de inkoop 60 % lager dan in 2020.",
          indicator: "co2e",
          baseYear: 2020,
          baseValue: "12500",
          targetYear: 2030,
          targetValue: "5000",
        },
        {
          kind: "quantitative",
          description: "Al het vervoer in opdracht van de gemeente is zero-emissie.",
          indicator: "zero_emission_km",
          baseYear: 2024,
          baseValue: "35,5",
          targetYear: 2030,
          targetValue: "100",
        },
      ],
    },
    {
      name: "Circulariteit",
      description: "Grondstoffen zo lang mogelijk in de kringloop: hergebruiken, repareren, recyclen.",
      pillar: "ecologisch_sociaal",
      rank: 1,
      tied: true,
      subthemes: ["Circulair meubilair en ICT", "Hergebruik van asfalt en beton", "Afval voorkomen en scheiden"],
      goals: [
        {
          kind: "quantitative",
          description: "80 % van de ingekochte materialen is circulair.",
          indicator: "circular_content",
          baseYear: 2024,
          baseValue: "32",
          targetYear: 2030,
          targetValue: "80",
        },
        { kind: "qualitative", description: "Circulariteit is een gunningscriterium in elke aanbesteding boven de Europese drempel." },
      ],
    },
    {
      name: "Natuurinclusief en klimaatadaptief",
      description: "Ruimte voor planten en dieren, en een openbare ruimte die hitte en hoosbuien aankan.",
      pillar: "ecologisch_sociaal",
      rank: 3,
      subthemes: ["Natuurinclusief bouwen", "Groenbeheer zonder gif", "Minder verharding"],
      goals: [{ kind: "qualitative", description: "Elk nieuw of gerenoveerd gemeentelijk gebouw is natuurinclusief ontworpen." }],
    },
    {
      name: "Gezonde en duurzame voeding",
      description: "Gezond eten met een kleinere voetafdruk in onze gebouwen en wijkcentra.",
      pillar: "ecologisch_sociaal",
      rank: 4,
      subthemes: ["Meer plantaardige eiwitten", "Minder voedselverspilling", "Lokaal en seizoensgebonden"],
      goals: [
        {
          kind: "quantitative",
          description: "Het aandeel plantaardige eiwitten in de catering stijgt naar 60 %.",
          indicator: "plant_protein",
          baseYear: 2024,
          baseValue: "42,5",
          targetYear: 2028,
          targetValue: "60",
        },
      ],
    },
    {
      name: "Sociaal ondernemen en inclusie",
      description: "Werk en ontwikkeling voor mensen met een afstand tot de arbeidsmarkt.",
      pillar: "ecologisch_sociaal",
      rank: 6,
      subthemes: ["Social return in contracten", "Inclusieve werkgevers"],
      goals: [
        {
          kind: "quantitative",
          description: "Gemiddeld 5 % social return in contracten boven €\u00a0200.000.",
          indicator: "social_return",
          baseYear: 2024,
          baseValue: "2,4",
          targetYear: 2030,
          targetValue: "5",
        },
      ],
    },
    {
      name: "Samenwerken in de keten",
      description: "Met leveranciers, de regio en andere overheden aan dezelfde ambitie werken, ook na de gunning.",
      pillar: "samenwerking",
      rank: 2,
      subthemes: ["Relationele contracten met groeipad", "Kwartaalgesprekken over de KPI's", "Samen inkopen in buyer groups"],
      goals: [
        { kind: "qualitative", description: "Alle strategische contracten hebben een groeipad dat elk jaar samen wordt bijgesteld." },
      ],
    },
    {
      name: "Bewust gedrag en ambassadeurs",
      description: "Collega's die het anders durven te doen en anderen meenemen.",
      pillar: "gedragsverandering",
      rank: 5,
      subthemes: ["Netwerk van ambassadeurs", "Training duurzaam inkopen", "Pilots en experimenten delen"],
      goals: [{ kind: "qualitative", description: "Elke afdeling heeft een duurzaamheidsambassadeur die jaarlijks een experiment deelt." }],
    },
  ],
};

/** The catering contract's own wheel, derived from the 2025 wheel (the contract started in 2025). */
export const CATERING_WHEEL: Omit<DemoWheel, "year" | "publishedAt" | "analysis"> = {
  ambition:
    "In 2028 serveren we in het stadhuis en de wijkcentra 60 % plantaardig, gooien we de helft minder voedsel weg en is al het servies herbruikbaar.",
  themes: [
    {
      name: "Klimaat en energie",
      fromOrgTheme: "Klimaat en energie",
      description: "Minder uitstoot van broeikasgassen door wat we inkopen.",
      pillar: "ecologisch_sociaal",
      rank: 2,
      subthemes: ["CO2 per maaltijd", "Elektrische bevoorrading"],
      goals: [
        {
          kind: "quantitative",
          description: "CO2-uitstoot per maaltijd omlaag.",
          indicator: "co2e_per_meal",
          baseYear: 2024,
          baseValue: "1,8",
          targetYear: 2028,
          targetValue: "1,1",
        },
      ],
    },
    {
      name: "Circulariteit",
      fromOrgTheme: "Circulariteit",
      description: "Grondstoffen zo lang mogelijk in de kringloop houden.",
      pillar: "ecologisch_sociaal",
      rank: 3,
      subthemes: ["Herbruikbaar servies", "Restafval en gft gescheiden"],
      goals: [{ kind: "qualitative", description: "Geen wegwerpservies meer vanaf 2027." }],
    },
    {
      name: "Gezonde voeding",
      fromOrgTheme: "Gezonde voeding",
      description: "Gezond en duurzaam eten in onze gebouwen.",
      pillar: "ecologisch_sociaal",
      rank: 1,
      subthemes: ["60 % plantaardige eiwitten", "Halvering voedselverspilling", "Seizoensmenu"],
      goals: [
        {
          kind: "quantitative",
          description: "Meer plantaardige eiwitten op het menu.",
          indicator: "plant_protein",
          baseYear: 2024,
          baseValue: "42,5",
          targetYear: 2028,
          targetValue: "60",
        },
        {
          kind: "quantitative",
          description: "De helft minder voedselverspilling.",
          indicator: "food_waste",
          baseYear: 2024,
          baseValue: "8200",
          targetYear: 2028,
          targetValue: "4100",
        },
      ],
    },
    {
      name: "Sociaal ondernemen",
      fromOrgTheme: "Sociaal ondernemen",
      description: "Werk voor mensen met een afstand tot de arbeidsmarkt.",
      pillar: "ecologisch_sociaal",
      rank: 5,
      subthemes: ["Leerwerkplekken in de keuken"],
      goals: [
        {
          kind: "quantitative",
          description: "Social return van de contractwaarde.",
          indicator: "social_return",
          baseYear: 2025,
          baseValue: "3",
          targetYear: 2028,
          targetValue: "5",
        },
      ],
    },
    {
      name: "Samenwerken in de keten",
      fromOrgTheme: "Samenwerken in de keten",
      description: "Met leveranciers werken aan dezelfde ambitie.",
      pillar: "samenwerking",
      rank: 4,
      subthemes: ["Kwartaalgesprek met Groen Cateraars", "Lokale boeren als toeleverancier"],
      goals: [{ kind: "qualitative", description: "Elk kwartaal bespreken we samen de KPI's en het groeipad." }],
    },
    {
      name: "Gasten verleiden",
      description: "Bezoekers en medewerkers uitnodigen tot de duurzame keuze, zonder te betuttelen.",
      pillar: "gedragsverandering",
      rank: 6,
      subthemes: ["Plantaardig als standaard", "Zichtbare verspilling"],
      goals: [{ kind: "qualitative", description: "De plantaardige maaltijd staat vooraan en is de standaardkeuze." }],
    },
  ],
};
