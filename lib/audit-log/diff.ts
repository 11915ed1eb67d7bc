// Before and after of an audit event as a person reads it: the fields that changed, with Dutch
// names where the field is known, values written out, and bookkeeping fields left out.

import { formatDateTime, formatEuroCents, formatNumber } from "@/lib/format";
import { quarterFromKey, quarterLabel } from "@/lib/periods";

export type AuditChange = { field: string; label: string; before: string | null; after: string | null };

const FIELD_LABELS: Record<string, string> = {
  title: "Titel",
  name: "Naam",
  email: "E-mailadres",
  role: "Rol",
  status: "Status",
  description: "Omschrijving",
  reference: "Kenmerk",
  startDate: "Begindatum",
  endDate: "Einddatum",
  valueCents: "Waarde",
  supplierOrgId: "Leverancier",
  supplierContactEmail: "Contactpersoon leverancier",
  contractManagerId: "Contractmanager",
  purchasingPackage: "Inkooppakket",
  cooperationForm: "Samenwerkingsvorm",
  quarter: "Kwartaal",
  narrative: "Toelichting",
  baselineValue: "Nulmeting",
  baselineQuarter: "Kwartaal van de nulmeting",
  targetValue: "Doel",
  obligation: "Verplichting",
  kind: "Soort",
  score: "Score",
  agreedScore: "Afgesproken score",
  comment: "Opmerking",
  reason: "Reden",
  dueDate: "Deadline",
  dueQuarter: "Kwartaal",
  owner: "Eigenaar",
  ownerName: "Eigenaar",
  meetingAt: "Overleg",
  location: "Locatie",
  summary: "Samenvatting",
  value: "Waarde",
  unit: "Eenheid",
  weight: "Gewicht",
  evidenceMandatory: "Bewijs verplicht",
  knockOut: "Knock-out",
  closedNote: "Toelichting bij afsluiten",
  growthPath: "Groeipad",
  milestones: "Mijlpalen",
  decidedAt: "Besloten op",
  activeFrom: "Actief vanaf",
  activeUntil: "Actief tot",
  replaces: "Vervangt",
  scoreMeanings: "Betekenis van de scores",
  interpolation: "Verloop",
  effectiveFrom: "Geldt vanaf",
};

// Versions, timestamps of the row itself and where a row came from: they say nothing to a reader.
const BOOKKEEPING = new Set(["version", "createdAt", "updatedAt", "tokenHash", "source"]);
/** References to other rows ("contractId", "themeIds"): the log names the object itself instead. */
const isReference = (field: string) => field === "id" || /[a-z](Id|Ids)$/.test(field);

// The stored words of the app's choices, as the pages say them.
const VALUE_LABELS: Record<string, string> = {
  quantitative: "kwantitatief",
  qualitative: "kwalitatief",
  proposed: "voorgesteld",
  active: "actief",
  rejected: "afgewezen",
  retired: "beëindigd",
  draft: "concept",
  submitted: "ingediend",
  accepted: "geaccepteerd",
  clarification_requested: "teruggestuurd",
  final: "definitief",
  completed: "afgerond",
  terminated: "beëindigd",
  on_track: "op koers",
  at_risk: "risico",
  off_track: "niet op koers",
  not_scored: "niet gescoord",
  open: "open",
  done: "gedaan",
  dropped: "vervallen",
  planned: "gepland",
  in_progress: "bezig",
  admin: "beheerder",
  coordinator: "coördinator",
  contract_manager: "contractmanager",
  viewer: "lezer",
  reporter: "rapporteur",
};

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const QUARTER = /^\d{4}-Q[1-4]$/;
/** A numeric column as PostgreSQL hands it over ("1.00"): written with a decimal comma. */
const DECIMAL = /^-?\d{1,15}\.\d{1,6}$/;

/** A value written out as a person reads it: yes/no, dates, quarters and choices in Dutch; a list or a structure by its size. */
export function auditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") {
    if (MOMENT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(new Date(value));
    if (QUARTER.test(value)) return quarterLabel(quarterFromKey(value));
    if (DECIMAL.test(value)) return formatNumber(Number(value), 4);
    return VALUE_LABELS[value] ?? value;
  }
  if (Array.isArray(value))
    return value.length === 0
      ? null
      : value.every((v) => typeof v === "string" || typeof v === "number")
        ? value.map((v) => auditValue(v)).join(", ")
        : `${value.length} regels`;
  return "vastgelegd";
}

/** Amounts are stored in cents (valueCents, malusCents): written as euros. */
function valueOf(field: string, value: unknown): string | null {
  return field.endsWith("Cents") && typeof value === "number" ? formatEuroCents(value) : auditValue(value);
}

function fields(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The fields that differ between before and after, in the order they first appear. A value that
 * is not an object (rare) counts as one field "waarde".
 */
export function auditDiff(before: unknown, after: unknown): AuditChange[] {
  const scalar = (v: unknown) => v !== null && v !== undefined && (typeof v !== "object" || Array.isArray(v));
  if (scalar(before) || scalar(after)) {
    const b = auditValue(before);
    const a = auditValue(after);
    return b === a ? [] : [{ field: "waarde", label: "Waarde", before: b, after: a }];
  }
  const was = fields(before);
  const is = fields(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((key) => !BOOKKEEPING.has(key) && !isReference(key));
  return keys.flatMap((field) => {
    // Compared as stored, so a changed structure counts even where both read "vastgelegd".
    if (JSON.stringify(was[field] ?? null) === JSON.stringify(is[field] ?? null)) return [];
    const b = valueOf(field, was[field]);
    const a = valueOf(field, is[field]);
    return [{ field, label: FIELD_LABELS[field] ?? field, before: b, after: a === b && a !== null ? "gewijzigd" : a }];
  });
}
