import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./users";

// The coordinator's report to the board (seed 003, step 5 "terugkoppeling naar bestuur"): the
// dashboard's figures as they stood on the report's date, kept as a record. The snapshot is written
// once and never recomputed; the database refuses every update and delete.

/** What a board report holds: built by lib/board-reports/snapshot.ts, read back as it was stored. */
export type BoardReportSnapshot = {
  period: { from: string; to: string };
  verifiedOnly: boolean;
  contracts: number;
  targets: Array<{
    name: string;
    indicatorName: string;
    unitLabel: string;
    percentage: boolean;
    years: Array<{
      year: number;
      target: number | null;
      actual: number | null;
      contracts: number;
      quarters: number;
      baseShare: number | null;
      values: number;
      verifiedValues: number;
    }>;
  }>;
  highlights: string[];
  risks: string[];
  malus: { totalCents: number; contractsWithMalus: number; perQuarter: Array<{ quarter: string; cents: number; contracts: number }> };
  verification: { values: number; verifiedValues: number };
  promises: { total: number; short: number; noData: number };
};

export const boardReports = pgTable(
  "board_reports",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    title: varchar("title", { length: 200 }).notNull(),
    // The Amsterdam date the figures are of.
    reportDate: date("report_date").notNull(),
    summary: text("summary").notNull(),
    snapshot: jsonb("snapshot").$type<BoardReportSnapshot>().notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    // The maker's name as it was, so the record still names them after the account is gone.
    createdByName: varchar("created_by_name", { length: 200 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("board_reports_date_idx").on(t.tenantId, t.reportDate, t.createdAt),
    check("board_reports_summary", sql`length(trim(${t.summary})) > 0`),
  ],
);

export type BoardReport = typeof boardReports.$inferSelect;
