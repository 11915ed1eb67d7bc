// What the board report pages need, shaped on the server so app/ stays free of database code.
// A report is read back from its snapshot exactly as it was stored.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { parseFilters } from "@/lib/dashboard/filters";
import { verifiedShare } from "@/lib/dashboard/rules";
import { ForbiddenError } from "@/lib/errors";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { makesBoardReports, readsBoardReports } from "./policy";
import { getBoardReportInTenant, listBoardReports } from "./queries";

const NOT_FOR_YOU = "Bestuursrapportages zijn er voor de lezers van de opdrachtgever.";

function assertReads(actor: Actor) {
  if (!readsBoardReports(actor)) throw new ForbiddenError(NOT_FOR_YOU);
}

export async function boardReportsPage(actor: Actor, db?: Db) {
  assertReads(actor);
  const reports = await withTenant(actor, (tx) => listBoardReports(tx, { tenantId: actor.org.id }), db);
  // The form proposes the dashboard's default period, ending with the current quarter.
  const period = parseFilters({}, amsterdamToday());
  return { reports, canCreate: makesBoardReports(actor), defaults: { from: period.from, to: period.to } };
}

export async function boardReportPage(actor: Actor, id: string, db?: Db) {
  assertReads(actor);
  const row = await withTenant(actor, (tx) => getBoardReportInTenant(tx, { tenantId: actor.org.id, id }), db);
  const s = row.snapshot;
  return {
    id: row.id,
    title: row.title,
    reportDate: row.reportDate,
    summary: row.summary,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    snapshot: s,
    verifiedShare: verifiedShare(s.verification.values, s.verification.verifiedValues),
  };
}
