import { and, asc, countDistinct, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklistAnswers, checklistRounds } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";
import type { ChecklistScore, ChecklistStatementId } from "./content";
import type { ChecklistAnswers, ChecklistResponse } from "./rules";

const ROUND_NOT_FOUND = "Deze checklistronde bestaat niet.";

type Tenant = { tenantId: string };

export type ChecklistRoundRow = Awaited<ReturnType<typeof listChecklistRounds>>[number];

/** The rounds of a buyer, oldest first (the order of the trend), with how many people answered. */
export async function listChecklistRounds(db: Db, params: Tenant) {
  return db
    .select({
      id: checklistRounds.id,
      title: checklistRounds.title,
      openedAt: checklistRounds.openedAt,
      closedAt: checklistRounds.closedAt,
      version: checklistRounds.version,
      respondents: countDistinct(checklistAnswers.userId),
    })
    .from(checklistRounds)
    .leftJoin(
      checklistAnswers,
      and(eq(checklistAnswers.tenantId, checklistRounds.tenantId), eq(checklistAnswers.roundId, checklistRounds.id)),
    )
    .where(eq(checklistRounds.tenantId, params.tenantId))
    .groupBy(checklistRounds.tenantId, checklistRounds.id)
    .orderBy(asc(checklistRounds.openedAt), asc(checklistRounds.title));
}

/** One round; another tenant's id or a malformed one looks exactly like a missing one. */
export async function getChecklistRound(db: Db, params: Tenant & { id: string; forUpdate?: boolean }) {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(ROUND_NOT_FOUND);
  const query = db
    .select()
    .from(checklistRounds)
    .where(and(eq(checklistRounds.tenantId, params.tenantId), eq(checklistRounds.id, params.id)))
    .limit(1);
  // Answering locks the round row, so a close waits for the answers in flight (and vice versa).
  const [row] = params.forUpdate ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(ROUND_NOT_FOUND);
  return row;
}

export async function listOpenChecklistRounds(db: Db, params: Tenant) {
  return db
    .select()
    .from(checklistRounds)
    .where(and(eq(checklistRounds.tenantId, params.tenantId), isNull(checklistRounds.closedAt)))
    .orderBy(desc(checklistRounds.openedAt));
}

/** What one person answered in a round, for their own form. */
export async function myChecklistAnswers(db: Db, params: Tenant & { roundId: string; userId: string }) {
  return db
    .select({ statementId: checklistAnswers.statementId, score: checklistAnswers.score, comment: checklistAnswers.comment })
    .from(checklistAnswers)
    .where(
      and(
        eq(checklistAnswers.tenantId, params.tenantId),
        eq(checklistAnswers.roundId, params.roundId),
        eq(checklistAnswers.userId, params.userId),
      ),
    );
}

/**
 * Everybody's scores per round, grouped per person for the scoring rules. The respondent id is
 * an opaque number per round: results never need to know who answered, only how many.
 */
export async function checklistResponses(db: Db, params: Tenant & { roundIds: string[] }): Promise<Map<string, ChecklistResponse[]>> {
  const byRound = new Map<string, ChecklistResponse[]>(params.roundIds.map((id) => [id, []]));
  if (params.roundIds.length === 0) return byRound;
  const rows = await db
    .select({
      roundId: checklistAnswers.roundId,
      userId: checklistAnswers.userId,
      statementId: checklistAnswers.statementId,
      score: checklistAnswers.score,
    })
    .from(checklistAnswers)
    .where(and(eq(checklistAnswers.tenantId, params.tenantId), inArray(checklistAnswers.roundId, params.roundIds)));
  const people = new Map<string, Map<string, ChecklistAnswers>>();
  for (const row of rows) {
    const round = people.get(row.roundId) ?? new Map<string, ChecklistAnswers>();
    people.set(row.roundId, round);
    const answers = round.get(row.userId) ?? {};
    answers[row.statementId as ChecklistStatementId] = row.score as ChecklistScore;
    round.set(row.userId, answers);
  }
  for (const [roundId, round] of people) {
    byRound.set(
      roundId,
      [...round.values()].map((answers, index) => ({ respondentId: String(index + 1), answers })),
    );
  }
  return byRound;
}

/** The comments of a round without who wrote them, per statement, in a neutral (alphabetical) order. */
export async function checklistComments(db: Db, params: Tenant & { roundId: string }) {
  const rows = await db
    .select({ statementId: checklistAnswers.statementId, comment: checklistAnswers.comment })
    .from(checklistAnswers)
    .where(and(eq(checklistAnswers.tenantId, params.tenantId), eq(checklistAnswers.roundId, params.roundId)));
  // Sorted here, not in SQL, so the order is the same whatever the database's collation.
  return rows
    .filter((r): r is { statementId: string; comment: string } => Boolean(r.comment))
    .sort((a, b) => a.statementId.localeCompare(b.statementId, "nl") || a.comment.localeCompare(b.comment, "nl"));
}
