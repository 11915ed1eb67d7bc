// Every table of the dashboard as CSV (lib/spreadsheet/write-csv.ts) or XLSX (one sheet per table, lib/spreadsheet),
// from the same typed cells: counts, euros, measured values with their unit's precision and
// shares in percent. The export reads all rows, not the top of each list the dashboard shows.
import { sheetCsv } from "@/lib/spreadsheet/write-csv";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { integerCell, measureCell, moneyCell, shareCell, type SheetCell } from "@/lib/spreadsheet/cells";
import { workbookXlsx, type ExportInfo } from "@/lib/spreadsheet/write-xlsx";
import { DISCIPLINE_LABELS } from "./rules";
import type { DashboardView } from "./shape";

export type ExportTable = { key: string; title: string; columns: string[]; rows: SheetCell[][] };

const q = (key: string | null) => (key ? quarterLabel(quarterFromKey(key)) : "");

export const EXPORT_TABLES = [
  "themas",
  "doelstellingen",
  "pakketten",
  "toezeggingen",
  "malus-kwartaal",
  "malus-contract",
  "totaalscore-leverancier",
  "totaalscore-pakket",
  "rapportagediscipline",
  "heatmap",
  "witte-vlekken",
  "aandacht",
  "correcties",
] as const;

/** Whether a quarter's figures are the record of a close or live. */
const periodStatus = (d: DashboardView, quarter: string) => (d.closedQuarters.includes(quarter) ? "Afgesloten" : "Open");
const quarterHeading = (d: DashboardView, quarter: string) =>
  d.closedQuarters.includes(quarter) ? `${q(quarter)} (afgesloten)` : q(quarter);

export function dashboardTables(d: DashboardView): ExportTable[] {
  const unit = d.packages.indicator?.unitLabel ?? "";
  return [
    {
      key: "themas",
      title: "Waardenwiel per thema",
      columns: ["Thema", "Pijler", "Prioriteit", "KPI's op koers", "KPI's gescoord", "Aandeel op koers (%)", "Vorige review (%)"],
      rows: d.wheel.themes.map((t) => [
        t.name,
        t.pillarLabel,
        integerCell(t.priorityRank),
        integerCell(t.onTrack),
        integerCell(t.scored),
        shareCell(t.share),
        shareCell(t.previous),
      ]),
    },
    {
      key: "doelstellingen",
      title: "Doelstellingen",
      columns: ["Doelstelling", "Indicator", "Eenheid", "Jaar", "Doel", "Realisatie", "Contracten", "Geverifieerd (van de waarden)"],
      rows: d.targets.flatMap((t) =>
        t.years.map((y) => [
          t.name,
          t.indicatorName,
          t.unitLabel,
          integerCell(y.year),
          measureCell(y.target, t.unitLabel),
          measureCell(y.actual, t.unitLabel),
          integerCell(y.contracts),
          shareCell(y.verifiedShare),
        ]),
      ),
    },
    {
      key: "pakketten",
      title: `${d.packages.indicator?.name ?? "Indicator"} per inkooppakket`,
      columns: ["Inkooppakket", `Waarde (${unit})`, "Contracten", "Geverifieerd (van de waarden)"],
      rows: d.packages.bars.map((b) => [b.label, measureCell(b.value, unit), integerCell(b.contracts), shareCell(b.verifiedShare)]),
    },
    {
      key: "toezeggingen",
      title: "Toezegging en levering",
      columns: ["Contract", "Toezegging", "Indicator", "Eenheid", "Toegezegd", "Gerealiseerd", "Kwartaal", "Tekort"],
      rows: d.promises.rows.map((p) => [
        p.title,
        p.description,
        p.indicatorName,
        p.unitLabel,
        measureCell(p.promised, p.unitLabel),
        measureCell(p.realised, p.unitLabel),
        q(p.realisedQuarter),
        measureCell(p.gap, p.unitLabel),
      ]),
    },
    {
      key: "malus-kwartaal",
      title: "Malus per kwartaal",
      columns: ["Kwartaal", "Malus (€)", "Contracten met malus", "Periode"],
      rows: d.malus.perQuarter.map((m) => [q(m.quarter), moneyCell(m.cents), integerCell(m.contracts), periodStatus(d, m.quarter)]),
    },
    {
      key: "malus-contract",
      title: "Malus per contract",
      columns: ["Contract", "Malus (€)", "Kwartalen met malus"],
      rows: d.malus.perContract.map((m) => [m.title, moneyCell(m.cents), integerCell(m.quarters)]),
    },
    {
      key: "rapportagediscipline",
      title: "Rapportagediscipline",
      columns: ["Kwartaal", DISCIPLINE_LABELS.on_time, DISCIPLINE_LABELS.late, DISCIPLINE_LABELS.missing, DISCIPLINE_LABELS.not_due],
      rows: d.discipline.map((r) => [
        q(r.quarter),
        integerCell(r.onTime),
        integerCell(r.late),
        integerCell(r.missing),
        integerCell(r.notDue),
      ]),
    },
    {
      key: "totaalscore-leverancier",
      title: "Totaalscore per leverancier",
      columns: ["Leverancier", "Gemiddelde totaalscore", "Reviews", "Contracten"],
      rows: d.scores.bySupplier.map((g) => [g.name, integerCell(g.score), integerCell(g.reviews), integerCell(g.contracts)]),
    },
    {
      key: "totaalscore-pakket",
      title: "Totaalscore per inkooppakket",
      columns: ["Inkooppakket", "Gemiddelde totaalscore", "Reviews", "Contracten"],
      rows: d.scores.byPackage.map((g) => [g.name, integerCell(g.score), integerCell(g.reviews), integerCell(g.contracts)]),
    },
    {
      key: "heatmap",
      title: "KPI-status per contract en kwartaal",
      columns: ["Contract", "Aandeel op koers (%)", "Totaalscore (laatste review)", ...d.quarters.map((k) => quarterHeading(d, k))],
      rows: d.heatmap.rows.map((r) => {
        const cells = new Map(
          r.cells.map((c) => [
            c.quarter,
            // "1 van 3", not "1/3": Dutch Excel reads that as 1 March.
            c.scored > 0 ? `${c.onTrack} van ${c.scored} op koers${c.score === null ? "" : ` (totaalscore ${c.score})`}` : "geen scores",
          ]),
        );
        return [r.title, shareCell(r.share), integerCell(r.latestScore), ...d.quarters.map((k) => cells.get(k) ?? "")];
      }),
    },
    {
      key: "witte-vlekken",
      title: "Witte vlekken",
      columns: ["Thema", "Pijler", "Prioriteit"],
      rows: d.gaps.map((g) => [g.name, g.pillarLabel, integerCell(g.priorityRank)]),
    },
    {
      key: "aandacht",
      title: "Contracten die aandacht vragen",
      columns: ["Contract", "KPI's niet op koers", "Review", "Rapportages te laat", "Acties over datum"],
      rows: d.attention.rows.map((a) => [
        a.title,
        integerCell(a.offTrack),
        q(a.reviewQuarter),
        integerCell(a.overdueReports),
        integerCell(a.overdueActions),
      ]),
    },
    {
      key: "correcties",
      title: "Correcties op afgesloten kwartalen",
      columns: ["Kwartaal", "Corrigeert", "Contract", "Onderwerp", "Was", "Wordt", "Reden"],
      rows: d.corrections.map((c) => [
        q(c.quarter),
        q(c.corrects),
        c.contractTitle,
        c.subject,
        c.before ?? "",
        c.after ?? "",
        c.reason ?? "",
      ]),
    },
  ];
}

export function tableCsv(table: ExportTable): string {
  return sheetCsv(table);
}

export function tablesXlsx(tables: ExportTable[], info: ExportInfo): Promise<Uint8Array> {
  return workbookXlsx(
    tables.map((t) => ({ name: t.title, columns: t.columns, rows: t.rows })),
    { info },
  );
}
