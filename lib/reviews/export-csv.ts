// CSV for Dutch Excel: semicolon separated (the list separator of a Dutch Windows), UTF-8 with a
// byte-order mark (without it Excel reads UTF-8 as Windows-1252 and breaks "ë" and "€"), decimal
// comma, CRLF line ends. The KPI import template (lib/kpi-library/import/template.ts) writes the
// same dialect; its field quoting is private to it, so the rule is repeated here.
import type { ReviewRecord } from "./export";
import { computedStatusLabel, scoreLabel } from "./export-labels";

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`;
}

/** Cents as euros with a decimal comma and no thousands separator, so Excel reads a number: "1234,50". */
export function csvEuros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** A stored decimal ("41.5000") with a decimal comma and without trailing zeros: "41,5". */
export function csvDecimal(value: string | null): string {
  if (value === null || value === undefined || value === "") return "";
  const [whole, fraction = ""] = value.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return trimmed ? `${whole},${trimmed}` : whole;
}

export function reviewScoresCsv(record: ReviewRecord): string {
  const header = [
    "Contractnummer",
    "Kwartaal",
    "KPI",
    "Eenheid",
    "Gerapporteerde waarde",
    "Doel",
    "Berekende status",
    "Afgesproken score",
    "Reden score",
    "Malus volgens regel (EUR)",
    "Kwijtgescholden (EUR)",
    "Reden kwijtschelding",
    "Malus toegepast (EUR)",
  ];
  const rows = record.scores.map((s) => [
    record.contract.reference ?? "",
    record.key,
    s.kpiName,
    s.kpiKind === "qualitative" ? "score 1–4" : (s.unit ?? ""),
    s.kpiKind === "qualitative" ? (s.reportedScore ?? "") : csvDecimal(s.reportedValue),
    csvDecimal(s.target),
    computedStatusLabel(s.computedStatus),
    scoreLabel(s.agreedScore),
    s.agreedReason ?? "",
    csvEuros(s.malusRawCents),
    csvEuros(s.waivedCents),
    s.waiverReason ?? "",
    csvEuros(s.appliedCents),
  ]);
  return toCsv([header, ...rows]);
}

export function reviewFileName(reference: string | null, key: string, extension: string): string {
  const safe = (reference ?? "contract").replace(/[^A-Za-z0-9._-]+/g, "-");
  return `review-${safe}-${key}.${extension}`;
}
