// The demo world: two buyers, three suppliers (one serving both buyers), one user per role and a
// handful of realistic contracts. Addresses use the reserved .example domain. The small buyers
// that make the benchmark show figures come from demo-benchmark-data.ts.
import { benchmarkOrganisations, benchmarkUsers } from "./demo-benchmark-data";

export const demoOrganisations = [
  { key: "voorbeeldstad", kind: "buyer", name: "Gemeente Voorbeeldstad", slug: "voorbeeldstad", oin: "00000001001234567000" },
  { key: "zuiderland", kind: "buyer", name: "Provincie Zuiderland", slug: "zuiderland", oin: "00000001007654321000" },
  { key: "groen", kind: "supplier", name: "Groen Cateraars B.V.", slug: "groen-cateraars", kvk: "61234567" },
  { key: "schoon", kind: "supplier", name: "Schoon & Fris Facilitair B.V.", slug: "schoon-en-fris", kvk: "72345678" },
  { key: "vandijk", kind: "supplier", name: "Wegenbouw Van Dijk B.V.", slug: "wegenbouw-van-dijk", kvk: "83456789" },
  ...benchmarkOrganisations,
] as const;

export type DemoOrgKey = (typeof demoOrganisations)[number]["key"];

/** Who also runs the demo platform (/platform): onboarding buyers, suspending organisations. */
export const demoOperators = ["sanne.visser@zuiderland.example"];

export const demoUsers: Array<{ name: string; email: string; memberships: Array<[DemoOrgKey, string]> }> = [
  { name: "Anouk de Vries", email: "anouk.devries@voorbeeldstad.example", memberships: [["voorbeeldstad", "admin"]] },
  { name: "Joris Bakker", email: "joris.bakker@voorbeeldstad.example", memberships: [["voorbeeldstad", "coordinator"]] },
  { name: "Fatima El Amrani", email: "fatima.elamrani@voorbeeldstad.example", memberships: [["voorbeeldstad", "contract_manager"]] },
  { name: "Pieter Jansen", email: "pieter.jansen@voorbeeldstad.example", memberships: [["voorbeeldstad", "viewer"]] },
  // The roles of the seeds (003, chapter 1): one person each.
  { name: "Marjolein Dekker", email: "marjolein.dekker@voorbeeldstad.example", memberships: [["voorbeeldstad", "bestuurder"]] },
  { name: "Thijs van den Berg", email: "thijs.vandenberg@voorbeeldstad.example", memberships: [["voorbeeldstad", "beleidsadviseur"]] },
  { name: "Yara Bos", email: "yara.bos@voorbeeldstad.example", memberships: [["voorbeeldstad", "inkoopadviseur"]] },
  { name: "Ruben Vos", email: "ruben.vos@voorbeeldstad.example", memberships: [["voorbeeldstad", "projectleider"]] },
  { name: "Ingrid Meijer", email: "ingrid.meijer@voorbeeldstad.example", memberships: [["voorbeeldstad", "interne_opdrachtgever"]] },
  { name: "Karim Haddou", email: "karim.haddou@voorbeeldstad.example", memberships: [["voorbeeldstad", "verifier"]] },
  { name: "Sanne Visser", email: "sanne.visser@zuiderland.example", memberships: [["zuiderland", "admin"]] },
  {
    name: "Lotte Smit",
    email: "lotte.smit@zuiderland.example",
    memberships: [
      ["zuiderland", "coordinator"],
      ["voorbeeldstad", "viewer"],
    ],
  },
  { name: "Bram Mulder", email: "bram.mulder@zuiderland.example", memberships: [["zuiderland", "contract_manager"]] },
  { name: "Noor Hendriks", email: "noor.hendriks@zuiderland.example", memberships: [["zuiderland", "viewer"]] },
  { name: "Mehmet Yilmaz", email: "mehmet.yilmaz@groencateraars.example", memberships: [["groen", "admin"]] },
  { name: "Eva de Boer", email: "eva.deboer@groencateraars.example", memberships: [["groen", "reporter"]] },
  { name: "Daan Peters", email: "daan.peters@groencateraars.example", memberships: [["groen", "viewer"]] },
  { name: "Sophie van Leeuwen", email: "sophie@schoonenfris.example", memberships: [["schoon", "admin"]] },
  { name: "Kees van Dijk", email: "kees@wegenbouwvandijk.example", memberships: [["vandijk", "admin"]] },
  { name: "Ilse Koster", email: "ilse.koster@wegenbouwvandijk.example", memberships: [["vandijk", "reporter"]] },
  ...benchmarkUsers,
];

export const demoContracts: Array<{
  buyer: DemoOrgKey;
  supplier: DemoOrgKey | null;
  manager: string;
  title: string;
  reference: string;
  purchasingPackage: string;
  cooperationForm: "transactioneel" | "relationeel";
  startDate: string;
  endDate: string;
  valueCents: number;
  status: "draft" | "active" | "completed" | "terminated";
}> = [
  {
    buyer: "voorbeeldstad",
    supplier: "groen",
    manager: "fatima.elamrani@voorbeeldstad.example",
    title: "Catering stadhuis en wijkcentra 2025–2029",
    reference: "VBS-2024-017",
    purchasingPackage: "catering",
    cooperationForm: "relationeel",
    startDate: "2025-01-01",
    endDate: "2029-12-31",
    valueCents: 245_000_000,
    status: "active",
  },
  {
    buyer: "voorbeeldstad",
    supplier: "schoon",
    manager: "fatima.elamrani@voorbeeldstad.example",
    title: "Schoonmaakdienstverlening gemeentelijke gebouwen",
    reference: "VBS-2025-004",
    purchasingPackage: "schoonmaak",
    cooperationForm: "transactioneel",
    startDate: "2025-07-01",
    endDate: "2029-06-30",
    valueCents: 318_045_050,
    status: "active",
  },
  {
    buyer: "voorbeeldstad",
    supplier: "vandijk",
    manager: "fatima.elamrani@voorbeeldstad.example",
    title: "Onderhoud asfaltverhardingen 2026–2028",
    reference: "VBS-2025-031",
    purchasingPackage: "asfalt",
    cooperationForm: "relationeel",
    startDate: "2026-01-01",
    endDate: "2028-12-31",
    valueCents: 475_000_000,
    status: "active",
  },
  {
    buyer: "voorbeeldstad",
    supplier: null,
    manager: "anouk.devries@voorbeeldstad.example",
    title: "Circulaire ICT-werkplekken",
    reference: "VBS-2026-012",
    purchasingPackage: "ict",
    cooperationForm: "relationeel",
    startDate: "2027-04-01",
    endDate: "2031-03-31",
    valueCents: 186_000_000,
    status: "draft",
  },
  {
    buyer: "zuiderland",
    supplier: "vandijk",
    manager: "bram.mulder@zuiderland.example",
    title: "Groot onderhoud provinciale wegen perceel Zuid",
    reference: "PZL-2025-108",
    purchasingPackage: "asfalt",
    cooperationForm: "relationeel",
    startDate: "2025-04-01",
    endDate: "2029-03-31",
    valueCents: 1_240_000_000,
    status: "active",
  },
  {
    buyer: "zuiderland",
    supplier: "groen",
    manager: "bram.mulder@zuiderland.example",
    title: "Catering provinciehuis",
    reference: "PZL-2024-056",
    purchasingPackage: "catering",
    cooperationForm: "transactioneel",
    startDate: "2024-09-01",
    endDate: "2027-08-31",
    valueCents: 96_000_000,
    status: "active",
  },
];
