// The demo board report is seeded into a fresh buyer standing in for Voorbeeldstad and read back
// through lib/, as the bestuurder's home page shows it.
import { describe, expect, it } from "vitest";
import { DEMO_BOARD_REPORT, seedDemoBoardReports } from "@/db/seed/demo-board-reports";
import { boardReportPage, boardReportsPage } from "@/lib/board-reports/pages";
import { homePage } from "@/lib/auth/permissions";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer } from "../fixtures/factories";

const { db } = await openTestDatabase();

describe("the demo board report", () => {
  it("is made by Voorbeeldstad's coordinator and opens from the bestuurder's home page", async () => {
    const stad = await createBuyer(db);
    await seedDemoBoardReports(db, {
      orgIds: new Map([["voorbeeldstad", stad.org.id]]),
      userIds: new Map([["joris.bakker@voorbeeldstad.example", stad.as.coordinator.userId]]),
    });
    expect(homePage("buyer", "bestuurder")).toBe("/bestuursrapportages");
    const { reports } = await boardReportsPage(stad.as.bestuurder, db);
    expect(reports).toHaveLength(1);
    const report = await boardReportPage(stad.as.bestuurder, reports[0].id, db);
    expect(report).toMatchObject({ title: DEMO_BOARD_REPORT.title, summary: DEMO_BOARD_REPORT.summary });
    expect(report.snapshot.period.from < report.snapshot.period.to).toBe(true);
  });
});
