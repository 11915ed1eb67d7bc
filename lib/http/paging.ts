// Cursor pages for the REST API's lists: in the order of last change, then id, so an integration
// that keeps the last cursor (or asks updated_since) gets every row changed after it exactly
// once, also when rows change while it pages. The cursor is opaque to the client.
import { ValidationError } from "@/lib/errors";

export type PageRequest = { limit: number; after: { updatedAt: Date; id: string } | null; updatedSince: Date | null };
export type Page<T> = { items: T[]; next: string | null };

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page a query string asks for; a malformed one is refused at its parameter, in Dutch. */
export function pageRequestOf(search: URLSearchParams): PageRequest {
  const errors: Record<string, string> = {};
  const limitText = search.get("limit");
  const limit = limitText === null ? DEFAULT_PAGE_SIZE : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) errors.limit = `Vraag 1 tot ${MAX_PAGE_SIZE} regels per pagina.`;
  const cursor = search.get("cursor");
  const after = cursor === null ? null : decodeCursor(cursor);
  if (after === undefined) errors.cursor = "Deze cursor is ongeldig; gebruik de waarde van next uit het vorige antwoord.";
  const sinceText = search.get("updated_since");
  const updatedSince = sinceText === null ? null : new Date(sinceText);
  if (updatedSince !== null && (Number.isNaN(updatedSince.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(sinceText ?? "")))
    errors.updated_since = "Geef updated_since als ISO 8601-tijdstip, bijvoorbeeld 2026-10-01T00:00:00Z.";
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return { limit, after: after ?? null, updatedSince };
}

/** The page of rows read one beyond the limit: that extra row says there is a next page. */
export function pageOf<T extends { updatedAt: Date; id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? encodeCursor(last) : null };
}

function encodeCursor(row: { updatedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.updatedAt.toISOString(), row.id])).toString("base64url");
}

/** The position a cursor names, or undefined when it is not one of ours. */
function decodeCursor(cursor: string): { updatedAt: Date; id: string } | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const updatedAt = new Date(String(at));
    if (typeof at !== "string" || Number.isNaN(updatedAt.getTime()) || typeof id !== "string" || !UUID.test(id)) return undefined;
    return { updatedAt, id };
  } catch {
    return undefined;
  }
}
