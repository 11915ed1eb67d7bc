"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * A click that Next turns into a navigation within the app: a plain left click on a link to
 * another page here. Heard while it goes down (capture): by the time it comes back up, Next's
 * Link has already cancelled the browser's own navigation, which looks like any other cancel.
 */
function isAppNavigation(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return false;
  const to = new URL(link.href, window.location.href);
  if (to.origin !== window.location.origin || to.pathname.startsWith("/api/")) return false;
  return to.pathname !== window.location.pathname || to.search !== window.location.search;
}

/**
 * Says that the next page is coming between a click on a link (or Back and Forward) and its
 * arrival, on every page of the app, so a slow page never looks like a click that did nothing.
 * Not a loading.tsx per segment: that would stream every page behind a boundary and answer 200
 * where a page is not found.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [pending, setPending] = useState(false);
  // The page on screen, for Back and Forward: the browser's address has moved on before the page has.
  const shown = useRef(`${pathname}?${search}`);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (isAppNavigation(event)) setPending(true);
    };
    const onHistory = () => {
      const to = new URLSearchParams(window.location.search).toString();
      if (`${window.location.pathname}?${to}` !== shown.current) setPending(true);
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onHistory);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onHistory);
    };
  }, []);
  useEffect(() => {
    shown.current = `${pathname}?${search}`;
  }, [pathname, search]);
  // The page arrived (or the URL changed in place): done.
  useEffect(() => setPending(false), [pathname, search]);
  // Only while waiting: a page never holds a second, empty status next to its own messages.
  if (!pending) return null;
  return (
    <div className="navigation-progress" role="status">
      <span className="navigation-progress-bar" aria-hidden="true" />
      <span className="visually-hidden">Laden…</span>
    </div>
  );
}
