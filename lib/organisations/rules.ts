// Pure rules for organisations: slugs for URLs and KvK / OIN number checks.

/** "Gemeente 's-Hertogenbosch" → "gemeente-s-hertogenbosch". */
export function slugify(name: string): string {
  return (
    name
      // A legal form says nothing about who the organisation is: "Groen B.V." → "groen".
      .replace(/\s+(b\.?\s?v\.?|n\.?\s?v\.?|v\.?o\.?f\.?)\s*$/i, "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/&/g, " en ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/g, "") || "organisatie"
  );
}

/**
 * First path segments the application uses itself: an organisation with one of these slugs could
 * never be opened, because the fixed route wins over /[org].
 */
const RESERVED_SLUGS = [
  "api",
  "api-documentatie",
  "dev",
  "login",
  "opgeschort",
  "platform",
  "uitnodiging",
  "_next",
  "favicon.ico",
  "icon.svg",
] as const;

/** The next free slug: "naam", "naam-2", "naam-3", ... given the slugs already taken. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...RESERVED_SLUGS]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function normaliseKvk(input: string): string {
  return input.replace(/[\s.-]/g, "");
}

/**
 * A KvK number is eight digits. The KvK publishes no check digit for new numbers, so the check is
 * the format; a number of only zeros is never issued.
 */
export function kvkError(input: string): string | null {
  const kvk = normaliseKvk(input);
  if (kvk === "") return "Vul het KvK-nummer in.";
  if (!/^\d+$/.test(kvk)) return "Een KvK-nummer bestaat alleen uit cijfers.";
  if (kvk.length !== 8) return "Een KvK-nummer heeft 8 cijfers.";
  if (/^0+$/.test(kvk)) return "Dit is geen geldig KvK-nummer.";
  return null;
}

/** An OIN (Organisatie-identificatienummer) is twenty digits. */
export function oinError(input: string): string | null {
  return /^\d{20}$/.test(input.replace(/\s/g, "")) ? null : "Een OIN heeft 20 cijfers.";
}

/** Why a slug chosen by hand cannot be used, or null: lower-case letters, digits and single dashes. */
export function slugError(slug: string): string | null {
  if (slug === "") return "Vul het adres (slug) in.";
  if (slug.length < 3 || slug.length > 48) return "Het adres is 3 tot 48 tekens lang.";
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    return "Gebruik alleen kleine letters, cijfers en losse streepjes, zoals gemeente-voorbeeldstad.";
  if ((RESERVED_SLUGS as readonly string[]).includes(slug)) return "Dit adres gebruikt Groeipad zelf; kies een ander.";
  return null;
}
