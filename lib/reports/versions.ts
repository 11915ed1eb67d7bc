// The submitted versions of a report side by side: per KPI what each version said and whether it
// differs from the version before, so the buyer sees at a glance what a resubmission changed.
import type { SubmissionSnapshot } from "./queries";

type SnapshotValue = SubmissionSnapshot["values"][number];

export type VersionCell = {
  value: SnapshotValue | null;
  /** The value, score or explanation differs from the previous version; never for version 1. */
  changed: boolean;
};

const sameNumber = (a: string | null | undefined, b: string | null | undefined) =>
  a == null || b == null ? a == b : Number(a) === Number(b);

function differs(a: SnapshotValue | null, b: SnapshotValue | null): boolean {
  if (!a || !b) return a !== b;
  return (
    !sameNumber(a.value, b.value) ||
    a.score !== b.score ||
    (a.explanation ?? "") !== (b.explanation ?? "") ||
    !sameNumber(a.quantity, b.quantity)
  );
}

/** Per version the cell of one KPI, marked where it changed. */
export function versionCells(snapshots: SubmissionSnapshot[], kpiId: string): VersionCell[] {
  const values = snapshots.map((s) => s.values.find((v) => v.kpiId === kpiId) ?? null);
  return values.map((value, i) => ({ value, changed: i > 0 && differs(values[i - 1], value) }));
}
