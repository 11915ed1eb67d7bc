"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { SHORT_SUPPLIER_LIST } from "@/lib/dashboard/filters";
import type { DashboardView } from "@/lib/dashboard/shape";
import { FilterBar, type QuarterOption } from "./filter-bar";
import { Sections } from "./sections";

async function fetchDashboard(org: string, search: string): Promise<DashboardView> {
  // The page's short supplier list, as the server rendered it (lib/dashboard/suppliers.ts).
  const query = new URLSearchParams(search);
  query.set(SHORT_SUPPLIER_LIST.param, SHORT_SUPPLIER_LIST.value);
  const response = await fetch(`/api/v1/${org}/dashboard?${query}`, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ?? "Het dashboard kon niet worden geladen.");
  return body.data as DashboardView;
}

/**
 * The dashboard after the first, server-rendered view: a filter change adds a history entry
 * (history.pushState, which Next's router follows, so no server render and no reload), so Back
 * returns to the previous filters and not off the dashboard. The URL is the one source of the
 * filters; React Query fetches the JSON route for them, keeping the old view until it arrives.
 */
export function DashboardClient(props: { org: string; orgName: string; initial: DashboardView; quarters: QuarterOption[] }) {
  const pathname = usePathname();
  // Without a query string the page showed the default filters, which the first view spells out.
  const search = useSearchParams().toString() || props.initial.search;
  const query = useQuery({
    queryKey: ["organisation-dashboard", props.org, search],
    queryFn: () => fetchDashboard(props.org, search),
    initialData: search === props.initial.search ? props.initial : undefined,
    placeholderData: keepPreviousData,
  });
  const data = query.data ?? props.initial;

  function change(next: URLSearchParams) {
    const text = next.toString();
    window.history.pushState(null, "", text ? `${pathname}?${text}` : pathname);
  }

  return (
    <div className="dashboard" aria-busy={query.isFetching}>
      <FilterBar data={data} search={search} quarters={props.quarters} onChange={change} org={props.org} />
      <p className="visually-hidden" role="status">
        {query.isFetching ? "Het dashboard wordt bijgewerkt…" : query.isError ? query.error.message : ""}
      </p>
      {query.isError ? (
        <p className="alert alert-error" role="alert">
          {query.error.message}
        </p>
      ) : null}
      <Sections data={data} org={props.org} orgName={props.orgName} search={search} onChange={change} />
    </div>
  );
}
