// Demo KPI library, roadmaps and droompartner of Gemeente Voorbeeldstad. Values are written as a
// Dutch user types them ("1,8"); offsets count quarters from the contract start.
import type { DreamPartner, ScoreMeanings } from "../schema";

type Level = { description: string; interpolation: "step" | "linear"; milestones: Array<[offset: number, value: string]> };

export type DemoTemplate = {
  name: string;
  description: string;
  indicator: string | null;
  kind: "quantitative" | "qualitative";
  obligation: "inspanning" | "resultaat";
  purchasingPackage: string | null;
  measurement: string;
  evidenceRequired: string;
  scoreMeanings?: ScoreMeanings;
  malusRule?: Record<string, unknown>;
  levels: { minimum: Level; plus: Level; maximum: Level };
};

export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    name: "CO2-uitstoot per maaltijd",
    description: "Gemiddelde uitstoot van een geserveerde maaltijd, van teelt tot bord.",
    indicator: "co2e_per_meal",
    kind: "quantitative",
    obligation: "resultaat",
    purchasingPackage: "catering",
    measurement: "Receptuur en inkoopdata per kwartaal, omgerekend met een erkende CO2-database.",
    evidenceRequired: "Berekening per kwartaal met de gebruikte emissiefactoren.",
    malusRule: {
      type: "fixed",
      amountCents: 150_000,
      tolerance: null,
      caps: { perQuarter: null, perYear: { kind: "cents", cents: 500_000 }, perContract: null },
    },
    levels: {
      minimum: {
        description: "Een kwart minder uitstoot per maaltijd in twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "1,8"],
          [8, "1,5"],
        ],
      },
      plus: {
        description: "Stap voor stap naar 1,2 kg per maaltijd.",
        interpolation: "step",
        milestones: [
          [0, "1,8"],
          [4, "1,4"],
          [8, "1,2"],
        ],
      },
      maximum: {
        description: "Halvering: 1 kg per maaltijd na drie jaar.",
        interpolation: "linear",
        milestones: [
          [0, "1,6"],
          [12, "1"],
        ],
      },
    },
  },
  {
    name: "Aandeel plantaardige eiwitten",
    description: "Deel van de eiwitten in het aanbod dat plantaardig is.",
    indicator: "plant_protein",
    kind: "quantitative",
    obligation: "inspanning",
    purchasingPackage: "catering",
    measurement: "Inkoopfacturen per kwartaal, in kilo's eiwit.",
    evidenceRequired: "Overzicht van de groothandel per productgroep.",
    levels: {
      minimum: {
        description: "De helft plantaardig na twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "40"],
          [8, "50"],
        ],
      },
      plus: {
        description: "Naar 60 % in twee jaar, elk jaar een stap.",
        interpolation: "step",
        milestones: [
          [0, "45"],
          [4, "52,5"],
          [8, "60"],
        ],
      },
      maximum: {
        description: "Driekwart plantaardig na drie jaar.",
        interpolation: "linear",
        milestones: [
          [0, "50"],
          [12, "75"],
        ],
      },
    },
  },
  {
    name: "Voedselverspilling",
    description: "Weggegooid voedsel uit keuken en restaurant.",
    indicator: "food_waste",
    kind: "quantitative",
    obligation: "inspanning",
    purchasingPackage: "catering",
    measurement: "Wekelijkse weging van de afvalstromen, opgeteld per kwartaal.",
    evidenceRequired: "Weeglijsten per locatie.",
    levels: {
      minimum: {
        description: "Een vijfde minder in twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "2.000"],
          [8, "1.600"],
        ],
      },
      plus: {
        description: "Naar 1.200 kg per kwartaal.",
        interpolation: "step",
        milestones: [
          [0, "2.000"],
          [4, "1.500"],
          [8, "1.200"],
        ],
      },
      maximum: {
        description: "Halvering ten opzichte van nu.",
        interpolation: "linear",
        milestones: [
          [0, "1.800"],
          [12, "900"],
        ],
      },
    },
  },
  {
    name: "Zero-emissiekilometers schoonmaakploegen",
    description: "Deel van de gereden kilometers zonder uitstoot.",
    indicator: "zero_emission_km",
    kind: "quantitative",
    obligation: "resultaat",
    purchasingPackage: "schoonmaak",
    measurement: "Kilometerregistratie per voertuig.",
    evidenceRequired: "Rittenregistratie en kentekenlijst.",
    malusRule: { type: "percent_of_quarter_value", percent: "0.5", tolerance: { kind: "absolute", value: "2" }, caps: null },
    levels: {
      minimum: {
        description: "De helft emissievrij na twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "25"],
          [8, "50"],
        ],
      },
      plus: {
        description: "Volledig emissievrij na drie jaar.",
        interpolation: "step",
        milestones: [
          [0, "40"],
          [4, "70"],
          [12, "100"],
        ],
      },
      maximum: {
        description: "Volledig emissievrij na twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "60"],
          [8, "100"],
        ],
      },
    },
  },
  {
    name: "Schoonmaakmiddelen met ecolabel",
    description: "Deel van de middelen met een erkend ecolabel.",
    indicator: "ecolabel_products",
    kind: "quantitative",
    obligation: "inspanning",
    purchasingPackage: "schoonmaak",
    measurement: "Inkoopoverzicht in liters per kwartaal.",
    evidenceRequired: "Productbladen met het ecolabel.",
    levels: {
      minimum: {
        description: "80 % na twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "60"],
          [8, "80"],
        ],
      },
      plus: {
        description: "95 % na twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "75"],
          [8, "95"],
        ],
      },
      maximum: {
        description: "Alle middelen met ecolabel binnen een jaar.",
        interpolation: "linear",
        milestones: [
          [0, "90"],
          [4, "100"],
        ],
      },
    },
  },
  {
    name: "MKI per ton asfalt",
    description: "Milieukosten van het geleverde asfalt, zoals toegezegd in de inschrijving.",
    indicator: "mki_per_ton",
    kind: "quantitative",
    obligation: "resultaat",
    purchasingPackage: "asfalt",
    measurement: "MKI-berekening per mengsel volgens de Bepalingsmethode Milieuprestatie.",
    evidenceRequired: "Getoetste LCA per mengsel en leverbonnen.",
    malusRule: {
      type: "per_unit_shortfall",
      centsPerUnit: 250_000,
      factor: "1.5",
      tolerance: null,
      caps: { perQuarter: null, perYear: null, perContract: { kind: "percent_of_contract", percent: "5" } },
    },
    levels: {
      minimum: {
        description: "Een tiende lager in twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "40"],
          [8, "36"],
        ],
      },
      plus: {
        description: "Naar €\u00a030 per ton.",
        interpolation: "step",
        milestones: [
          [0, "38"],
          [4, "33"],
          [8, "30"],
        ],
      },
      maximum: {
        description: "Naar €\u00a025 per ton met laagtemperatuurasfalt.",
        interpolation: "linear",
        milestones: [
          [0, "35"],
          [12, "25"],
        ],
      },
    },
  },
  {
    name: "Hergebruikt asfalt",
    description: "Aandeel partiële recycling (PR) in nieuw asfalt.",
    indicator: "reused_asphalt",
    kind: "quantitative",
    obligation: "inspanning",
    purchasingPackage: "asfalt",
    measurement: "Receptuur per geleverde partij.",
    evidenceRequired: "Mengselcertificaten.",
    levels: {
      minimum: {
        description: "40 % PR na twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "30"],
          [8, "40"],
        ],
      },
      plus: {
        description: "60 % PR na twee jaar.",
        interpolation: "step",
        milestones: [
          [0, "40"],
          [4, "50"],
          [8, "60"],
        ],
      },
      maximum: {
        description: "70 % PR na twee jaar.",
        interpolation: "linear",
        milestones: [
          [0, "50"],
          [8, "70"],
        ],
      },
    },
  },
  {
    name: "Samenwerking aan de ambitie",
    description: "Hoe leverancier en opdrachtgever samen aan de duurzame ambitie werken, gescoord in het kwartaalgesprek.",
    indicator: null,
    kind: "qualitative",
    obligation: "inspanning",
    purchasingPackage: null,
    measurement: "Gezamenlijke score in het kwartaalgesprek.",
    evidenceRequired: "Verslag van het kwartaalgesprek.",
    scoreMeanings: {
      "1": "Er wordt geleverd wat is afgesproken, niet meer.",
      "2": "De leverancier reageert op vragen over de ambitie.",
      "3": "De leverancier doet zelf voorstellen en werkt ze uit.",
      "4": "Samen vernieuwen: gezamenlijke proeven en gedeelde resultaten.",
    },
    levels: {
      minimum: {
        description: "Na twee jaar doet de leverancier zelf voorstellen.",
        interpolation: "step",
        milestones: [
          [0, "2"],
          [8, "3"],
        ],
      },
      plus: {
        description: "Na twee jaar samen vernieuwen.",
        interpolation: "step",
        milestones: [
          [0, "2"],
          [4, "3"],
          [8, "4"],
        ],
      },
      maximum: {
        description: "Binnen een jaar samen vernieuwen.",
        interpolation: "step",
        milestones: [
          [0, "3"],
          [4, "4"],
        ],
      },
    },
  },
];

type DemoItem = {
  title: string;
  strategy: "ombouw" | "opbouw" | "voortbouw" | "afbouw";
  theme?: string;
  owner: string;
  ownerSide: "buyer" | "supplier";
  dueDate: string;
  status: "planned" | "in_progress" | "done" | "dropped";
  description?: string;
};

export const DEMO_ROADMAPS: Array<{ contract: string; items: DemoItem[] }> = [
  {
    contract: "Catering stadhuis en wijkcentra 2025–2029",
    items: [
      {
        title: "Gezamenlijke visie op de eiwittransitie vastleggen",
        strategy: "voortbouw",
        theme: "Samenwerken in de keten",
        owner: "Fatima El Amrani",
        ownerSide: "buyer",
        dueDate: "2025-03-31",
        status: "done",
      },
      {
        title: "Menu's herschrijven: plantaardig als standaard",
        strategy: "ombouw",
        theme: "Gezonde voeding",
        owner: "Chef-kok stadhuis",
        ownerSide: "supplier",
        dueDate: "2025-09-30",
        status: "done",
      },
      {
        title: "Uitfaseren wegwerpverpakkingen",
        strategy: "afbouw",
        theme: "Circulariteit",
        owner: "Locatiemanager",
        ownerSide: "supplier",
        dueDate: "2025-12-31",
        status: "done",
        description: "Geen wegwerpbekers, -bakjes en -bestek meer in het stadhuis en de wijkcentra.",
      },
      {
        title: "Jaarlijkse evaluatie van de roadmap",
        strategy: "voortbouw",
        owner: "Fatima El Amrani",
        ownerSide: "buyer",
        dueDate: "2026-01-31",
        status: "done",
      },
      {
        title: "Pilot statiegeldbekers in de wijkcentra",
        strategy: "opbouw",
        theme: "Circulariteit",
        owner: "Accountmanager Groen Cateraars",
        ownerSide: "supplier",
        dueDate: "2026-03-31",
        status: "in_progress",
      },
      {
        title: "Overstap op elektrische bestelbussen",
        strategy: "opbouw",
        theme: "Klimaat en energie",
        owner: "Logistiek Groen Cateraars",
        ownerSide: "supplier",
        dueDate: "2026-06-30",
        status: "in_progress",
        description: "Alle leveringen aan de wijkcentra met elektrische bussen.",
      },
      {
        title: "Stoppen met vlees als standaard bij recepties",
        strategy: "afbouw",
        theme: "Gasten verleiden",
        owner: "Bestuurssecretariaat",
        ownerSide: "buyer",
        dueDate: "2026-12-31",
        status: "planned",
      },
      {
        title: "Jaarlijkse evaluatie van de roadmap",
        strategy: "voortbouw",
        owner: "Fatima El Amrani",
        ownerSide: "buyer",
        dueDate: "2027-01-31",
        status: "planned",
      },
      {
        title: "Leerwerkplekken in de keuken",
        strategy: "opbouw",
        theme: "Sociaal ondernemen",
        owner: "HR Groen Cateraars",
        ownerSide: "supplier",
        dueDate: "2027-06-30",
        status: "planned",
      },
      {
        title: "Gasfornuizen vervangen door inductie",
        strategy: "ombouw",
        theme: "Klimaat en energie",
        owner: "Facilitair bedrijf",
        ownerSide: "buyer",
        dueDate: "2027-12-31",
        status: "planned",
      },
      {
        title: "Restafvalcontainers halveren",
        strategy: "afbouw",
        theme: "Circulariteit",
        owner: "Locatiemanager",
        ownerSide: "supplier",
        dueDate: "2028-06-30",
        status: "planned",
      },
    ],
  },
  {
    contract: "Schoonmaakdienstverlening gemeentelijke gebouwen",
    items: [
      {
        title: "Stoppen met wegwerpdoekjes",
        strategy: "afbouw",
        owner: "Operationeel manager",
        ownerSide: "supplier",
        dueDate: "2025-12-31",
        status: "done",
      },
      {
        title: "Overstap naar middelen met ecolabel",
        strategy: "ombouw",
        owner: "Inkoop Schoon & Fris",
        ownerSide: "supplier",
        dueDate: "2026-06-30",
        status: "in_progress",
      },
      {
        title: "Vloot vervangen door elektrische bussen",
        strategy: "opbouw",
        owner: "Wagenparkbeheer",
        ownerSide: "supplier",
        dueDate: "2026-12-31",
        status: "in_progress",
      },
      {
        title: "Schoonmaken op basis van meting in plaats van vaste frequentie",
        strategy: "ombouw",
        owner: "Fatima El Amrani",
        ownerSide: "buyer",
        dueDate: "2027-06-30",
        status: "planned",
      },
    ],
  },
  {
    contract: "Onderhoud asfaltverhardingen 2026–2028",
    items: [
      {
        title: "Afspraken over hergebruik vastleggen in de werkinstructie",
        strategy: "voortbouw",
        owner: "Projectleider wegen",
        ownerSide: "buyer",
        dueDate: "2026-03-31",
        status: "done",
      },
      {
        title: "Laagtemperatuurasfalt in de asfaltcentrale",
        strategy: "opbouw",
        owner: "Kees van Dijk",
        ownerSide: "supplier",
        dueDate: "2026-09-30",
        status: "in_progress",
      },
      {
        title: "Materieel op HVO en elektrisch",
        strategy: "ombouw",
        owner: "Materieeldienst",
        ownerSide: "supplier",
        dueDate: "2027-06-30",
        status: "planned",
      },
      {
        title: "Geen primair bitumen meer in onderlagen",
        strategy: "afbouw",
        owner: "Kees van Dijk",
        ownerSide: "supplier",
        dueDate: "2028-06-30",
        status: "planned",
      },
    ],
  },
];

export const CATERING_DREAM_PARTNER: { contract: string; dreamPartner: DreamPartner } = {
  contract: "Catering stadhuis en wijkcentra 2025–2029",
  dreamPartner: {
    volwassenheid:
      "Ervaring met catering op meerdere locaties (stadhuis en zes wijkcentra) en genoeg capaciteit voor pieken zoals raadsvergaderingen. Werkt al samen met lokale telers en kleine, vernieuwende leveranciers.",
    regie:
      "Hoge knip: wij geven de ambitie en de kaders (Waardenwiel, budget, openingstijden); de cateraar bepaalt zelf menu, inkoop en logistiek.",
    sturing:
      "Open prijsopbouw per product, stuurt zelf op de KPI's en rapporteert elk kwartaal volgens het afgesproken KPI-model, met bewijs.",
    ontwikkeling:
      "Samen werken aan de eiwittransitie: de cateraar doet voorstellen en mag proeven doen in de wijkcentra; de gemeente stelt het stadhuisrestaurant beschikbaar als proeftuin.",
    duurzaamheid: "Koploper in duurzame catering, met een eigen CO2-reductieplan en een keuken zonder aardgas.",
    extra:
      "Goed werkgeverschap met leerwerkplekken voor mensen met afstand tot de arbeidsmarkt; een proactieve houding bij storingen en klachten.",
  },
};
