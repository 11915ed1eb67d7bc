import { and, count, eq, sql } from "drizzle-orm";
import { checklistAnswers, checklistRounds } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, ValidationError } from "@/lib/errors";
import { parseChecklistAnswers } from "./rules";
import { getChecklistRound } from "./queries";
import { AnswerChecklist, CloseChecklistRound, OpenChecklistRound } from "./schemas";
import { defineAction } from "@/lib/http/action";

export const openChecklistRound = defineAction({
  name: "guidance.open_checklist_round",
  permission: "guidance.edit",
  input: OpenChecklistRound,
  async handler(tx, ctx, input) {
    const [row] = await tx
      .insert(checklistRounds)
      .values({ tenantId: ctx.org.id, title: input.title, openedByUserId: ctx.userId })
      .returning();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "checklist_round", entityId: row.id, action: "open", after: row });
    return { id: row.id, version: row.version };
  },
});

export const closeChecklistRound = defineAction({
  name: "guidance.close_checklist_round",
  permission: "guidance.edit",
  input: CloseChecklistRound,
  async handler(tx, ctx, input) {
    const before = await getChecklistRound(tx, { tenantId: ctx.org.id, id: input.roundId, forUpdate: true });
    if (before.closedAt) throw new ConflictError("Deze ronde is al gesloten.");
    if (before.version !== input.version) throw new ConflictError();
    const [after] = await tx
      .update(checklistRounds)
      .set({ closedAt: new Date(), version: before.version + 1 })
      .where(and(eq(checklistRounds.tenantId, ctx.org.id), eq(checklistRounds.id, before.id), eq(checklistRounds.version, input.version)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "checklist_round", entityId: after.id, action: "close", before, after });
    return { id: after.id, version: after.version };
  },
});

export const answerChecklist = defineAction({
  name: "guidance.answer_checklist",
  permission: "guidance.answer",
  input: AnswerChecklist,
  async handler(tx, ctx, input) {
    // The domain rule checks the scores once more, whatever built the input.
    parseChecklistAnswers(Object.fromEntries(input.answers.map((a) => [a.statementId, a.score])));
    if (input.answers.length === 0) {
      const message = "Kies bij minstens één stelling een score.";
      throw new ValidationError({ _form: message }, message);
    }
    const round = await getChecklistRound(tx, { tenantId: ctx.org.id, id: input.roundId, forUpdate: true });
    if (round.closedAt) throw new ConflictError("Deze ronde is gesloten: antwoorden kunnen niet meer worden gewijzigd.");
    // One answer per person per statement: saving again changes it (partial saves add up).
    await tx
      .insert(checklistAnswers)
      .values(
        input.answers.map((a) => ({
          tenantId: ctx.org.id,
          roundId: round.id,
          userId: ctx.userId,
          statementId: a.statementId,
          score: a.score,
          comment: a.comment,
        })),
      )
      .onConflictDoUpdate({
        target: [checklistAnswers.tenantId, checklistAnswers.roundId, checklistAnswers.userId, checklistAnswers.statementId],
        set: { score: sql`excluded.score`, comment: sql`excluded.comment`, updatedAt: sql`now()` },
      });
    const [mine] = await tx
      .select({ n: count() })
      .from(checklistAnswers)
      .where(
        and(eq(checklistAnswers.tenantId, ctx.org.id), eq(checklistAnswers.roundId, round.id), eq(checklistAnswers.userId, ctx.userId)),
      );
    // Which statements, not the scores: colleagues' answers are anonymous in the results, and
    // the audit log (read by admins and coordinators) names the person.
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "checklist_round",
      entityId: round.id,
      action: "answer",
      after: { statements: input.answers.map((a) => a.statementId) },
    });
    return { saved: input.answers.length, answered: Number(mine?.n ?? 0) };
  },
});
