// The scores of a review as CSV (lib/spreadsheet/write-csv.ts dialect: text cells guarded against formulas, amounts
// and values as numbers, values with their unit's precision) and the file name of its downloads.
import { quarterFileLabel, quarterFromKey, quarterLabel } from "@/lib/periods";
import { toCsv } from "@/lib/spreadsheet/write-csv";
import { integerCell, measureCell, moneyCell } from "@/lib/spreadsheet/cells";
import type { ReviewRecord } from "./export";
import { computedStatusLabel, scoreLabel } from "./export-labels";

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
    quarterLabel(quarterFromKey(record.key)),
    s.kpiName,
    s.kpiKind === "qualitative" ? "score 1–4" : (s.unit ?? ""),
    s.kpiKind === "qualitative" ? integerCell(s.reportedScore) : measureCell(s.reportedValue, s.unit),
    measureCell(s.target, s.kpiKind === "qualitative" ? null : s.unit),
    computedStatusLabel(s.computedStatus),
    scoreLabel(s.agreedScore),
    s.agreedReason ?? "",
    moneyCell(s.malusRawCents),
    moneyCell(s.waivedCents),
    s.waiverReason ?? "",
    moneyCell(s.appliedCents),
  ]);
  return toCsv([header, ...rows]);
}

export function reviewFileName(reference: string | null, key: string, extension: string): string {
  const safe = (reference ?? "contract").replace(/[^A-Za-z0-9._-]+/g, "-");
  return `review-${safe}-${quarterFileLabel(quarterFromKey(key))}.${extension}`;
}
