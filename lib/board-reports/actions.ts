// Making a board report: the organisation dashboard as it stands today, for the period chosen,
// kept with the coordinator's text as a record that is never recomputed.
import { boardReports } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { FILTER_PARAMS, VERIFIED_ONLY_VALUE } from "@/lib/dashboard/filters";
import { organisationDashboard } from "@/lib/dashboard/service";
import { NotFoundError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { amsterdamToday } from "@/lib/time";
import { boardSnapshot } from "./rules";
import { CreateBoardReport } from "./schemas";

export const createBoardReport = defineAction({
  name: "board_reports.create",
  permission: "board_reports.create",
  input: CreateBoardReport,
  async handler(tx, ctx, input) {
    if (ctx.org.kind !== "buyer") throw new NotFoundError("Bestuursrapportages zijn er voor de opdrachtgever.");
    const today = amsterdamToday();
    const search: Record<string, string> = {};
    if (input.from) search[FILTER_PARAMS.from] = input.from;
    if (input.to) search[FILTER_PARAMS.to] = input.to;
    if (input.verifiedOnly) search[FILTER_PARAMS.verifiedOnly] = VERIFIED_ONLY_VALUE;
    const view = await organisationDashboard(tx, ctx, { search, today });
    const [row] = await tx
      .insert(boardReports)
      .values({
        tenantId: ctx.org.id,
        title: input.title,
        reportDate: today,
        summary: input.summary,
        snapshot: boardSnapshot(view),
        createdByUserId: ctx.userId,
        createdByName: ctx.name ?? ctx.email,
      })
      .returning({ id: boardReports.id, reportDate: boardReports.reportDate });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "board_report",
      entityId: row.id,
      action: "create",
      after: { title: input.title, reportDate: row.reportDate, period: view.filters.from + " t/m " + view.filters.to },
    });
    return { id: row.id };
  },
});
