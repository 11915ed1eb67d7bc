// Importing KPIs from a CSV or XLSX file into a contract, as the buyer's proposals. The same
// action previews (checks and shows what would be imported) and imports; an import checks the
// whole file again and writes every KPI in one transaction, or nothing at all when any row is
// wrong, so a half-imported file can never happen.
import { CSV_CONTENT_TYPE } from "@/lib/spreadsheet/write-csv";
import type { Db } from "@/db/client";
import { defineDownload, type Download } from "@/lib/http/route";
import { ForbiddenError } from "@/lib/errors";
import { listCatalogue } from "@/lib/indicators/queries";
import { contractWheelThemes } from "@/lib/kpis/queries";
import { contractForKpis, insertKpi, type KpiContract } from "@/lib/kpis/store";
import { KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { formatNumber } from "@/lib/format";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { readUploadedTable } from "@/lib/spreadsheet/read";
import { XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/write-xlsx";
import { z } from "@/lib/zod";
import { liveKpiNames, nameKey } from "../existing";
import { IMPORT_SHEET, MAX_IMPORT_ROWS } from "./read-file";
import { importTemplateCsv, importTemplateXlsx } from "./template";
import { validateImport, type ImportContext, type ImportedKpi, type RowError } from "./validate";
import type { Actor } from "@/lib/auth/actor";
import { defineAction } from "@/lib/http/action";

const ImportKpis = z.object({
  contractId: z.string({ error: "Onbekende verwijzing." }),
  mode: z.enum(["preview", "import"]).default("preview"),
  file: z
    .instanceof(File, { error: "Kies een CSV- of Excel-bestand." })
    .refine((file) => file.size > 0 || file.name !== "", { error: "Kies een CSV- of Excel-bestand." }),
});

type ImportPreviewRow = {
  row: number;
  name: string;
  indicator: string;
  kind: string;
  obligation: string;
  growthPath: string;
  theme: string | null;
};

export type ImportOutcome = { mode: "preview" | "import"; imported: number; errors: RowError[]; preview: ImportPreviewRow[] };

/** Import is the buyer's route to many proposals at once; the supplier proposes one by one. */
function assertBuyer(ctx: Actor): void {
  if (ctx.org.kind !== "buyer") throw new ForbiddenError("Alleen de opdrachtgever importeert KPI's uit een bestand.");
}

async function importContext(tx: Db, ctx: Actor, contract: KpiContract): Promise<ImportContext> {
  const [catalogue, themes, existingNames] = await Promise.all([
    listCatalogue(tx, { orgId: ctx.org.id, orgKind: "buyer" }),
    contractWheelThemes(tx, contract),
    liveKpiNames(tx, contract),
  ]);
  // The buyer's own indicator wins over a global one with the same code.
  const ordered = [...catalogue].sort((a, b) => Number(a.ownerOrgId !== null) - Number(b.ownerOrgId !== null));
  return {
    contract,
    indicators: new Map(ordered.map((i) => [i.code.toLowerCase(), { ...i, minValue: i.minValue, maxValue: i.maxValue }])),
    themes: new Map(themes.map((t) => [nameKey(t.name), { id: t.id, name: t.name }])),
    existingNames,
  };
}

function previewRow(kpi: ImportedKpi): ImportPreviewRow {
  const unit = kpi.indicator?.unitLabel ?? "";
  const milestones = kpi.milestones
    .map((m) => `${quarterLabel(quarterFromKey(m.quarter))}: ${formatNumber(Number(m.value), 4)}${unit === "%" ? " %" : ""}`)
    .join(" · ");
  return {
    row: kpi.row,
    name: kpi.name,
    indicator: kpi.indicator ? `${kpi.indicator.name} (${kpi.indicator.unitLabel})` : "—",
    kind: KPI_KINDS[kpi.kind],
    obligation: OBLIGATIONS[kpi.obligation],
    growthPath: milestones || "geen groeipad",
    theme: kpi.theme?.name ?? null,
  };
}

export const importKpis = defineAction({
  name: "kpis.import",
  permission: "kpis.propose",
  input: ImportKpis,
  // Read before the transaction opens: a file at the limits takes a moment, and nobody else's
  // request should wait for it.
  async prepare(ctx, input) {
    assertBuyer(ctx);
    return { ...input, table: await readUploadedTable(input.file, { sheet: IMPORT_SHEET, maxRows: MAX_IMPORT_ROWS }) };
  },
  async handler(tx, ctx, { table, ...input }): Promise<ImportOutcome> {
    const contract = await contractForKpis(tx, ctx, input.contractId);
    const check = validateImport(table, await importContext(tx, ctx, contract));
    const preview = check.kpis.map(previewRow);
    if (check.errors.length > 0 || input.mode === "preview") {
      return { mode: input.mode, imported: 0, errors: check.errors, preview };
    }
    for (const kpi of check.kpis) {
      await insertKpi(tx, ctx, {
        contract,
        source: "import",
        name: kpi.name,
        description: kpi.description,
        indicatorId: kpi.indicator?.id ?? null,
        kind: kpi.kind,
        obligation: kpi.obligation,
        scoreMeanings: kpi.scoreMeanings,
        baselineValue: kpi.baselineValue,
        baselineQuarter: kpi.baselineQuarter,
        measurement: kpi.measurement,
        evidenceRequired: kpi.evidenceRequired,
        weight: kpi.weight,
        themeIds: kpi.theme ? [kpi.theme.id] : [],
        growthPath:
          kpi.milestones.length > 0
            ? { interpolation: kpi.interpolation, milestones: kpi.milestones, reason: "Geïmporteerd uit een bestand." }
            : null,
      });
    }
    return { mode: "import", imported: check.kpis.length, errors: [], preview };
  },
});

export const importTemplateRoute = defineDownload({
  name: "GET /api/v1/[org]/contracts/[id]/kpi-import-template",
  permission: "kpis.propose",
  scope: null,
  handler: async (tx, ctx, params: { id: string; format: string }): Promise<Download> => {
    assertBuyer(ctx);
    const contract = await contractForKpis(tx, ctx, params.id);
    const slug = "kpi-import-sjabloon";
    if (params.format === "xlsx") {
      const catalogue = await listCatalogue(tx, { orgId: ctx.org.id, orgKind: "buyer" });
      return { filename: `${slug}.xlsx`, contentType: XLSX_CONTENT_TYPE, bytes: await importTemplateXlsx(contract, catalogue) };
    }
    return { filename: `${slug}.csv`, contentType: CSV_CONTENT_TYPE, bytes: new TextEncoder().encode(importTemplateCsv(contract)) };
  },
});
