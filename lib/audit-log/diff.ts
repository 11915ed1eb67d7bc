// Before and after of an audit event as a person reads it: the fields that changed, with Dutch
// names where the field is known, values written out, and bookkeeping fields left out.

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
  valueCents: "Waarde (centen)",
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
};

// Identifiers, versions and timestamps the database keeps: they say nothing to a reader.
const BOOKKEEPING = new Set(["id", "tenantId", "version", "createdAt", "updatedAt", "tokenHash", "organisationId"]);

/** A value written out: text as is, yes/no, lists and objects as compact JSON. */
export function auditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
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
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((key) => !BOOKKEEPING.has(key));
  return keys.flatMap((field) => {
    const b = auditValue(was[field]);
    const a = auditValue(is[field]);
    return b === a ? [] : [{ field, label: FIELD_LABELS[field] ?? field, before: b, after: a }];
  });
}
