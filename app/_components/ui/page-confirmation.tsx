"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

// The confirmation of a save whose form is gone once the page shows the result (a report accepted,
// a review signed or planned) or is folded away: it is said here, at the top of the content, and
// focus comes here instead of falling to the page. A single button without a message place of its
// own (a role saved in a table row) is confirmed here too, without taking focus. One region in
// the layout, so it outlives the form and every re-render of the page.

type Shown = { message: string; serial: number; focus: boolean };

let show: ((message: string, focus: boolean) => void) | null = null;

/** Says a confirmation at the top of the page and moves focus there, unless the form keeps it. */
export function confirmOnPage(message: string, { focus = true }: { focus?: boolean } = {}): void {
  show?.(message, focus);
}

/** A new save starts: the previous page-wide confirmation no longer describes the page. */
export function clearPageConfirmation(): void {
  show?.("", false);
}

export function PageConfirmation() {
  const [shown, setShown] = useState<Shown | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [path, setPath] = useState(pathname);
  // Another page: what was confirmed here is not about it.
  if (path !== pathname) {
    setPath(pathname);
    setShown(null);
  }
  useEffect(() => {
    show = (message, focus) => setShown((s) => (message ? { message, focus, serial: (s?.serial ?? 0) + 1 } : null));
    return () => {
      show = null;
    };
  }, []);
  useEffect(() => {
    if (shown?.focus) region.current?.focus();
  }, [shown]);
  // The region is in the page before anything is said in it, so screen readers announce the message.
  return (
    <div ref={region} role="status" tabIndex={-1} className={shown ? "form-status page-confirmation alert alert-success" : "form-status"}>
      {shown ? <span key={shown.serial}>{shown.message}</span> : null}
    </div>
  );
}
