// The audit log as CSV or XLSX, with the filters of the page: one row per event, its object named
// as on the page and its changes written out, so an auditor can work through it in a spreadsheet.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { auditLabel } from "@/lib/audit";
import { formatDate, formatNumber } from "@/lib/format";
import type { Download, StreamedDownload } from "@/lib/http/route";
import { withTenant } from "@/lib/tenancy";
import { DateCell, type Sheet, type SheetCell } from "@/lib/spreadsheet/cells";
import { CSV_CONTENT_TYPE, csvHeader, csvLines } from "@/lib/spreadsheet/write-csv";
import { workbookXlsx, XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/write-xlsx";
import { auditDiff } from "./diff";
import { AUDIT_KINDS, describeObjects, objectKey } from "./objects";
import type { AuditCursor } from "./filters";
import { readAuditLog, type AuditQuery } from "./queries";

/** A workbook holds at most this many rows here (Excel stops at 1.048.576; memory much earlier); CSV holds all. */
const XLSX_EXPORT_LIMIT = 100_000;
const BATCH = 1_000;

const COLUMNS = ["Tijdstip", "Persoon", "Soort", "Wijziging", "Onderdeel", "Wat er veranderde"];

/** One batch of the log as sheet rows, newest first, and where the next batch starts. */
async function auditRows(db: Db, actor: Actor, filters: AuditQuery, cursor: AuditCursor | null) {
  const page = await readAuditLog(db, { tenantId: actor.org.id, filters, cursor, limit: BATCH });
  const objects = await describeObjects(db, { orgSlug: actor.org.slug, events: page.events });
  const rows = page.events.map((e): SheetCell[] => [
    DateCell.moment(e.createdAt),
    e.actor ?? "",
    AUDIT_KINDS[e.entity] ?? e.entity,
    auditLabel(e.entity, e.action),
    objects.get(objectKey(e.entity, e.entityId))?.label ?? "",
    auditDiff(e.before, e.after)
      .map((c) => `${c.label}: ${c.before ?? "—"} → ${c.after ?? "—"}`)
      .join("; "),
  ]);
  return { rows, next: page.next };
}

async function auditLogSheet(db: Db, actor: Actor, filters: AuditQuery): Promise<{ sheet: Sheet; truncated: boolean }> {
  const rows: Sheet["rows"] = [];
  let cursor: AuditCursor | null = null;
  for (;;) {
    const batch = await auditRows(db, actor, filters, cursor);
    rows.push(...batch.rows);
    if (!batch.next || rows.length >= XLSX_EXPORT_LIMIT)
      return { sheet: { name: "Logboek", columns: COLUMNS, rows }, truncated: Boolean(batch.next) };
    cursor = batch.next;
  }
}

/**
 * The whole log as CSV, however long: a batch per read of the client, each in a tenant transaction
 * of its own. Keyset paging keeps the batches consistent: an event written during the download is
 * newer than the first batch and is not in the file, none is read twice.
 */
function auditLogCsv(db: Db, actor: Actor, filters: AuditQuery): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: AuditCursor | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvHeader(COLUMNS)));
      }
      const batch = await withTenant(actor, (tx) => auditRows(tx, actor, filters, cursor), db);
      if (batch.rows.length > 0) controller.enqueue(encoder.encode(csvLines(batch.rows)));
      if (batch.next) cursor = batch.next;
      else controller.close();
    },
  });
}

/** The filters by name, for the info sheet. */
type FilterNames = { person?: string; contracts: string[] };

function filterLines(filters: AuditQuery, names: FilterNames): Array<[string, string]> {
  return [
    ["Persoon", names.person ?? "Iedereen"],
    ["Soort", filters.kind ? (AUDIT_KINDS[filters.kind] ?? filters.kind) : "Alle"],
    ["Contract", filters.contracts ? names.contracts.join("; ") : "Alle"],
    ["Periode", `${filters.from ? formatDate(filters.from) : "begin"} t/m ${filters.to ? formatDate(filters.to) : "nu"}`],
  ];
}

/** The export, read after the filters were resolved: the CSV streams, the workbook is built whole. */
export async function auditLogFile(
  db: Db,
  actor: Actor,
  params: { query: AuditQuery; format: "csv" | "xlsx"; names: FilterNames },
): Promise<Download | StreamedDownload> {
  const stem = `logboek-${actor.org.slug}`;
  if (params.format === "csv") {
    return { filename: `${stem}.csv`, contentType: CSV_CONTENT_TYPE, stream: auditLogCsv(db, actor, params.query) };
  }
  const { sheet, truncated } = await withTenant(actor, (tx) => auditLogSheet(tx, actor, params.query), db);
  const filters = filterLines(params.query, params.names);
  if (truncated)
    filters.push([
      "Let op",
      `Alleen de nieuwste ${formatNumber(XLSX_EXPORT_LIMIT, 0)} wijzigingen: kies een kortere periode, of download CSV voor alles.`,
    ]);
  const info = { title: `Logboek ${actor.org.name}`, exportedAt: new Date(), exportedBy: actor.name ?? actor.email, filters };
  return { filename: `${stem}.xlsx`, contentType: XLSX_CONTENT_TYPE, bytes: await workbookXlsx([sheet], { info }) };
}
