// The send-backs of a contract's reports for its timeline: one per round, with the buyer's
// general question and its questions per KPI in one line.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, reportQuestions, reportRounds, reports } from "@/db/schema";

export async function sendBacks(db: Db, contract: { tenantId: string; id: string }) {
  const rounds = await db
    .select({
      id: reportRounds.id,
      quarter: reports.quarter,
      roundNumber: reportRounds.roundNumber,
      sentBackAt: reportRounds.sentBackAt,
      question: reportRounds.question,
    })
    .from(reportRounds)
    .innerJoin(reports, and(eq(reports.tenantId, reportRounds.tenantId), eq(reports.id, reportRounds.reportId)))
    .where(and(eq(reports.tenantId, contract.tenantId), eq(reports.contractId, contract.id)))
    .orderBy(asc(reportRounds.sentBackAt));
  if (rounds.length === 0) return [];
  const questions = await db
    .select({ roundId: reportQuestions.roundId, kpiName: kpis.name, question: reportQuestions.question })
    .from(reportQuestions)
    .innerJoin(reports, and(eq(reports.tenantId, reportQuestions.tenantId), eq(reports.id, reportQuestions.reportId)))
    .innerJoin(kpis, and(eq(kpis.tenantId, reportQuestions.tenantId), eq(kpis.id, reportQuestions.kpiId)))
    .where(and(eq(reports.tenantId, contract.tenantId), eq(reports.contractId, contract.id)))
    .orderBy(asc(kpis.name));
  return rounds.map((round) => {
    const asked = questions.filter((q) => q.roundId === round.id).map((q) => `${q.kpiName}: ${q.question}`);
    const detail = [round.question, ...asked].filter(Boolean).join(" · ");
    return { quarter: round.quarter, roundNumber: round.roundNumber, sentBackAt: round.sentBackAt, detail: detail || null };
  });
}
