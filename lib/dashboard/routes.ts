// GET /api/v1/[org]/dashboard (JSON of every section for the filters in the query string),
// GET /api/v1/[org]/dashboard/export?tabel=…&formaat=csv|xlsx (one table, or all as XLSX) and
// GET /api/v1/[org]/dashboard/suppliers?zoek=… (the supplier filter's search).
import { CSV_CONTENT_TYPE } from "@/lib/spreadsheet/write-csv";
import { defineDownload, defineRoute } from "@/lib/http/route";
import { OrganisationDashboardOut, SupplierSearchOut } from "./api-schemas";
import { NotFoundError } from "@/lib/errors";
import { XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/write-xlsx";
import { dashboardTables, EXPORT_TABLES, tableCsv, tablesXlsx } from "./export";
import { filterLabels } from "./filter-labels";
import { SHORT_SUPPLIER_LIST } from "./filters";
import { assertBuyer, organisationDashboard } from "./service";
import { findSuppliers } from "./suppliers";

export const dashboardRoute = defineRoute({
  name: "GET /api/v1/[org]/dashboard",
  permission: "contracts.read",
  scope: "dashboard:read",
  output: OrganisationDashboardOut,
  handler: (tx, ctx, params: { search: URLSearchParams }) =>
    organisationDashboard(tx, ctx, {
      search: params.search,
      shortSupplierList: params.search.get(SHORT_SUPPLIER_LIST.param) === SHORT_SUPPLIER_LIST.value,
    }),
});

/** The buyer's suppliers by name, for the filter when there are too many to list (./suppliers.ts). */
export const dashboardSupplierSearchRoute = defineRoute({
  name: "GET /api/v1/[org]/dashboard/suppliers",
  permission: "contracts.read",
  scope: "dashboard:read",
  output: SupplierSearchOut,
  async handler(tx, ctx, params: { text: string }) {
    assertBuyer(ctx);
    return findSuppliers(tx, { tenantId: ctx.org.id, text: params.text });
  },
});

export type ExportParams = { search: URLSearchParams; table: string; format: string };

export const dashboardExportRoute = defineDownload({
  name: "GET /api/v1/[org]/dashboard/export",
  permission: "contracts.read",
  scope: "dashboard:read",
  async handler(tx, ctx, params: ExportParams) {
    const all = params.table === "alle";
    if (!all && !(EXPORT_TABLES as readonly string[]).includes(params.table)) throw new NotFoundError("Deze tabel bestaat niet.");
    if (all && params.format === "csv") throw new NotFoundError("Als CSV kan één tabel tegelijk worden gedownload.");
    const dashboard = await organisationDashboard(tx, ctx, { search: params.search, all: true });
    const tables = dashboardTables(dashboard).filter((t) => all || t.key === params.table);
    const stem = `dashboard-${ctx.org.slug}-${all ? "alle-tabellen" : params.table}-${dashboard.filters.from}-${dashboard.filters.to}`;
    if (params.format === "csv") {
      return { filename: `${stem}.csv`, contentType: CSV_CONTENT_TYPE, bytes: new TextEncoder().encode(tableCsv(tables[0])) };
    }
    const info = {
      title: all ? `Dashboard ${ctx.org.name}: alle tabellen` : `Dashboard ${ctx.org.name}: ${tables[0].title}`,
      exportedAt: new Date(),
      exportedBy: ctx.name ?? ctx.email,
      filters: [["Organisatie", ctx.org.name], ...filterLabels(dashboard)] satisfies Array<[string, string]>,
    };
    return { filename: `${stem}.xlsx`, contentType: XLSX_CONTENT_TYPE, bytes: await tablesXlsx(tables, info) };
  },
});
