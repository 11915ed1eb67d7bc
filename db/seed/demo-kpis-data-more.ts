// The demo KPIs of the remaining demo contracts (see demo-kpis-data.ts for the shape): the draft
// ICT contract (buyer proposals waiting for a supplier), Provincie Zuiderland's two contracts, and
// the catering contract that has not started yet (quarters as offsets from its first quarter).
import type { DemoContractKpis, DemoKpi } from "./demo-kpis-data";

const MEAL_MEASUREMENT = "Menuregistratie en inkoopfacturen per kwartaal, omgerekend met de CO2-database van het Voedingscentrum.";

export const DEMO_KPIS_MORE: DemoContractKpis[] = [
  {
    contract: "Circulaire ICT-werkplekken",
    buyer: "voorbeeldstad",
    kpis: [
      {
        name: "Circulaire inhoud van de werkplekken",
        indicator: "circular_content",
        obligation: "resultaat",
        proposedBy: "buyer",
        status: "proposed",
        path: {
          interpolation: "linear",
          milestones: [
            ["2027-Q4", "30"],
            ["2031-Q1", "60"],
          ],
        },
      },
      {
        name: "Hernieuwbare energie in het datacenter",
        indicator: "renewable_energy",
        obligation: "inspanning",
        proposedBy: "buyer",
        status: "proposed",
        path: {
          interpolation: "step",
          milestones: [
            ["2027-Q2", "80"],
            ["2029-Q2", "100"],
          ],
        },
      },
      {
        name: "Energieverbruik werkplekken",
        indicator: "energy_use",
        obligation: "inspanning",
        baseline: ["2026-Q4", "120000"],
        proposedBy: "buyer",
        status: "proposed",
        path: { interpolation: "linear", milestones: [["2031-Q1", "90000"]] },
      },
      {
        name: "Terugname en hergebruik van apparatuur",
        kind: "qualitative",
        obligation: "inspanning",
        scoreMeanings: {
          "1": "Afgeschreven apparatuur wordt vernietigd.",
          "2": "Apparatuur wordt teruggenomen, hergebruik is niet aangetoond.",
          "3": "Meer dan de helft wordt aantoonbaar hergebruikt of gereviseerd.",
          "4": "Vrijwel alles wordt hergebruikt; onderdelen gaan terug in de keten.",
        },
        proposedBy: "buyer",
        status: "proposed",
        path: {
          interpolation: "step",
          milestones: [
            ["2028-Q2", "3"],
            ["2030-Q2", "4"],
          ],
        },
      },
    ],
  },
  {
    contract: "Groot onderhoud provinciale wegen perceel Zuid",
    buyer: "zuiderland",
    kpis: [
      {
        name: "MKI per ton asfalt volgens toezegging",
        indicator: "mki_per_ton",
        obligation: "resultaat",
        measurement: "MKI-berekening per geleverde partij, gewogen naar tonnage.",
        proposedBy: "buyer",
        status: "active",
        path: { interpolation: "step", milestones: [["2025-Q2", "41"]] },
        // The Rijkswaterstaat way: assessed once per contract year and at completion, 1,5 × the
        // € MKI delivered above the promise, over every tonne laid since the previous assessment.
        malus: {
          type: "per_unit_shortfall",
          centsPerUnit: 100,
          factor: "1.5",
          assessment: { kind: "milestones", quarters: ["2026-Q1", "2027-Q1", "2028-Q1"] },
          caps: { perContract: { kind: "percent_of_contract", percent: "2" } },
        },
        promise: {
          description: "MKI van het asfalt volgens de winnende inschrijving: hoogstens €\u00a041,00 per ton.",
          value: "41",
          dueQuarter: "2025-Q2",
          source: "Inschrijving PZL-2025-108",
        },
      },
      {
        name: "Hergebruikt asfalt (partiële recycling)",
        indicator: "reused_asphalt",
        obligation: "inspanning",
        baseline: ["2025-Q1", "25"],
        proposedBy: "supplier",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2026-Q1", "30"],
            ["2027-Q1", "35"],
            ["2028-Q1", "45"],
            ["2029-Q1", "50"],
          ],
        },
      },
      {
        name: "CO2-uitstoot van het werk",
        indicator: "co2e",
        obligation: "resultaat",
        baseline: ["2025-Q1", "420"],
        proposedBy: "buyer",
        status: "active",
        path: { interpolation: "linear", milestones: [["2029-Q1", "300"]] },
        malus: { type: "fixed", amountCents: 750_000, caps: { perYear: { kind: "cents", cents: 3_000_000 } } },
      },
      {
        name: "Trede op de CO2-Prestatieladder",
        indicator: "co2_ladder",
        obligation: "inspanning",
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "step",
          milestones: [
            ["2025-Q2", "4"],
            ["2027-Q2", "5"],
          ],
        },
      },
    ],
  },
  {
    contract: "Catering provinciehuis",
    buyer: "zuiderland",
    kpis: [
      {
        name: "CO2-uitstoot per maaltijd",
        indicator: "co2e_per_meal",
        obligation: "resultaat",
        baseline: ["2024-Q2", "2.1"],
        measurement: MEAL_MEASUREMENT,
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2025-Q3", "1.9"],
            ["2026-Q3", "1.7"],
            ["2027-Q3", "1.5"],
          ],
        },
        malus: { type: "fixed", amountCents: 100_000, caps: { perYear: { kind: "cents", cents: 400_000 } } },
      },
      {
        name: "Aandeel plantaardige eiwitten",
        indicator: "plant_protein",
        obligation: "inspanning",
        proposedBy: "supplier",
        status: "active",
        path: {
          interpolation: "step",
          milestones: [
            ["2024-Q3", "40"],
            ["2025-Q3", "50"],
            ["2026-Q3", "60"],
          ],
        },
      },
      {
        name: "Voedselverspilling",
        indicator: "food_waste",
        obligation: "inspanning",
        baseline: ["2024-Q2", "600"],
        proposedBy: "buyer",
        status: "active",
        path: { interpolation: "linear", milestones: [["2027-Q3", "350"]] },
      },
      {
        name: "Producten met ecolabel",
        indicator: "ecolabel_products",
        obligation: "inspanning",
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "step",
          milestones: [
            ["2024-Q3", "50"],
            ["2026-Q1", "75"],
          ],
        },
      },
    ],
  },
];

/** The KPIs already on the table for the catering contract that starts two quarters from now. */
export const FUTURE_CONTRACT_KPIS: DemoKpi[] = [
  {
    name: "CO2-uitstoot per maaltijd",
    indicator: "co2e_per_meal",
    obligation: "resultaat",
    baseline: [-1, "1.8"],
    measurement: MEAL_MEASUREMENT,
    proposedBy: "buyer",
    status: "active",
    path: {
      interpolation: "linear",
      milestones: [
        [3, "1.6"],
        [7, "1.4"],
        [11, "1.2"],
      ],
    },
    malus: { type: "fixed", amountCents: 150_000, caps: { perYear: { kind: "cents", cents: 600_000 } } },
  },
  {
    name: "Voedselverspilling in de sportkantines",
    indicator: "food_waste",
    obligation: "inspanning",
    baseline: [-1, "500"],
    proposedBy: "supplier",
    status: "active",
    path: {
      interpolation: "linear",
      milestones: [
        [3, "450"],
        [7, "400"],
        [11, "350"],
      ],
    },
  },
  {
    name: "Aandeel plantaardige eiwitten",
    indicator: "plant_protein",
    obligation: "inspanning",
    proposedBy: "buyer",
    status: "proposed",
    path: {
      interpolation: "step",
      milestones: [
        [0, "40"],
        [4, "50"],
        [8, "60"],
      ],
    },
  },
  {
    name: "Herbruikbare bekers en servies",
    kind: "qualitative",
    obligation: "inspanning",
    scoreMeanings: {
      "1": "Overal wegwerpbekers en -servies.",
      "2": "Herbruikbaar in de kantines, wegwerp bij evenementen.",
      "3": "Herbruikbaar op alle locaties, met een retoursysteem.",
      "4": "Geen wegwerp meer; het retoursysteem wordt ook door verenigingen gebruikt.",
    },
    proposedBy: "supplier",
    status: "active",
    path: {
      interpolation: "step",
      milestones: [
        [0, "2"],
        [4, "3"],
        [8, "4"],
      ],
    },
  },
];
