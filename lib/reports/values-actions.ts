// Report values from a file: the supplier downloads the template of a quarter, fills it in and
// uploads it. Nothing is taken while any row is wrong; a clean file is saved into the draft with
// the rules of saving a draft (refused when the report is locked). Both supplier-only.
import { CSV_CONTENT_TYPE } from "@/lib/spreadsheet/write-csv";
import { defineDownload, type Download } from "@/lib/http/route";
import { viewerOf } from "@/lib/contracts/queries";
import { recordAudit } from "@/lib/audit";
import { ValidationError } from "@/lib/errors";
import { listContractKpis } from "@/lib/kpis/queries";
import { readUploadedTable } from "@/lib/spreadsheet/read";
import { XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/write-xlsx";
import { quarterKey, quarterLabel } from "@/lib/periods";
import { z } from "@/lib/zod";
import { contractQuarter } from "./queries";
import { requiredKpis } from "./rules";
import { assertOpen, assertSupplier, openReport, reopenedValuesOnly, storeValues } from "./store";
import { validateValuesImport, type RowError } from "./values-import";
import { valuesTemplateCsv, valuesTemplateXlsx } from "./values-template";
import { defineAction } from "@/lib/http/action";

const UploadValues = z.object({
  contractId: z.string().trim().min(1, { error: "Ontbreekt." }),
  quarter: z.string().trim().min(1, { error: "Ontbreekt." }),
  file: z.instanceof(File, { error: "Kies een CSV- of Excel-bestand." }),
});

export type ValuesUploadOutcome = { saved: number; errors: RowError[] };

/** The template's sheet (values-template.ts); another workbook is read from its first sheet. */
const VALUES_SHEET = "Waarden";
const MAX_VALUES_ROWS = 500;

export const uploadReportValues = defineAction({
  name: "reports.upload_values",
  permission: "reports.submit",
  input: UploadValues,
  // Read before the transaction opens, so no other request waits for a file being read.
  async prepare(ctx, input) {
    assertSupplier(ctx);
    return { ...input, table: await readUploadedTable(input.file, { sheet: VALUES_SHEET, maxRows: MAX_VALUES_ROWS }) };
  },
  async handler(tx, ctx, { table, ...input }): Promise<ValuesUploadOutcome> {
    const { report, allKpis, reportKpis } = await openReport(tx, ctx, input.contractId, input.quarter);
    assertOpen(report);
    const check = validateValuesImport(table, {
      contractKpis: allKpis.map((k) => ({
        id: k.id,
        name: k.name,
        kind: k.kind,
        range: k.indicator,
        activityUnitLabel: k.indicator?.activityUnitLabel ?? null,
      })),
      reportKpiIds: new Set(reportKpis.map((k) => k.id)),
    });
    if (check.errors.length > 0) return { saved: 0, errors: check.errors };
    if (check.values.length === 0) {
      const message = "Het bestand bevat geen ingevulde waarden, scores of toelichtingen.";
      throw new ValidationError({ file: message }, message);
    }
    await storeValues(tx, report, await reopenedValuesOnly(tx, report, check.values), undefined);
    await recordAudit(tx, ctx, {
      tenantId: report.tenantId,
      entity: "report",
      entityId: report.id,
      action: "upload_values",
      after: { kpiIds: check.values.map((v) => v.kpiId), fileName: input.file.name },
    });
    return { saved: check.values.length, errors: [] };
  },
});

export const valuesTemplateRoute = defineDownload({
  name: "GET /api/v1/[org]/contracts/[id]/reports/[quarter]/template",
  permission: "reports.submit",
  scope: "reports:write",
  async handler(tx, ctx, params: { id: string; quarter: string; format: string }) {
    assertSupplier(ctx);
    const { contract, kpis } = await listContractKpis(tx, { viewer: viewerOf(ctx), contractId: params.id });
    const quarter = contractQuarter(contract, params.quarter);
    return { contract, quarter, kpis: requiredKpis(kpis, quarter), format: params.format };
  },
  // Written after the commit: the transaction need not stay open while the workbook is made.
  async afterCommit(_db, { contract, quarter, kpis, format }): Promise<Download> {
    const key = quarterKey(quarter);
    const rows = kpis.map((k) => ({
      id: k.id,
      name: k.name,
      kind: k.kind,
      unit: k.indicator?.unitLabel ?? null,
      activityUnit: k.indicator?.activityUnitLabel ?? null,
      target: k.targets.find((t) => t.key === key)?.target ?? null,
    }));
    const slug = `rapportage-${quarterLabel(quarter).replace(" ", "-")}`;
    if (format === "xlsx") {
      const bytes = await valuesTemplateXlsx(rows, `${contract.title} – ${quarterLabel(quarter)}`);
      return { filename: `${slug}.xlsx`, contentType: XLSX_CONTENT_TYPE, bytes };
    }
    return { filename: `${slug}.csv`, contentType: CSV_CONTENT_TYPE, bytes: new TextEncoder().encode(valuesTemplateCsv(rows)) };
  },
});
