import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, people, wegwijzerRuns } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { withCreatorEmails } from "@/lib/members/queries";
import { NotFoundError } from "@/lib/errors";

const RUN_NOT_FOUND = "Dit wegwijzer-advies bestaat niet.";

type Tenant = { tenantId: string };

const runColumns = {
  id: wegwijzerRuns.id,
  title: wegwijzerRuns.title,
  answers: wegwijzerRuns.answers,
  notes: wegwijzerRuns.notes,
  createdAt: wegwijzerRuns.createdAt,
  contractId: wegwijzerRuns.contractId,
  contractTitle: contracts.title,
  createdByUserId: wegwijzerRuns.createdByUserId,
  createdByName: people.name,
};

function selectRuns(db: Db) {
  return db
    .select(runColumns)
    .from(wegwijzerRuns)
    .leftJoin(contracts, and(eq(contracts.tenantId, wegwijzerRuns.tenantId), eq(contracts.id, wegwijzerRuns.contractId)))
    .leftJoin(people, eq(people.id, wegwijzerRuns.createdByUserId));
}

export type WegwijzerRunRow = Awaited<ReturnType<typeof getWegwijzerRun>>;

/** The saved wegwijzer runs of a buyer, newest first. */
export async function listWegwijzerRuns(db: Db, params: Tenant) {
  const rows = await selectRuns(db)
    .where(eq(wegwijzerRuns.tenantId, params.tenantId))
    .orderBy(desc(wegwijzerRuns.createdAt), asc(wegwijzerRuns.title));
  return withCreatorEmails(db, { organisationId: params.tenantId, rows });
}

/** One saved run; another tenant's id or a malformed one looks exactly like a missing one. */
export async function getWegwijzerRun(db: Db, params: Tenant & { id: string }) {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(RUN_NOT_FOUND);
  const [row] = await selectRuns(db)
    .where(and(eq(wegwijzerRuns.tenantId, params.tenantId), eq(wegwijzerRuns.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError(RUN_NOT_FOUND);
  const [named] = await withCreatorEmails(db, { organisationId: params.tenantId, rows: [row] });
  return named;
}
