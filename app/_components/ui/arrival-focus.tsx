"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A message the page arrived with after a save that went to another page (…?opgeslagen=1): focus
 * moves to it once, as it does to a confirmation that stays on the page, so a keyboard or screen
 * reader user hears what happened and continues from there.
 */
export function ArrivalFocus({ className, role, children }: { className: string; role: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className={className} role={role} tabIndex={-1}>
      {children}
    </div>
  );
}
