// Zod with Dutch messages, and the fields every schema builds on: text of a known kind, dates,
// years, quarters, references and versions. Each kind of input has one limit and one wording,
// here, so a KPI name or an explanation is held to the same rule in every form and API body.
import { z } from "zod";
import { decimalInput } from "@/lib/format";
import { FIRST_BASE_YEAR, FIRST_DATE, isIsoDate, LAST_DATE, LAST_YEAR, parseQuarter, quarterKey } from "@/lib/periods";

// Zod's own Dutch messages for anything a schema does not word itself.
z.config(z.locales.nl());

export { z };

/**
 * Maximum lengths per kind of text, within the columns that hold them (a theme name is a
 * varchar(120), a unit label a varchar(40)).
 */
export const TEXT_LIMITS = {
  /** A unit label, a contract reference, the name of a corrected field. */
  label: 40,
  /** The name of a thing or a person: KPI, indicator, theme, organisation, owner, guest. */
  name: 120,
  /** A title: contract, roadmap item, target, action, assessment; a location or a source. */
  title: 200,
  /** One sentence: an ambition, a goal, what a score means. */
  sentence: 500,
  /** A paragraph: a description, a reason, a comment, a lesson. */
  short: 2000,
  /** An explanation or notes. */
  long: 5000,
  /** The narrative of a quarterly report. */
  document: 20_000,
} as const;
export type TextKind = keyof typeof TEXT_LIMITS;

/** Any posted value as trimmed text: numbers as typed with a decimal comma, nothing as "". */
export const asText = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "number" ? decimalInput(v) : String(v).trim());

/** A choice posted as a number (from a test or a script) reads like the browser's string; an empty one as none. */
export const numbersAsText = (value: unknown) => (typeof value === "number" ? String(value) : value === "" ? undefined : value);

// Control characters other than tab and line ends (a NUL cannot even be stored in PostgreSQL),
// and halves of a surrogate pair, which no keyboard types and which break exports.
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function capitalise(text: string): string {
  const bare = text.replace(/^(de|het|een) /, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

const bare = (label: string) => label.replace(/^(de|het|een) /, "");

/** The Dutch message for a text that breaks the rules of its kind, or null when it is fine. */
export function textProblem(text: string, label: string, kind: TextKind): string | null {
  if (FORBIDDEN_CHARACTER.test(text))
    return `${capitalise(label)} bevat een onzichtbaar stuurteken dat niet is toegestaan; typ de tekst opnieuw.`;
  const max = TEXT_LIMITS[kind];
  if (text.length > max) return `${capitalise(label)} mag hoogstens ${max} tekens lang zijn.`;
  return null;
}

function checkedText(label: string, kind: TextKind) {
  return (text: string, ctx: z.RefinementCtx) => {
    const problem = textProblem(text, label, kind);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

/** A required text field with Dutch messages for empty, too long and forbidden characters. */
export function requiredText(label: string, kind: TextKind) {
  return z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, { error: `Vul ${label} in.` })
    .superRefine(checkedText(label, kind));
}

/** The same, but empty is allowed and becomes null. */
export function optionalText(label: string, kind: TextKind) {
  return z
    .string({ error: `${capitalise(label)} moet tekst zijn.` })
    .trim()
    .superRefine(checkedText(label, kind))
    .optional()
    .transform((v) => (v ? v : null));
}

export const emailAddress = z
  .string({ error: "Vul een e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Vul een e-mailadres in." })
  .max(254, { error: "Dit e-mailadres is te lang." })
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl." }));

export const uuid = z.uuid({ error: "Onbekende verwijzing." });

/**
 * For a check across fields that should run also when another field is wrong, so a form shows
 * every problem in one round: the check then reads a partly parsed value and must read it defensively.
 */
export const runOnObjects = { when: (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null };

/**
 * An id a person picks from a list: left empty, the message says what to choose ("Kies de KPI die
 * je wilt beëindigen."); anything else that is no id is still an unknown reference.
 */
export function chosenId(message: string) {
  return z.uuid({ error: (issue) => (issue.input === undefined || issue.input === "" ? message : "Onbekende verwijzing.") });
}

/** The version a form was built on: a whole number that fits the integer column. */
export const version = z.coerce
  .number({ error: "Onbekende versie." })
  .int({ error: "Onbekende versie." })
  .min(0, { error: "Onbekende versie." })
  .max(2_147_483_647, { error: "Onbekende versie." });

/** "1 januari 2000" and "31 december 2100", for messages. */
const DATE_RANGE_TEXT = "1 januari 2000 en 31 december 2100";

/**
 * A calendar date as the date input posts it ("2027-03-31"), between FIRST_DATE and LAST_DATE
 * (lib/periods.ts; the database checks the same range). `label` names the field ("de startdatum").
 */
export function dateField(label: string, missing = `Vul ${label} in.`) {
  return z
    .unknown()
    .optional()
    .transform(asText)
    .transform((text, ctx) => {
      if (text === "") ctx.addIssue({ code: "custom", message: missing });
      else if (!isIsoDate(text)) ctx.addIssue({ code: "custom", message: `Vul een geldige ${bare(label)} in.` });
      else if (text < FIRST_DATE || text > LAST_DATE)
        ctx.addIssue({ code: "custom", message: `Kies een ${bare(label)} tussen ${DATE_RANGE_TEXT}.` });
      else return text;
      return z.NEVER;
    });
}

/** The years a year field accepts: planning years, or base years that may lie before 2000. */
export const YEAR_RANGES = {
  plan: { min: Number(FIRST_DATE.slice(0, 4)), max: LAST_YEAR },
  base: { min: FIRST_BASE_YEAR, max: LAST_YEAR },
} as const;

function yearText(range: keyof typeof YEAR_RANGES) {
  const { min, max } = YEAR_RANGES[range];
  return (text: string, ctx: z.RefinementCtx): number => {
    if (!/^\d{4}$/.test(text)) ctx.addIssue({ code: "custom", message: "Vul een jaartal in, bijvoorbeeld 2025." });
    else if (Number(text) < min || Number(text) > max) ctx.addIssue({ code: "custom", message: `Kies een jaar tussen ${min} en ${max}.` });
    else return Number(text);
    return z.NEVER;
  };
}

/** A required year ("2030"); `missing` is the message for an empty field. */
export function yearField(missing: string, range: keyof typeof YEAR_RANGES) {
  return z
    .unknown()
    .optional()
    .transform(asText)
    .refine((v) => v !== "", { error: missing })
    .transform(yearText(range));
}

/** The same, but empty means no year (undefined). */
export function optionalYearField(range: keyof typeof YEAR_RANGES) {
  return z
    .unknown()
    .optional()
    .transform(asText)
    .transform((v, ctx) => (v === "" ? undefined : yearText(range)(v, ctx)));
}

function quarterText(text: string, ctx: z.RefinementCtx): string {
  const q = parseQuarter(text);
  if (!q) {
    ctx.addIssue({ code: "custom", message: "Kies een kwartaal, bijvoorbeeld 2027 K2." });
    return z.NEVER;
  }
  const { min, max } = YEAR_RANGES.plan;
  if (q.year < min || q.year > max) {
    ctx.addIssue({ code: "custom", message: `Kies een kwartaal tussen ${min} K1 en ${max} K4.` });
    return z.NEVER;
  }
  return quarterKey(q);
}

/** A quarter as people type it ("2027 K2", "2027-Q2") to its key; `missing` for an empty field. */
export const quarterField = (missing: string) =>
  z
    .unknown()
    .optional()
    .transform(asText)
    .refine((v) => v !== "", { error: missing })
    .transform(quarterText);

export const optionalQuarterField = () =>
  z
    .unknown()
    .optional()
    .transform(asText)
    .transform((v, ctx) => (v === "" ? null : quarterText(v, ctx)));
