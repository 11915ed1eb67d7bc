// What the wegwijzer pages need from the server, read inside the actor's tenant transaction, so
// app/ stays free of database code. The advice is assembled here from the pure rules and content.
import { guidanceActor } from "@/lib/guidance/actor";
import { orNotFound } from "@/lib/auth/session";
import { listContracts, viewerOf } from "@/lib/contracts/queries";
import { WEGWIJZER_ACTIVITIES, WEGWIJZER_QUESTIONS, type OptionNumber } from "./content";
import { changedAnswers, compareAdviceCells } from "./compare";
import { getWegwijzerRun, listWegwijzerRuns, type WegwijzerRunRow } from "./queries";
import type { SourceReference } from "@/lib/guidance/source";
import { questionField } from "./schemas";
import { assembleAdvice, summariseAdvice, wegwijzerCell, type AdviceSummaryPoint, type WegwijzerAnswers } from "./rules";
import { withTenant } from "@/lib/tenancy";

type AdviceBlockView = { code: string; text: string; reference: string };
type AdviceSectionView = { code: string; name: string; covers: string; blocks: AdviceBlockView[] };
export type AdviceView = { summary: AdviceSummaryPoint[]; sections: AdviceSectionView[] };

/**
 * Where a tip comes from, short enough to stand under it: "PIANOo-wegwijzer, § III.6, cel S32".
 * The document's full title is named once below the advice.
 */
function cellReference(reference: SourceReference): string {
  return `PIANOo-wegwijzer, § ${reference.section}, ${reference.locator}`;
}

/** The assembled advice, led by its summary, with each reference written out, ready to render. */
function adviceView(answers: readonly number[]): AdviceView {
  return {
    summary: summariseAdvice(answers),
    sections: assembleAdvice(answers).map((section) => ({
      code: section.activity.code,
      name: section.activity.name,
      covers: section.activity.covers,
      blocks: section.blocks.map((b) => ({ code: b.code, text: b.text, reference: cellReference(b.reference) })),
    })),
  };
}

type Query = Record<string, string | string[] | undefined>;

/**
 * The answers in the page's address (?q1=2&q2=1 …), so the advice can be bookmarked, shared and
 * printed. A missing answer is reported at its question once the form was sent.
 */
function answersFromQuery(query: Query) {
  const chosen = WEGWIJZER_QUESTIONS.map((q): OptionNumber | null => {
    const value = query[questionField(q.number)];
    return value === "1" ? 1 : value === "2" ? 2 : null;
  });
  const submitted = WEGWIJZER_QUESTIONS.some((q) => query[questionField(q.number)] !== undefined);
  const errors: Record<string, string> = {};
  if (submitted) {
    chosen.forEach((answer, index) => {
      if (answer === null) errors[questionField(index + 1)] = `Kies bij vraag ${index + 1} een van de twee antwoorden.`;
    });
  }
  const complete = chosen.every((a) => a !== null) ? (chosen as unknown as WegwijzerAnswers) : null;
  return { chosen, submitted, complete, errors };
}

function runSummary(run: WegwijzerRunRow) {
  return {
    id: run.id,
    title: run.title,
    createdAt: run.createdAt,
    createdBy: run.createdByName ?? run.createdByEmail ?? "onbekend",
    contractId: run.contractId,
    contractTitle: run.contractTitle,
  };
}

/** The chosen option of every question, written out: "Complex / Uniek / Innovatief". */
function answerLines(answers: readonly number[]) {
  return WEGWIJZER_QUESTIONS.map((q, index) => ({
    number: q.number,
    dimension: q.dimension,
    question: q.text,
    option: answers[index]!,
    label: q.options.find((o) => o.number === answers[index])?.label ?? "—",
  }));
}

export async function wegwijzerPage(orgSlug: string, query: Query) {
  const { actor, canEdit } = await guidanceActor(orgSlug);
  const parsed = answersFromQuery(query);
  const [runs, drafts] = await withTenant(actor, (tx) =>
    Promise.all([
      listWegwijzerRuns(tx, { tenantId: actor.org.id }),
      canEdit ? listContracts(tx, { viewer: viewerOf(actor), status: "draft" }) : Promise.resolve([]),
    ]),
  );
  return {
    actor,
    canEdit,
    ...parsed,
    advice: parsed.complete ? adviceView(parsed.complete) : null,
    runs: runs.map(runSummary),
    contractOptions: drafts.map((c) => ({ value: c.id, label: c.reference ? `${c.title} (${c.reference})` : c.title })),
  };
}

export async function wegwijzerRunPage(orgSlug: string, id: string) {
  const { actor } = await guidanceActor(orgSlug);
  const [run, runs] = await orNotFound(
    withTenant(actor, (tx) =>
      Promise.all([getWegwijzerRun(tx, { tenantId: actor.org.id, id }), listWegwijzerRuns(tx, { tenantId: actor.org.id })]),
    ),
  );
  return {
    actor,
    run: { ...runSummary(run), notes: run.notes },
    answers: answerLines(run.answers),
    advice: adviceView(run.answers),
    others: runs.filter((r) => r.id !== run.id).map(runSummary),
  };
}

/** Two runs side by side, the earlier one first (by the time they were saved). */
export async function wegwijzerComparePage(orgSlug: string, id: string, otherId: string) {
  const { actor } = await guidanceActor(orgSlug);
  const [a, b] = await orNotFound(
    withTenant(actor, (tx) =>
      Promise.all([getWegwijzerRun(tx, { tenantId: actor.org.id, id }), getWegwijzerRun(tx, { tenantId: actor.org.id, id: otherId })]),
    ),
  );
  const [earlier, later] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
  const blockOf = (code: string) => {
    const advice = wegwijzerCell(code as never)!.advice!;
    return { text: advice.text, reference: cellReference(advice.reference) };
  };
  const activities = compareAdviceCells(earlier.answers, later.answers).map((c) => {
    const activity = WEGWIJZER_ACTIVITIES.find((x) => x.code === c.activity)!;
    return {
      code: c.activity,
      name: activity.name,
      added: c.added,
      removed: c.removed,
      earlier: c.earlier.map((cell) => ({ ...cell, ...blockOf(cell.code) })),
      later: c.later.map((cell) => ({ ...cell, ...blockOf(cell.code) })),
    };
  });
  const questions = answerLines(earlier.answers);
  const laterLines = answerLines(later.answers);
  return {
    actor,
    earlier: runSummary(earlier),
    later: runSummary(later),
    activities,
    changed: changedAnswers(earlier.answers, later.answers).map((change) => ({
      ...change,
      question: questions[change.question - 1]!.question,
      number: change.question,
      earlierLabel: questions[change.question - 1]!.label,
      laterLabel: laterLines[change.question - 1]!.label,
    })),
  };
}
