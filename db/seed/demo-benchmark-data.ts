// Small buyers that take part in the benchmark next to the two demo buyers, so that a catering and
// a transport cell reach five organisations and the demo's benchmark shows figures. Each has one
// user, its coordinator, who also manages its contracts; the contracts measure the catalogue
// indicators of the demo's own (CO2 per meal, plant protein, zero-emission km) and their growth
// paths start apart, so the quartiles spread. Their two suppliers have no demo users.
import type { DemoKpi } from "./demo-kpis-data";

export const benchmarkOrganisations = [
  { key: "heuveldorp", kind: "buyer", name: "Gemeente Heuveldorp", slug: "heuveldorp", oin: "00000001002345678000" },
  { key: "lindeveld", kind: "buyer", name: "Gemeente Lindeveld", slug: "lindeveld", oin: "00000001003456789000" },
  { key: "veenweide", kind: "buyer", name: "Waterschap Veenweide", slug: "waterschap-veenweide", oin: "00000001004567891000" },
  { key: "eemdal", kind: "buyer", name: "Stichting Scholengroep Eemdal", slug: "scholengroep-eemdal", kvk: "41234567" },
  {
    key: "odzm",
    kind: "buyer",
    name: "Omgevingsdienst Zuiderland-Midden",
    slug: "omgevingsdienst-zuiderland-midden",
    oin: "00000001005678912000",
  },
  { key: "smaakvol", kind: "supplier", name: "Smaakvol Bedrijfscatering B.V.", slug: "smaakvol-bedrijfscatering", kvk: "64567890" },
  { key: "regiovervoer", kind: "supplier", name: "Regio Vervoer Oost B.V.", slug: "regio-vervoer-oost", kvk: "75678901" },
] as const;

type BenchmarkOrgKey = (typeof benchmarkOrganisations)[number]["key"];

export const benchmarkUsers: Array<{ name: string; email: string; memberships: Array<[BenchmarkOrgKey, string]> }> = [
  { name: "Wouter Claassen", email: "wouter.claassen@heuveldorp.example", memberships: [["heuveldorp", "coordinator"]] },
  { name: "Marieke Brouwer", email: "marieke.brouwer@lindeveld.example", memberships: [["lindeveld", "coordinator"]] },
  { name: "Hanneke Postma", email: "hanneke.postma@veenweide.example", memberships: [["veenweide", "coordinator"]] },
  { name: "Ruben Verhoeven", email: "ruben.verhoeven@scholengroepeemdal.example", memberships: [["eemdal", "coordinator"]] },
  { name: "Samira Ouali", email: "samira.ouali@odzm.example", memberships: [["odzm", "coordinator"]] },
];

export type BenchmarkContract = {
  buyer: BenchmarkOrgKey;
  supplier: BenchmarkOrgKey;
  manager: string;
  title: string;
  reference: string;
  purchasingPackage: "catering" | "mobiliteit";
  cooperationForm: "transactioneel" | "relationeel";
  startDate: string;
  endDate: string;
  valueCents: number;
  kpis: DemoKpi[];
};

const MEALS = "Menuregistratie en inkoopfacturen per kwartaal.";
const KILOMETRES = "Ritregistratie van alle voertuigen die voor dit contract rijden.";

/** CO2 per meal from a baseline down to a target some years on, and plant protein up. */
function cateringKpis(start: string, co2e: [string, string, string], protein: [string, string, string]): DemoKpi[] {
  return [
    {
      name: "CO2-uitstoot per maaltijd",
      indicator: "co2e_per_meal",
      obligation: "resultaat",
      baseline: [start, co2e[0]],
      measurement: MEALS,
      proposedBy: "buyer",
      status: "active",
      path: {
        interpolation: "linear",
        milestones: [
          [4, co2e[1]],
          [10, co2e[2]],
        ],
      },
    },
    {
      name: "Aandeel plantaardige eiwitten",
      indicator: "plant_protein",
      obligation: "inspanning",
      proposedBy: "buyer",
      status: "active",
      path: {
        interpolation: "linear",
        milestones: [
          [0, protein[0]],
          [4, protein[1]],
          [10, protein[2]],
        ],
      },
    },
  ];
}

function zeroEmissionKpi(name: string, from: string, after1Year: string, after3Years: string): DemoKpi[] {
  return [
    {
      name,
      indicator: "zero_emission_km",
      obligation: "resultaat",
      measurement: KILOMETRES,
      proposedBy: "buyer",
      status: "active",
      path: {
        interpolation: "linear",
        milestones: [
          [0, from],
          [4, after1Year],
          [11, after3Years],
        ],
      },
    },
  ];
}

export const benchmarkContracts: BenchmarkContract[] = [
  {
    buyer: "heuveldorp",
    supplier: "smaakvol",
    manager: "wouter.claassen@heuveldorp.example",
    title: "Catering gemeentehuis en bibliotheek",
    reference: "HDP-2024-009",
    purchasingPackage: "catering",
    cooperationForm: "transactioneel",
    startDate: "2024-07-01",
    endDate: "2028-06-30",
    valueCents: 38_000_000,
    kpis: cateringKpis("2024-Q2", ["2.3", "2.1", "1.7"], ["25", "30", "40"]),
  },
  {
    buyer: "heuveldorp",
    supplier: "regiovervoer",
    manager: "wouter.claassen@heuveldorp.example",
    title: "Leerlingenvervoer 2025–2028",
    reference: "HDP-2025-002",
    purchasingPackage: "mobiliteit",
    cooperationForm: "relationeel",
    startDate: "2025-01-01",
    endDate: "2028-12-31",
    valueCents: 64_000_000,
    kpis: zeroEmissionKpi("Zero-emissie leerlingenvervoer", "10", "20", "60"),
  },
  {
    buyer: "lindeveld",
    supplier: "regiovervoer",
    manager: "marieke.brouwer@lindeveld.example",
    title: "Wmo- en leerlingenvervoer",
    reference: "LDV-2024-014",
    purchasingPackage: "mobiliteit",
    cooperationForm: "relationeel",
    startDate: "2024-01-01",
    endDate: "2027-12-31",
    valueCents: 112_000_000,
    kpis: zeroEmissionKpi("Zero-emissie doelgroepenvervoer", "25", "35", "70"),
  },
  {
    buyer: "veenweide",
    supplier: "smaakvol",
    manager: "hanneke.postma@veenweide.example",
    title: "Bedrijfsrestaurant waterschapshuis",
    reference: "WVW-2025-003",
    purchasingPackage: "catering",
    cooperationForm: "relationeel",
    startDate: "2025-01-01",
    endDate: "2028-12-31",
    valueCents: 52_000_000,
    kpis: cateringKpis("2024-Q4", ["1.7", "1.5", "1.2"], ["45", "55", "65"]),
  },
  {
    buyer: "veenweide",
    supplier: "regiovervoer",
    manager: "hanneke.postma@veenweide.example",
    title: "Bedrijfswagens buitendienst",
    reference: "WVW-2024-011",
    purchasingPackage: "mobiliteit",
    cooperationForm: "transactioneel",
    startDate: "2024-04-01",
    endDate: "2029-03-31",
    valueCents: 87_000_000,
    kpis: zeroEmissionKpi("Elektrische bedrijfswagens", "35", "45", "80"),
  },
  {
    buyer: "eemdal",
    supplier: "smaakvol",
    manager: "ruben.verhoeven@scholengroepeemdal.example",
    title: "Schoolkantines en lunchvoorziening",
    reference: "SGE-2024-021",
    purchasingPackage: "catering",
    cooperationForm: "transactioneel",
    startDate: "2024-10-01",
    endDate: "2027-09-30",
    valueCents: 21_000_000,
    kpis: cateringKpis("2024-Q3", ["1.4", "1.25", "1.0"], ["55", "60", "70"]),
  },
  {
    buyer: "eemdal",
    supplier: "regiovervoer",
    manager: "ruben.verhoeven@scholengroepeemdal.example",
    title: "Excursie- en schoolreisvervoer",
    reference: "SGE-2025-006",
    purchasingPackage: "mobiliteit",
    cooperationForm: "transactioneel",
    startDate: "2025-01-01",
    endDate: "2027-12-31",
    valueCents: 9_500_000,
    kpis: zeroEmissionKpi("Elektrische touringcars en bussen", "5", "10", "30"),
  },
  {
    buyer: "odzm",
    supplier: "regiovervoer",
    manager: "samira.ouali@odzm.example",
    title: "Dienstauto's en poolauto's",
    reference: "ODZ-2024-018",
    purchasingPackage: "mobiliteit",
    cooperationForm: "transactioneel",
    startDate: "2024-10-01",
    endDate: "2028-09-30",
    valueCents: 14_000_000,
    kpis: zeroEmissionKpi("Elektrische dienstauto's", "55", "65", "95"),
  },
];
