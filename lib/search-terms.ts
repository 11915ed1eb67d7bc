// Free-text search as the app does it everywhere: every word typed must occur (ILIKE, which PGlite
// and PostgreSQL both do the same), wildcards searched for literally.

/** The words of a search as ILIKE patterns, at most eight, with "%" and "_" escaped. */
export function searchTerms(query: string): string[] {
  return query
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 8)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
