// The demo KPIs per demo contract: realistic indicators from the global catalogue (codes of
// migration 0003), growth paths rising over the contract years, some malus rules, a retired KPI
// and a second growth-path version (so the history has something to show), proposals still open
// on both sides, and MKI tender promises turned into KPIs. Values are decimal strings; a quarter
// is a key ("2025-Q4") or, for the contract that starts relative to today, an offset from its
// first quarter.
import type { ScoreMeanings } from "../schema";
import type { MalusRule } from "../../lib/malus/rule";

type QuarterRef = string | number;
type Path = { interpolation: "step" | "linear"; milestones: Array<[QuarterRef, string]> };

export type DemoKpi = {
  name: string;
  description?: string;
  indicator?: string;
  kind?: "quantitative" | "qualitative";
  obligation: "inspanning" | "resultaat";
  scoreMeanings?: ScoreMeanings;
  baseline?: [QuarterRef, string];
  measurement?: string;
  evidence?: string;
  proposedBy: "buyer" | "supplier";
  status: "active" | "proposed";
  path?: Path;
  laterVersion?: Path & { effectiveFrom: string; reason: string };
  retired?: { from: string; reason: string };
  malus?: MalusRule;
  themes?: string[];
  promise?: { description: string; value: string; dueQuarter: string | null; source: string };
};

export type DemoContractKpis = { contract: string; buyer: string; kpis: DemoKpi[] };

/** The demo contract that starts two quarters from today, so KPIs can still be agreed on it. */
export const FUTURE_CONTRACT = {
  title: "Catering sportaccommodaties",
  reference: "VBS-2026-044",
  manager: "fatima.elamrani@voorbeeldstad.example",
  supplier: "groen",
  valueCents: 135_000_000,
  years: 3,
} as const;

const CHAIN_MEANINGS: ScoreMeanings = {
  "1": "Geen overleg met leveranciers in de keten over duurzaamheid.",
  "2": "Incidenteel overleg; afspraken zijn niet vastgelegd.",
  "3": "Elk kwartaal ketenoverleg met vastgelegde afspraken.",
  "4": "Ketenpartners werken aantoonbaar mee aan de doelen en delen hun cijfers.",
};

const MEAL_MEASUREMENT = "Menuregistratie en inkoopfacturen per kwartaal, omgerekend met de CO2-database van het Voedingscentrum.";

export const DEMO_KPIS: DemoContractKpis[] = [
  {
    contract: "Catering stadhuis en wijkcentra 2025–2029",
    buyer: "voorbeeldstad",
    kpis: [
      {
        name: "CO2-uitstoot per maaltijd",
        indicator: "co2e_per_meal",
        obligation: "resultaat",
        baseline: ["2024-Q4", "1.9"],
        measurement: MEAL_MEASUREMENT,
        evidence: "Kwartaaloverzicht menuregistratie met berekening",
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2025-Q4", "1.7"],
            ["2026-Q4", "1.5"],
            ["2027-Q4", "1.3"],
            ["2028-Q4", "1.1"],
          ],
        },
        malus: {
          type: "fixed",
          amountCents: 250_000,
          tolerance: { kind: "percent_of_target", percent: "5" },
          caps: { perYear: { kind: "cents", cents: 1_000_000 } },
        },
        themes: ["Klimaat en energie"],
      },
      {
        name: "Aandeel plantaardige eiwitten",
        indicator: "plant_protein",
        obligation: "inspanning",
        baseline: ["2024-Q4", "35"],
        measurement: "Inkoopvolume eiwitproducten per kwartaal (kg), plantaardig gedeeld door totaal.",
        proposedBy: "supplier",
        status: "active",
        path: {
          interpolation: "step",
          milestones: [
            ["2025-Q1", "40"],
            ["2026-Q1", "45"],
            ["2027-Q1", "50"],
            ["2028-Q1", "55"],
          ],
        },
        laterVersion: {
          effectiveFrom: "2026-Q3",
          interpolation: "step",
          milestones: [
            ["2026-Q3", "50"],
            ["2027-Q1", "55"],
            ["2028-Q1", "60"],
          ],
          reason: "Kwartaalgesprek 2026 K2: de nieuwe menulijn loopt beter dan verwacht; samen het doel verhoogd.",
        },
        themes: ["Gezonde voeding"],
      },
      {
        name: "Voedselverspilling",
        indicator: "food_waste",
        obligation: "resultaat",
        baseline: ["2024-Q4", "1200"],
        measurement: "Weging van de restanten per locatie, vier weken per kwartaal, opgehoogd naar het kwartaal.",
        evidence: "Weeglijsten per locatie",
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2025-Q4", "1050"],
            ["2026-Q4", "900"],
            ["2027-Q4", "800"],
            ["2028-Q4", "600"],
          ],
        },
        malus: { type: "per_unit_shortfall", centsPerUnit: 200, caps: { perContract: { kind: "percent_of_contract", percent: "1" } } },
        themes: ["Circulariteit"],
      },
      {
        name: "Wegwerpverpakkingen in de wijkcentra",
        indicator: "residual_waste",
        obligation: "inspanning",
        baseline: ["2024-Q4", "300"],
        proposedBy: "buyer",
        status: "active",
        path: { interpolation: "linear", milestones: [["2025-Q4", "150"]] },
        retired: {
          from: "2026-Q1",
          reason: "Kwartaalgesprek 2025 K4: alle wijkcentra gebruiken herbruikbaar servies, de KPI is niet meer onderscheidend.",
        },
        themes: ["Circulariteit"],
      },
      {
        name: "Samenwerking in de keten",
        kind: "qualitative",
        obligation: "inspanning",
        scoreMeanings: CHAIN_MEANINGS,
        description: "Hoe de cateraar zijn leveranciers meeneemt in de duurzaamheidsdoelen.",
        proposedBy: "supplier",
        status: "proposed",
        path: {
          interpolation: "step",
          milestones: [
            ["2027-Q1", "3"],
            ["2028-Q1", "4"],
          ],
        },
        themes: ["Samenwerken in de keten"],
      },
    ],
  },
  {
    contract: "Schoonmaakdienstverlening gemeentelijke gebouwen",
    buyer: "voorbeeldstad",
    kpis: [
      {
        name: "Zero-emissie bedrijfsvoertuigen",
        indicator: "zero_emission_km",
        obligation: "resultaat",
        baseline: ["2025-Q2", "20"],
        measurement: "Kilometerregistratie van alle voertuigen die voor dit contract rijden.",
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2025-Q4", "30"],
            ["2026-Q4", "50"],
            ["2027-Q4", "75"],
            ["2029-Q2", "100"],
          ],
        },
        malus: { type: "percent_of_quarter_value", percent: "0.5", caps: { perYear: { kind: "percent_of_contract", percent: "1" } } },
      },
      {
        name: "Schoonmaakmiddelen met ecolabel",
        indicator: "ecolabel_products",
        obligation: "inspanning",
        baseline: ["2025-Q2", "60"],
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "step",
          milestones: [
            ["2025-Q3", "70"],
            ["2026-Q3", "80"],
            ["2027-Q3", "90"],
            ["2028-Q3", "95"],
          ],
        },
      },
      {
        // Feeds the organisation's target on circular content: recycled fibre in paper hygiene
        // products and bin liners, the supplies a cleaning contract buys most of.
        name: "Circulaire inhoud van verbruiksartikelen",
        indicator: "circular_content",
        obligation: "inspanning",
        baseline: ["2025-Q2", "35"],
        measurement:
          "Aandeel gerecyclede vezel en kunststof in papieren handdoeken, toiletpapier en afvalzakken, volgens de productbladen, gewogen naar de ingekochte kilo's.",
        evidence: "Productbladen en inkoopoverzicht per kwartaal",
        proposedBy: "supplier",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2025-Q3", "40"],
            ["2027-Q4", "60"],
            ["2029-Q2", "75"],
          ],
        },
        themes: ["Circulariteit"],
      },
      {
        name: "Restafval kantoorgebouwen",
        indicator: "residual_waste",
        obligation: "inspanning",
        baseline: ["2025-Q2", "4800"],
        proposedBy: "supplier",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2026-Q2", "4200"],
            ["2027-Q2", "3600"],
            ["2029-Q2", "3000"],
          ],
        },
      },
      {
        name: "Social return",
        indicator: "social_return",
        obligation: "resultaat",
        description: "Inzet van mensen met een afstand tot de arbeidsmarkt, als percentage van de contractwaarde.",
        proposedBy: "buyer",
        status: "proposed",
        path: {
          interpolation: "step",
          milestones: [
            ["2026-Q1", "3"],
            ["2027-Q3", "5"],
          ],
        },
      },
    ],
  },
  {
    contract: "Onderhoud asfaltverhardingen 2026–2028",
    buyer: "voorbeeldstad",
    kpis: [
      {
        name: "MKI per ton asfalt volgens toezegging",
        indicator: "mki_per_ton",
        obligation: "resultaat",
        measurement: "MKI-berekening per geleverde partij volgens de Bepalingsmethode Milieuprestatie, gewogen naar tonnage.",
        evidence: "MKI-berekening en leveringsbonnen per partij",
        proposedBy: "buyer",
        status: "active",
        path: { interpolation: "step", milestones: [["2026-Q1", "38.5"]] },
        // Rijkswaterstaat charges 1.5 times the difference for a missed MKI promise: € 1 per € MKI
        // per tonne above the promise, for every tonne laid in the quarter.
        malus: { type: "per_unit_shortfall", centsPerUnit: 100, factor: "1.5", caps: { perYear: { kind: "cents", cents: 2_500_000 } } },
        promise: {
          description: "Gemiddelde MKI van de asfaltmengsels volgens de winnende inschrijving: hoogstens €\u00a038,50 per ton.",
          value: "38.5",
          dueQuarter: "2026-Q1",
          source: "Inschrijving VBS-2025-031, bijlage MKI-berekening",
        },
      },
      {
        name: "Hergebruikt asfalt (partiële recycling)",
        indicator: "reused_asphalt",
        obligation: "inspanning",
        baseline: ["2025-Q4", "30"],
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "linear",
          milestones: [
            ["2026-Q4", "35"],
            ["2027-Q4", "42"],
            ["2028-Q4", "50"],
          ],
        },
      },
      {
        name: "Trede op de CO2-Prestatieladder",
        indicator: "co2_ladder",
        obligation: "resultaat",
        proposedBy: "buyer",
        status: "active",
        path: {
          interpolation: "step",
          milestones: [
            ["2026-Q1", "3"],
            ["2027-Q1", "4"],
            ["2028-Q1", "5"],
          ],
        },
        malus: { type: "fixed", amountCents: 500_000, caps: { perContract: { kind: "percent_of_contract", percent: "0.5" } } },
      },
      {
        name: "Zero-emissie materieel op de bouwplaats",
        indicator: "zero_emission_km",
        obligation: "inspanning",
        description: "Aandeel draaiuren van elektrisch materieel (walsen, afzetmachines) op de bouwplaats.",
        proposedBy: "supplier",
        status: "proposed",
        path: {
          interpolation: "linear",
          milestones: [
            ["2027-Q1", "20"],
            ["2028-Q4", "50"],
          ],
        },
      },
    ],
  },
];
