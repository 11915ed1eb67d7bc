"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** Older than this, the count is read again when the person moves to another page. */
const FRESH_MS = 15_000;

const key = (org: string) => ["notifications", org];

async function fetchUnread(org: string): Promise<number> {
  const response = await fetch(`/api/v1/${org}/notifications`, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error("Meldingen konden niet worden gelezen.");
  return ((await response.json()) as { data: { unread: number } }).data.unread;
}

/**
 * The header's link to the notifications with the number unread. Read after the page is shown,
 * like the Te doen count, and again on navigation once it is older than a few seconds.
 */
export function NotificationBell({ org }: { org: string }) {
  const pathname = usePathname();
  const query = useQuery({ queryKey: key(org), queryFn: () => fetchUnread(org), staleTime: FRESH_MS });
  const { refetch, dataUpdatedAt } = query;
  useEffect(() => {
    if (dataUpdatedAt && Date.now() - dataUpdatedAt > FRESH_MS) void refetch();
  }, [pathname, refetch, dataUpdatedAt]);
  const unread = query.data ?? 0;
  return (
    <Link href={`/${org}/meldingen`} className="small notification-bell">
      Meldingen
      {unread > 0 ? (
        <>
          {" "}
          <span className="nav-count" aria-hidden="true">
            {unread}
          </span>
          <span className="visually-hidden"> ({unread === 1 ? "1 ongelezen" : `${unread} ongelezen`})</span>
        </>
      ) : null}
    </Link>
  );
}

/** The notifications page, just read on the server: the bell says the same number. */
export function NotificationCountSeed({ org, unread }: { org: string; unread: number }) {
  const client = useQueryClient();
  useEffect(() => {
    client.setQueryData<number>(key(org), unread);
  }, [client, org, unread]);
  return null;
}

/**
 * The button that opens a notification: the server marks it read and redirects; the bell's
 * count, kept in the browser, goes down at once instead of at its next read.
 */
export function OpenNotificationButton({
  org,
  unread,
  action,
  children,
}: {
  org: string;
  unread: boolean;
  action: (form: FormData) => Promise<void>;
  children: React.ReactNode;
}) {
  const client = useQueryClient();
  return (
    <form
      action={action}
      onSubmit={() => {
        if (unread) client.setQueryData<number>(key(org), (n) => Math.max(0, (n ?? 1) - 1));
      }}
    >
      <button type="submit" className="link-button">
        {children}
      </button>
    </form>
  );
}
