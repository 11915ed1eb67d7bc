import type { ReactNode } from "react";
import { ArrivalFocus } from "./arrival-focus";

const ROLES = { success: "status", error: "alert", info: "note" } as const;

/**
 * A message in the page: what just succeeded (announced politely), what went wrong (announced at
 * once), or a note to read. One look and one role per kind, everywhere.
 */
export function Notice({
  tone = "success",
  className,
  arrival = false,
  children,
}: {
  tone?: keyof typeof ROLES;
  className?: string;
  /** The page was reached by a save elsewhere and says how it went: focus goes here. */
  arrival?: boolean;
  children: ReactNode;
}) {
  const classes = `alert alert-${tone}${className ? ` ${className}` : ""}`;
  if (arrival) {
    return (
      <ArrivalFocus className={classes} role={ROLES[tone]}>
        {children}
      </ArrivalFocus>
    );
  }
  return (
    <div className={classes} role={ROLES[tone]}>
      {children}
    </div>
  );
}
