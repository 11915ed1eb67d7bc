// The supplier filter of the organisation dashboard: the buyer's suppliers are the organisations
// named on its counted contracts (the same set as the filter's options, sections/options.ts).
// Organisations are global rows, so the tenant condition on contracts is what keeps another
// buyer's suppliers out; row-level security on contracts is the second wall.
import { and, asc, eq, ilike, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, organisations } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { searchTerms } from "@/lib/search-terms";
import { SUPPLIER_SEARCH_MIN_LENGTH } from "./filters";
import type { InTenant } from "./queries";
import { countedContract } from "./sections/counted";
import type { DashboardView } from "./shape";

/**
 * Up to this many suppliers the filter is a plain list (a native select: simplest to use, and
 * 50 options weigh a few KB); beyond it a search field. Most buyers have far fewer; one with 2,000
 * sent 2,000 options twice (the HTML and the page's data), 470 KB in all.
 */
export const SUPPLIER_LIST_LIMIT = 50;
const SUPPLIER_SEARCH_MAX_LENGTH = 100;
/** At most this many matches are shown; more means "type more of the name". */
export const SUPPLIER_SEARCH_LIMIT = 20;

type SupplierOption = { id: string; name: string };

function suppliersOfBuyer(db: Db, tenantId: string) {
  return db
    .select({ id: contracts.supplierOrgId })
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), countedContract("contracts")));
}

/** The buyer's suppliers whose name holds every word typed, by name; `more` when the limit cut the list. */
export async function findSuppliers(db: Db, { tenantId, text }: { tenantId: string; text: string }) {
  const typed = text.trim();
  if (typed.length < SUPPLIER_SEARCH_MIN_LENGTH || typed.length > SUPPLIER_SEARCH_MAX_LENGTH) {
    const message = `Typ ${SUPPLIER_SEARCH_MIN_LENGTH} tot ${SUPPLIER_SEARCH_MAX_LENGTH} tekens van de naam van de leverancier.`;
    throw new ValidationError({ zoek: message }, message);
  }
  const rows: SupplierOption[] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(inArray(organisations.id, suppliersOfBuyer(db, tenantId)), ...searchTerms(typed).map((term) => ilike(organisations.name, term))),
    )
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(SUPPLIER_SEARCH_LIMIT + 1);
  return { suppliers: rows.slice(0, SUPPLIER_SEARCH_LIMIT), more: rows.length > SUPPLIER_SEARCH_LIMIT };
}

/** One of the buyer's suppliers by id with its current name, or null for anyone else's. */
async function supplierOfBuyer(db: Db, { tenantId, id }: { tenantId: string; id: string }): Promise<SupplierOption | null> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, id), inArray(organisations.id, suppliersOfBuyer(db, tenantId))))
    .limit(1);
  return row ?? null;
}

/**
 * The dashboard with a short supplier list, for the page: every supplier while there are at most
 * SUPPLIER_LIST_LIMIT, else only the one the filter names (its name read now, not from the cached
 * dashboard, so a renamed supplier shows its new name) and the page searches for the others.
 * `supplierCount` keeps the full number either way. `inTenant` is only asked for the chosen one,
 * so a dashboard without a supplier filter costs no statement more.
 */
export async function withShortSupplierList(inTenant: InTenant, tenantId: string, dashboard: DashboardView): Promise<DashboardView> {
  if (dashboard.options.supplierCount <= SUPPLIER_LIST_LIMIT) return dashboard;
  const { supplierId } = dashboard.filters;
  const chosen = supplierId ? await inTenant((tx) => supplierOfBuyer(tx, { tenantId, id: supplierId })) : null;
  return { ...dashboard, options: { ...dashboard.options, suppliers: chosen ? [chosen] : [] } };
}
