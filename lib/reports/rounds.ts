// The rounds of a report: every send-back with the buyer's questions, and the supplier's answers
// when it submits again. Written by decideReport and submitReport inside their transaction; read
// by the report page (the "Gesprek" thread) and the contract timeline.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, people, reportQuestions, reportRounds, reportValues } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { ParsedValue } from "./rules";

type ReportRef = { tenantId: string; id: string };

/** The round the supplier is answering now: the last one, while it is unanswered. */
async function openRound(db: Db, report: ReportRef) {
  const [round] = await db
    .select()
    .from(reportRounds)
    .where(and(eq(reportRounds.tenantId, report.tenantId), eq(reportRounds.reportId, report.id)))
    .orderBy(desc(reportRounds.roundNumber))
    .limit(1);
  return round && round.answeredAt === null ? round : null;
}

/**
 * The KPIs a sent-back report is open for: those the buyer asked about in the open round; null
 * (all of them) for a draft, or a send-back with only a general question.
 */
export async function reopenedKpis(db: Db, report: ReportRef & { status: string }): Promise<Set<string> | null> {
  if (report.status !== "clarification_requested") return null;
  const round = await openRound(db, report);
  if (!round) return null;
  const rows = await db
    .select({ kpiId: reportQuestions.kpiId })
    .from(reportQuestions)
    .where(and(eq(reportQuestions.tenantId, report.tenantId), eq(reportQuestions.roundId, round.id)));
  return rows.length > 0 ? new Set(rows.map((r) => r.kpiId)) : null;
}

/** The stored values of a report, to hold a form's values of KPIs that were not reopened against. */
export function storedValues(db: Db, report: ReportRef) {
  return db
    .select({
      kpiId: reportValues.kpiId,
      value: reportValues.value,
      score: reportValues.score,
      explanation: reportValues.explanation,
      quantity: reportValues.quantity,
    })
    .from(reportValues)
    .where(and(eq(reportValues.tenantId, report.tenantId), eq(reportValues.reportId, report.id)));
}

/** A new round for a send-back, numbered after the last one, with a question per KPI asked about. */
export async function startRound(
  tx: Db,
  actor: Actor,
  report: ReportRef,
  { question, questions, at }: { question: string | null; questions: Array<[kpiId: string, text: string]>; at: Date },
) {
  const last = await tx
    .select({ n: reportRounds.roundNumber })
    .from(reportRounds)
    .where(and(eq(reportRounds.tenantId, report.tenantId), eq(reportRounds.reportId, report.id)))
    .orderBy(desc(reportRounds.roundNumber))
    .limit(1);
  const roundNumber = (last[0]?.n ?? 0) + 1;
  const [round] = await tx
    .insert(reportRounds)
    .values({ tenantId: report.tenantId, reportId: report.id, roundNumber, question, sentBackAt: at, sentBackByUserId: actor.userId })
    .returning();
  for (const [kpiId, text] of questions) {
    await tx.insert(reportQuestions).values({ tenantId: report.tenantId, reportId: report.id, roundId: round.id, kpiId, question: text });
  }
  return round;
}

/**
 * A resubmission answers the open round: the narrative answers its general question (when it had one), each KPI's
 * explanation the question about that KPI. Returns the round number answered, or null.
 */
export async function answerRound(
  tx: Db,
  actor: Actor,
  report: ReportRef,
  { narrative, values, at }: { narrative: string | null; values: ParsedValue[]; at: Date },
): Promise<number | null> {
  const round = await openRound(tx, report);
  if (!round) return null;
  await tx
    .update(reportRounds)
    .set({ answer: round.question ? narrative : null, answeredAt: at, answeredByUserId: actor.userId })
    .where(and(eq(reportRounds.tenantId, round.tenantId), eq(reportRounds.id, round.id)));
  for (const v of values) {
    await tx
      .update(reportQuestions)
      .set({ answer: v.explanation })
      .where(and(eq(reportQuestions.tenantId, round.tenantId), eq(reportQuestions.roundId, round.id), eq(reportQuestions.kpiId, v.kpiId)));
  }
  return round.roundNumber;
}

/** Every round of a report, oldest first, with who asked and who answered and the questions per KPI. */
export async function listRounds(db: Db, report: ReportRef) {
  const rounds = await db
    .select({
      id: reportRounds.id,
      roundNumber: reportRounds.roundNumber,
      question: reportRounds.question,
      sentBackAt: reportRounds.sentBackAt,
      sentBackByUserId: reportRounds.sentBackByUserId,
      answer: reportRounds.answer,
      answeredAt: reportRounds.answeredAt,
      answeredByUserId: reportRounds.answeredByUserId,
    })
    .from(reportRounds)
    .where(and(eq(reportRounds.tenantId, report.tenantId), eq(reportRounds.reportId, report.id)))
    .orderBy(asc(reportRounds.roundNumber));
  if (rounds.length === 0) return [];
  const userIds = [...new Set(rounds.flatMap((r) => [r.sentBackByUserId, r.answeredByUserId]).filter((id): id is string => id !== null))];
  const [questions, names] = await Promise.all([
    db
      .select({
        roundId: reportQuestions.roundId,
        kpiId: reportQuestions.kpiId,
        kpiName: kpis.name,
        question: reportQuestions.question,
        answer: reportQuestions.answer,
      })
      .from(reportQuestions)
      .innerJoin(kpis, and(eq(kpis.tenantId, reportQuestions.tenantId), eq(kpis.id, reportQuestions.kpiId)))
      .where(and(eq(reportQuestions.tenantId, report.tenantId), eq(reportQuestions.reportId, report.id)))
      .orderBy(asc(kpis.name)),
    userIds.length > 0 ? db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, userIds)) : [],
  ]);
  const nameOf = (id: string | null) => (id ? (names.find((p) => p.id === id)?.name ?? null) : null);
  return rounds.map(({ sentBackByUserId, answeredByUserId, ...round }) => ({
    ...round,
    sentBackBy: nameOf(sentBackByUserId),
    answeredBy: nameOf(answeredByUserId),
    questions: questions.filter((q) => q.roundId === round.id),
  }));
}

export type ReportRoundView = Awaited<ReturnType<typeof listRounds>>[number];
