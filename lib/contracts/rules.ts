// Fixed lists of the contract module: purchasing packages, cooperation forms and statuses,
// with their Dutch labels.
import { CAP_PERIOD_LABELS } from "@/lib/malus/cap-years";
import { MALUS_DECIDER_LABELS } from "@/lib/malus/decide";

export const PURCHASING_PACKAGES = {
  catering: "Catering",
  schoonmaak: "Schoonmaak",
  ict: "ICT",
  gebouwen_installaties: "Gebouwen & installaties",
  asfalt: "Asfalt & wegen",
  beton_kunstwerken: "Beton & kunstwerken",
  groenonderhoud: "Groenonderhoud",
  energie: "Energie",
  mobiliteit: "Mobiliteit & vervoer",
  afval: "Afvalinzameling & -verwerking",
  bedrijfskleding: "Bedrijfskleding",
  kantoorinrichting: "Kantoorinrichting & -artikelen",
  // Named in the Buyer Group FM handreiking (bijlage 4) among the facility packages with most CO2.
  werkomgeving: "Werkomgeving",
  warme_dranken: "Warme dranken",
  overig: "Overig",
} as const;

export const COOPERATION_FORMS = {
  transactioneel: "Transactioneel",
  relationeel: "Relationeel",
} as const;
export type CooperationForm = keyof typeof COOPERATION_FORMS;

export const CONTRACT_STATUSES = {
  draft: "Concept",
  active: "Lopend",
  completed: "Afgerond",
  terminated: "Beëindigd",
} as const;

export function packageLabel(key: string): string {
  return (PURCHASING_PACKAGES as Record<string, string>)[key] ?? key;
}

export function statusLabel(key: string): string {
  return (CONTRACT_STATUSES as Record<string, string>)[key] ?? key;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const packageOptions = Object.entries(PURCHASING_PACKAGES).map(([value, label]) => ({ value, label }));
export const statusOptions = Object.entries(CONTRACT_STATUSES).map(([value, label]) => ({ value, label }));
export const capPeriodOptions = Object.entries(CAP_PERIOD_LABELS).map(([value, label]) => ({ value, label }));
export const deciderOptions = Object.entries(MALUS_DECIDER_LABELS).map(([value, label]) => ({ value, label }));

export function statusTone(status: string): "green" | "grey" | "amber" | "red" {
  return status === "active" ? "green" : status === "terminated" ? "red" : status === "draft" ? "amber" : "grey";
}
