import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { boardReports } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";

const NOT_FOUND = "Deze bestuursrapportage bestaat niet.";

/** The buyer's board reports, newest first, without their snapshots. */
export async function listBoardReports(db: Db, { tenantId }: { tenantId: string }) {
  return db
    .select({
      id: boardReports.id,
      title: boardReports.title,
      reportDate: boardReports.reportDate,
      createdByName: boardReports.createdByName,
      createdAt: boardReports.createdAt,
    })
    .from(boardReports)
    .where(eq(boardReports.tenantId, tenantId))
    .orderBy(desc(boardReports.reportDate), desc(boardReports.createdAt));
}

/** One board report of this buyer; another buyer's id is as missing as an unknown one. */
export async function getBoardReportInTenant(db: Db, { tenantId, id }: { tenantId: string; id: string }) {
  if (!UUID_PATTERN.test(id)) throw new NotFoundError(NOT_FOUND);
  const [row] = await db
    .select()
    .from(boardReports)
    .where(and(eq(boardReports.tenantId, tenantId), eq(boardReports.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}
