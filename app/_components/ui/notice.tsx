import type { ReactNode } from "react";

const ROLES = { success: "status", error: "alert", info: "note" } as const;

/**
 * A message in the page: what just succeeded (announced politely), what went wrong (announced at
 * once), or a note to read. One look and one role per kind, everywhere.
 */
export function Notice({ tone = "success", className, children }: { tone?: keyof typeof ROLES; className?: string; children: ReactNode }) {
  return (
    <div className={`alert alert-${tone}${className ? ` ${className}` : ""}`} role={ROLES[tone]}>
      {children}
    </div>
  );
}
