// The dashboard's filters as they live in the URL (?pakket=asfalt&van=2025-Q1&tot=2026-Q4), so a
// view can be shared. Anything that does not parse falls back to the default instead of failing:
// a shared link with a stale value still opens.
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { addQuarters, compareQuarters, parseQuarter, quarterIndex, quarterKey, quarterOf, quarterRange, type Quarter } from "@/lib/periods";

export type DashboardFilters = {
  package: string | null;
  cooperationForm: "transactioneel" | "relationeel" | null;
  managerId: string | null;
  supplierId: string | null;
  from: string;
  to: string;
  /** The additive indicator of the per-package bars; null = the default (CO2e when used). */
  indicatorId: string | null;
  /** Only reported values whose latest verification is "geverifieerd" count in the figures. */
  verifiedOnly: boolean;
};

/** The URL parameter of each filter, in Dutch like the rest of the URLs. */
export const FILTER_PARAMS = {
  package: "pakket",
  cooperationForm: "samenwerking",
  managerId: "contractmanager",
  supplierId: "leverancier",
  from: "van",
  to: "tot",
  indicatorId: "indicator",
  verifiedOnly: "geverifieerd",
} as const satisfies Record<keyof DashboardFilters, string>;

/** ?geverifieerd=ja: the one value that switches the verified-only filter on. */
export const VERIFIED_ONLY_VALUE = "ja";

/**
 * ?leverancierslijst=kort: the JSON route lists, of many suppliers, only the chosen one (as the page
 * does; lib/dashboard/suppliers.ts). Not a filter: without it the API answers as it always has.
 */
export const SHORT_SUPPLIER_LIST = { param: "leverancierslijst", value: "kort" } as const;

/** One letter matches most of 2,000 names: the supplier search starts at two. */
export const SUPPLIER_SEARCH_MIN_LENGTH = 2;

/** A default period of two years ending with the current quarter. */
const DEFAULT_PERIOD_QUARTERS = 8;
/** Longer periods make the heat map unreadable and the queries needlessly wide. */
const MAX_PERIOD_QUARTERS = 20;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: Params, key: string): string | null {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.trim() !== "" ? text.trim() : null;
}

const uuidOrNull = (value: string | null) => (value && UUID_PATTERN.test(value) ? value.toLowerCase() : null);

export function parseFilters(params: Params, today: string): DashboardFilters {
  const current = quarterOf(today);
  const to = parseQuarter(read(params, FILTER_PARAMS.to) ?? "") ?? current;
  let from = parseQuarter(read(params, FILTER_PARAMS.from) ?? "") ?? addQuarters(to, -(DEFAULT_PERIOD_QUARTERS - 1));
  if (compareQuarters(from, to) > 0) from = to;
  if (quarterIndex(to) - quarterIndex(from) >= MAX_PERIOD_QUARTERS) from = addQuarters(to, -(MAX_PERIOD_QUARTERS - 1));
  const form = read(params, FILTER_PARAMS.cooperationForm);
  const pkg = read(params, FILTER_PARAMS.package);
  return {
    package: pkg && /^[a-z0-9_]{1,64}$/.test(pkg) ? pkg : null,
    cooperationForm: form === "transactioneel" || form === "relationeel" ? form : null,
    managerId: uuidOrNull(read(params, FILTER_PARAMS.managerId)),
    supplierId: uuidOrNull(read(params, FILTER_PARAMS.supplierId)),
    from: quarterKey(from),
    to: quarterKey(to),
    indicatorId: uuidOrNull(read(params, FILTER_PARAMS.indicatorId)),
    verifiedOnly: read(params, FILTER_PARAMS.verifiedOnly) === VERIFIED_ONLY_VALUE,
  };
}

/** The filters as URL search parameters, leaving out what is empty. */
export function filtersToSearch(filters: DashboardFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, param] of Object.entries(FILTER_PARAMS) as Array<[keyof DashboardFilters, string]>) {
    const value = filters[key];
    if (value === true) search.set(param, VERIFIED_ONLY_VALUE);
    else if (value) search.set(param, value);
  }
  return search;
}

export function periodQuarters(filters: Pick<DashboardFilters, "from" | "to">): Quarter[] {
  return quarterRange(parseQuarter(filters.from)!, parseQuarter(filters.to)!);
}
