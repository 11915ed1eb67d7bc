// Every table of the dashboard as CSV (';' and a BOM, so Dutch Excel splits the columns and keeps
// accents; decimal comma) or XLSX (one sheet per table, numbers as numbers). The export reads all
// rows, not the top of each list the dashboard shows.
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/csv";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { DISCIPLINE_LABELS, formatShare } from "./rules";
import type { DashboardView } from "./shape";

type Cell = string | number | null;
export type ExportTable = { key: string; title: string; columns: string[]; rows: Cell[][] };

const q = (key: string | null) => (key ? quarterLabel(quarterFromKey(key)) : "");
const euro = (cents: number) => cents / 100;

export const EXPORT_TABLES = ["themas", "doelstellingen", "pakketten", "toezeggingen", "malus-kwartaal", "malus-contract", "totaalscore-leverancier", "totaalscore-pakket", "rapportagediscipline", "heatmap", "witte-vlekken", "aandacht"] as const;
export type ExportTableKey = (typeof EXPORT_TABLES)[number];

export function dashboardTables(d: DashboardView): ExportTable[] {
  const unit = d.packages.indicator?.unitLabel ?? "";
  return [
    { key: "themas", title: "Waardenwiel per thema", columns: ["Thema", "Pijler", "Prioriteit", "KPI's op koers", "KPI's gescoord", "Aandeel op koers", "Vorige review"],
      rows: d.wheel.themes.map((t) => [t.name, t.pillarLabel, t.priorityRank, t.onTrack, t.scored, formatShare(t.share), formatShare(t.previous)]) },
    { key: "doelstellingen", title: "Doelstellingen", columns: ["Doelstelling", "Indicator", "Eenheid", "Jaar", "Doel", "Realisatie", "Contracten"],
      rows: d.targets.flatMap((t) => t.years.map((y) => [t.name, t.indicatorName, t.unitLabel, y.year, y.target, y.actual, y.contracts])) },
    { key: "pakketten", title: `${d.packages.indicator?.name ?? "Indicator"} per inkooppakket`, columns: ["Inkooppakket", `Waarde (${unit})`, "Contracten"],
      rows: d.packages.bars.map((b) => [b.label, b.value, b.contracts]) },
    { key: "toezeggingen", title: "Toezegging en levering", columns: ["Contract", "Toezegging", "Indicator", "Eenheid", "Toegezegd", "Gerealiseerd", "Kwartaal", "Tekort"],
      rows: d.promises.rows.map((p) => [p.title, p.description, p.indicatorName, p.unitLabel, p.promised, p.realised, q(p.realisedQuarter), p.gap]) },
    { key: "malus-kwartaal", title: "Malus per kwartaal", columns: ["Kwartaal", "Malus (€)", "Contracten met malus"],
      rows: d.malus.perQuarter.map((m) => [q(m.quarter), euro(m.cents), m.contracts]) },
    { key: "malus-contract", title: "Malus per contract", columns: ["Contract", "Malus (€)", "Kwartalen met malus"],
      rows: d.malus.perContract.map((m) => [m.title, euro(m.cents), m.quarters]) },
    { key: "rapportagediscipline", title: "Rapportagediscipline", columns: ["Kwartaal", DISCIPLINE_LABELS.on_time, DISCIPLINE_LABELS.late, DISCIPLINE_LABELS.missing, DISCIPLINE_LABELS.not_due],
      rows: d.discipline.map((r) => [q(r.quarter), r.onTime, r.late, r.missing, r.notDue]) },
    { key: "totaalscore-leverancier", title: "Totaalscore per leverancier", columns: ["Leverancier", "Gemiddelde totaalscore", "Reviews", "Contracten"],
      rows: d.scores.bySupplier.map((g) => [g.name, g.score, g.reviews, g.contracts]) },
    { key: "totaalscore-pakket", title: "Totaalscore per inkooppakket", columns: ["Inkooppakket", "Gemiddelde totaalscore", "Reviews", "Contracten"],
      rows: d.scores.byPackage.map((g) => [g.name, g.score, g.reviews, g.contracts]) },
    { key: "heatmap", title: "KPI-status per contract en kwartaal", columns: ["Contract", "Aandeel op koers", "Totaalscore (laatste review)", ...d.quarters.map(q)],
      rows: d.heatmap.rows.map((r) => {
        const cells = new Map(r.cells.map((c) => [c.quarter, c.scored > 0 ? `${c.onTrack}/${c.scored}${c.score === null ? "" : ` (totaalscore ${c.score})`}` : "geen scores"]));
        return [r.title, formatShare(r.share), r.latestScore ?? "", ...d.quarters.map((k) => cells.get(k) ?? "")];
      }) },
    { key: "witte-vlekken", title: "Witte vlekken", columns: ["Thema", "Pijler", "Prioriteit"], rows: d.gaps.map((g) => [g.name, g.pillarLabel, g.priorityRank]) },
    { key: "aandacht", title: "Contracten die aandacht vragen", columns: ["Contract", "KPI's niet op koers", "Review", "Rapportages te laat", "Acties over datum"],
      rows: d.attention.rows.map((a) => [a.title, a.offTrack, q(a.reviewQuarter), a.overdueReports, a.overdueActions]) },
  ];
}

export function tableCsv(table: ExportTable): string {
  return toCsv([table.columns, ...table.rows]);
}

export async function tablesXlsx(tables: ExportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Groeipad";
  for (const table of tables) {
    // Sheet names: at most 31 characters, no []:*?/\
    const sheet = workbook.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, "").slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((header) => ({ header, width: Math.max(12, Math.min(48, header.length + 4)) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}


