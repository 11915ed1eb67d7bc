"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> that opens as the page first says and then stays as the user leaves it. A server
 * page that decides `open` from its data (open while nothing is saved yet) would otherwise close it
 * under the user at the save, together with the confirmation inside.
 */
export function Disclosure({
  open,
  className,
  summary,
  children,
}: {
  open: boolean;
  className?: string;
  summary: ReactNode;
  children: ReactNode;
}) {
  const [initiallyOpen] = useState(open);
  return (
    <details className={className} open={initiallyOpen}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
