// Reporting discipline in SQL, for the organisation dashboard (base.ts) and the supplier's
// Prestaties (lib/supplier-dashboard/queries.ts): one rule, so both sides count a report alike.
// The same rule in TypeScript is reportDiscipline (lib/dashboard/rules.ts), which the unit tests
// pin down; the due date is reportDueDate's (lib/reports/rules.ts).
import { sql, type SQL } from "drizzle-orm";

/** The due date of a quarter no report row has fixed yet: its last day plus the contract's days. */
export function expectedDueDate(quarterStart: SQL, dueDays: SQL): SQL {
  return sql`(${quarterStart} + interval '3 months' - interval '1 day')::date + ${dueDays}`;
}

/** The Amsterdam date a (non-draft) report was first submitted, kept by trigger on the report. */
export function firstSubmittedOn(report: SQL): SQL {
  return sql`(${report}.first_submitted_at at time zone 'Europe/Amsterdam')::date`;
}

/** on_time / late / missing / not_due, as reportDiscipline decides it. */
export function discipline(submittedOn: SQL, dueDate: SQL, today: SQL): SQL {
  return sql`case when ${submittedOn} is null then (case when ${dueDate} < ${today} then 'missing' else 'not_due' end)
                  when ${submittedOn} <= ${dueDate} then 'on_time' else 'late' end`;
}
