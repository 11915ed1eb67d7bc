// The audit log as CSV or XLSX, with the filters of the page: one row per event, its object named
// as on the page and its changes written out, so an auditor can work through it in a spreadsheet.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { auditLabel } from "@/lib/audit";
import { formatDate } from "@/lib/format";
import { DateCell, type Sheet } from "@/lib/spreadsheet/cells";
import { CSV_CONTENT_TYPE, sheetCsv } from "@/lib/spreadsheet/write-csv";
import { workbookXlsx, XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/write-xlsx";
import { auditDiff } from "./diff";
import { AUDIT_KINDS, describeObjects, objectKey } from "./objects";
import { readAuditLog, type AuditQuery } from "./queries";

/** More than an auditor reads in one file; a larger log is exported by period. */
const AUDIT_EXPORT_LIMIT = 100_000;
const BATCH = 1_000;

const COLUMNS = ["Tijdstip", "Persoon", "Soort", "Wijziging", "Onderdeel", "Wat er veranderde"];

async function auditLogSheet(db: Db, actor: Actor, filters: AuditQuery): Promise<{ sheet: Sheet; truncated: boolean }> {
  const rows: Sheet["rows"] = [];
  let cursor = null;
  for (;;) {
    const page = await readAuditLog(db, { tenantId: actor.org.id, filters, cursor, limit: BATCH });
    const objects = await describeObjects(db, { orgSlug: actor.org.slug, events: page.events });
    for (const e of page.events) {
      const changes = auditDiff(e.before, e.after)
        .map((c) => `${c.label}: ${c.before ?? "—"} → ${c.after ?? "—"}`)
        .join("; ");
      rows.push([
        DateCell.moment(e.createdAt),
        e.actorName ?? e.actorEmail ?? "",
        AUDIT_KINDS[e.entity] ?? e.entity,
        auditLabel(e.entity, e.action),
        objects.get(objectKey(e.entity, e.entityId))?.label ?? "",
        changes,
      ]);
    }
    if (!page.next || rows.length >= AUDIT_EXPORT_LIMIT)
      return { sheet: { name: "Logboek", columns: COLUMNS, rows }, truncated: Boolean(page.next) };
    cursor = page.next;
  }
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

export async function auditLogFile(db: Db, actor: Actor, params: { query: AuditQuery; format: "csv" | "xlsx"; names: FilterNames }) {
  const { sheet, truncated } = await auditLogSheet(db, actor, params.query);
  const stem = `logboek-${actor.org.slug}`;
  if (params.format === "csv") {
    return { filename: `${stem}.csv`, contentType: CSV_CONTENT_TYPE, bytes: new TextEncoder().encode(sheetCsv(sheet)) };
  }
  const filters = filterLines(params.query, params.names);
  if (truncated) filters.push(["Let op", `Alleen de nieuwste ${AUDIT_EXPORT_LIMIT} wijzigingen: kies een kortere periode voor de rest.`]);
  const info = { title: `Logboek ${actor.org.name}`, exportedAt: new Date(), exportedBy: actor.name ?? actor.email, filters };
  return { filename: `${stem}.xlsx`, contentType: XLSX_CONTENT_TYPE, bytes: await workbookXlsx([sheet], { info }) };
}
