// CSV for Dutch Excel, one dialect for every download and template of the product: semicolon
// separated (the list separator of a Dutch Windows), UTF-8 with a byte-order mark (without it
// Excel reads UTF-8 as Windows-1252 and breaks "ë" and "€"), decimal comma, CRLF line ends.

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export type CsvCell = string | number | null | undefined;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value).replace(".", ",") : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: CsvCell[][]): string {
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
