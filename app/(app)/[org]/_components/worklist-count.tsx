"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useEffect } from "react";

type Summary = { count: number; urgent: number };

/** Older than this, the count is read again when the person moves to another page. */
const FRESH_MS = 15_000;

const key = (org: string) => ["worklist", org];

async function fetchSummary(org: string): Promise<Summary> {
  const response = await fetch(`/api/v1/${org}/worklist`, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error("Te doen kon niet worden gelezen.");
  const body = (await response.json()) as { data: Summary };
  return { count: body.data.count, urgent: body.data.urgent };
}

/**
 * The number of things waiting, beside the home page's link. Read after the page is shown (a
 * coordinator's list spans every contract; no page should wait for it) and again on navigation
 * once it is older than a few seconds, so a thing done elsewhere soon leaves the count.
 */
export function WorklistCount({ org }: { org: string }) {
  const pathname = usePathname();
  const query = useQuery({ queryKey: key(org), queryFn: () => fetchSummary(org), staleTime: FRESH_MS });
  const { refetch, dataUpdatedAt } = query;
  useEffect(() => {
    if (dataUpdatedAt && Date.now() - dataUpdatedAt > FRESH_MS) void refetch();
  }, [pathname, refetch, dataUpdatedAt]);
  const count = query.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <span className={`nav-count${query.data?.urgent ? " nav-count-urgent" : ""}`}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">({count === 1 ? "1 ding te doen" : `${count} dingen te doen`})</span>
    </span>
  );
}

/** The home page's list, just read on the server: the navigation's count says the same number. */
export function WorklistCountSeed({ org, count, urgent }: { org: string; count: number; urgent: number }) {
  const client = useQueryClient();
  useEffect(() => {
    client.setQueryData<Summary>(key(org), { count, urgent });
  }, [client, org, count, urgent]);
  return null;
}
