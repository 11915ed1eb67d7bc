// The filters of the audit log, read from the address so a filtered view can be shared and paged:
// person, kind of object, contract (searched by title or reference) and a period of Amsterdam
// calendar days.
import { isIsoDate } from "@/lib/periods";
import { z } from "@/lib/zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `contract` is what was typed: words of a title or reference, or a contract's id from a link. */
export type AuditFilters = { person?: string; kind?: string; contract?: string; from?: string; to?: string };

const CONTRACT_SEARCH_MAX = 200;

/** The names of the filters in the address, in Dutch like the rest of the app's addresses. */
export const AUDIT_PARAMS = { person: "persoon", kind: "soort", contract: "contract", from: "van", to: "tot" } as const;
export type AuditFilterErrors = Partial<Record<keyof AuditFilters, string>>;

const optional = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/**
 * Filters from search parameters. A value that cannot be right is left out and named at its field,
 * so a mistyped date shows the whole log with a message instead of an error page.
 */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  errors: AuditFilterErrors;
} {
  const raw = (key: keyof AuditFilters) => {
    const value = params[AUDIT_PARAMS[key]];
    return optional(Array.isArray(value) ? value[0] : value);
  };
  const filters: AuditFilters = {};
  const errors: AuditFilterErrors = {};
  const person = raw("person");
  if (person !== undefined) {
    if (UUID.test(person)) filters.person = person;
    else errors.person = "Kies een persoon uit de lijst.";
  }
  const contract = raw("contract");
  if (contract !== undefined) {
    if (contract.length <= CONTRACT_SEARCH_MAX) filters.contract = contract;
    else errors.contract = `Zoek met hoogstens ${CONTRACT_SEARCH_MAX} tekens.`;
  }
  const kind = raw("kind");
  if (kind !== undefined) {
    if (/^[a-z_]{1,40}$/.test(kind)) filters.kind = kind;
    else errors.kind = "Kies een soort wijziging uit de lijst.";
  }
  for (const key of ["from", "to"] as const) {
    const value = raw(key);
    if (value === undefined) continue;
    if (isIsoDate(value)) filters[key] = value;
    else errors[key] = "Vul een datum in als dd-mm-jjjj.";
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.to = "De einddatum ligt voor de begindatum.";
    delete filters.to;
  }
  return { filters, errors };
}

/** A page boundary: the time (microseconds since 1970) and id of the last event shown. Opaque in the address. */
export const AuditCursor = z.object({ at: z.string().regex(/^\d{1,17}$/), id: z.string().regex(UUID) });
export type AuditCursor = z.infer<typeof AuditCursor>;

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** A cursor that is not one of ours reads as the first page. */
export function decodeCursor(text: string | undefined): AuditCursor | null {
  if (!text || text.length > 200) return null;
  try {
    const parsed = AuditCursor.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
