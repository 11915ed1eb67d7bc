// Which contracts and reports the dashboards count: every status but draft, written as a positive
// list. Under row-level security PostgreSQL may not look at a column's most common values for a
// comparison that is not leakproof (enum comparisons are not), and then estimates
// "status <> 'draft'" as 1 − 1/(number of distinct statuses): nothing at all when every row has the
// same status. PostgreSQL 18 (the embedded PGlite) planned the whole dashboard on that estimate and
// took 50 times longer (docs/performance.md). "status in (…)" is estimated from the same count but
// errs on the high side, which is harmless here.
import { sql, type SQL } from "drizzle-orm";
import { contractStatus, reportStatus } from "@/db/schema/enums";

const allBut = (values: readonly string[], left: string) =>
  sql.raw(
    values
      .filter((value) => value !== left)
      .map((value) => `'${value}'`)
      .join(", "),
  );

const COUNTED_CONTRACT = allBut(contractStatus.enumValues, "draft");
const SUBMITTED_REPORT = allBut(reportStatus.enumValues, "draft");

/** A contract the dashboards count: not a draft. */
export function countedContract(alias: string): SQL {
  return sql`${sql.raw(alias)}.status in (${COUNTED_CONTRACT})`;
}

/** A report that has been submitted (and perhaps accepted or questioned since): not a draft. */
export function submittedReport(alias: string): SQL {
  return sql`${sql.raw(alias)}.status in (${SUBMITTED_REPORT})`;
}
