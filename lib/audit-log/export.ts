// The audit log as CSV or XLSX, with the filters of the page: one row per event, its object named
// as on the page and its changes written out, so an auditor can work through it in a spreadsheet.
// Both are written while they are sent, so a long log costs the server one batch of memory.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { auditLabel } from "@/lib/audit";
import { formatDate, formatNumber } from "@/lib/format";
import type { StreamedDownload } from "@/lib/http/route";
import { withTenant } from "@/lib/tenancy";
import { DateCell, type SheetCell } from "@/lib/spreadsheet/cells";
import { streamedWorkbook } from "@/lib/spreadsheet/stream-xlsx";
import { CSV_CONTENT_TYPE, csvHeader, csvLines } from "@/lib/spreadsheet/write-csv";
import { XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/write-xlsx";
import { auditDiff } from "./diff";
import { AUDIT_KINDS, describeObjects, objectKey } from "./objects";
import type { AuditCursor } from "./filters";
import { readAuditLog, type AuditQuery } from "./queries";

/**
 * The rows a workbook holds: as many as an Excel sheet takes below its header (1,048,576 rows in
 * all). The limit was 100,000 while the workbook was built in memory (1.1 GB for that many); written
 * while it is sent, a batch at a time, the memory no longer grows with the rows, and a longer log
 * costs time as its CSV does. The CSV holds all.
 */
const XLSX_ROW_LIMIT = 1_048_575;
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

/**
 * The log as a workbook, written while it is sent like the CSV: a batch per turn, each in a tenant
 * transaction of its own, the info sheet last, with a note when the rows did not all fit.
 */
function auditLogXlsx(
  db: Db,
  actor: Actor,
  params: { query: AuditQuery; names: FilterNames; rowLimit: number },
): ReadableStream<Uint8Array> {
  const title = `Logboek ${actor.org.name}`;
  const exportedAt = new Date();
  return streamedWorkbook(title, async (book) => {
    const sheet = book.addSheet({ name: "Logboek", columns: COLUMNS });
    let cursor: AuditCursor | null = null;
    let written = 0;
    let truncated = false;
    for (;;) {
      const batch = await withTenant(actor, (tx) => auditRows(tx, actor, params.query, cursor), db);
      const room = params.rowLimit - written;
      await sheet.addRows(batch.rows.slice(0, room));
      written += Math.min(room, batch.rows.length);
      truncated = batch.rows.length > room || (written === params.rowLimit && batch.next !== null);
      if (truncated || !batch.next) break;
      cursor = batch.next;
    }
    const filters = filterLines(params.query, params.names);
    if (truncated)
      filters.push([
        "Let op",
        `Alleen de nieuwste ${formatNumber(params.rowLimit, 0)} wijzigingen: meer past niet op een werkblad. Kies een kortere periode, of download CSV voor alles.`,
      ]);
    await book.addInfo({ title, exportedAt, exportedBy: actor.name ?? actor.email, filters });
  });
}

/** The export, read after the filters were resolved; both formats stream. `rowLimit` is for tests. */
export async function auditLogFile(
  db: Db,
  actor: Actor,
  params: { query: AuditQuery; format: "csv" | "xlsx"; names: FilterNames; rowLimit?: number },
): Promise<StreamedDownload> {
  const stem = `logboek-${actor.org.slug}`;
  if (params.format === "csv") {
    return { filename: `${stem}.csv`, contentType: CSV_CONTENT_TYPE, stream: auditLogCsv(db, actor, params.query) };
  }
  const stream = auditLogXlsx(db, actor, { query: params.query, names: params.names, rowLimit: params.rowLimit ?? XLSX_ROW_LIMIT });
  return { filename: `${stem}.xlsx`, contentType: XLSX_CONTENT_TYPE, stream };
}
