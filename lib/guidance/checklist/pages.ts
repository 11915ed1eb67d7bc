// What the checklist pages need from the server, read inside the actor's tenant transaction.
// Results leave here as counts and means only: nobody's name travels with a score or a comment.
import { orNotFound } from "@/lib/auth/session";
import { CHECKLIST_SCALE, CHECKLIST_STATEMENTS, CHECKLIST_THEMES, THEME_SUMMARY_NOTE } from "./content";
import { checklistTrend, statementSummaries, themeSummaries } from "./rules";
import { describeDistribution, describeTrend, statementRows, themeRows, themeTrendRows } from "./view";
import { guidanceActor } from "@/lib/guidance/actor";
import {
  checklistComments,
  checklistResponses,
  getChecklistRound,
  listChecklistRounds,
  myChecklistAnswers,
  type ChecklistRoundRow,
} from "./queries";
import { formatReference } from "@/lib/guidance/reference";
import { withTenant } from "@/lib/tenancy";

function roundSummary(round: Pick<ChecklistRoundRow, "id" | "title" | "openedAt" | "closedAt" | "version">) {
  return {
    id: round.id,
    title: round.title,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    version: round.version,
    open: !round.closedAt,
  };
}

export async function checklistOverviewPage(orgSlug: string) {
  const { actor, canEdit, canAnswer } = await guidanceActor(orgSlug);
  const { rounds, responses } = await withTenant(actor, async (tx) => {
    const rounds = await listChecklistRounds(tx, { tenantId: actor.org.id });
    const answered = rounds.filter((r) => r.respondents > 0).map((r) => r.id);
    return { rounds, responses: await checklistResponses(tx, { tenantId: actor.org.id, roundIds: answered }) };
  });
  // The trend follows the rounds in the order they were opened; rounds nobody answered are left out.
  const trend = themeTrendRows(
    checklistTrend(rounds.filter((r) => responses.has(r.id)).map((r) => ({ id: r.id, label: r.title, responses: responses.get(r.id)! }))),
  );
  return {
    actor,
    canEdit,
    canAnswer,
    rounds: rounds.map((r) => ({ ...roundSummary(r), respondents: Number(r.respondents) })).reverse(),
    trend,
    trendDescription: describeTrend(trend),
    openRoundIds: rounds.filter((r) => !r.closedAt).map((r) => r.id),
    themes: CHECKLIST_THEMES.map((t) => ({ id: t.id, name: t.shortName })),
  };
}

/** The statements grouped by theme, with their notes and tips written out for the page. */
function statementsByTheme() {
  return CHECKLIST_THEMES.map((theme) => ({
    id: theme.id,
    title: theme.title,
    shortName: theme.shortName,
    statements: CHECKLIST_STATEMENTS.filter((s) => s.theme === theme.id).map((s) => ({
      id: s.id,
      text: s.text,
      items: [...s.items],
      notes: [...s.notes],
      tips: s.tips.map((tip) => ({ text: tip.text, reference: formatReference(tip.reference) })),
    })),
  }));
}

export async function checklistRoundPage(orgSlug: string, id: string) {
  const { actor, canEdit, canAnswer } = await guidanceActor(orgSlug);
  const { round, mine } = await orNotFound(
    withTenant(actor, async (tx) => {
      const round = await getChecklistRound(tx, { tenantId: actor.org.id, id });
      return { round, mine: await myChecklistAnswers(tx, { tenantId: actor.org.id, roundId: round.id, userId: actor.userId }) };
    }),
  );
  return {
    actor,
    canEdit,
    canAnswer,
    round: roundSummary(round),
    themes: statementsByTheme(),
    scale: CHECKLIST_SCALE.map((s) => ({ score: s.score, label: s.label })),
    mine: Object.fromEntries(mine.map((a) => [a.statementId, { score: a.score, comment: a.comment ?? "" }])),
    answered: mine.length,
    total: CHECKLIST_STATEMENTS.length,
  };
}

export async function checklistResultsPage(orgSlug: string, id: string) {
  const { actor, canEdit } = await guidanceActor(orgSlug);
  const { round, responses, comments } = await orNotFound(
    withTenant(actor, async (tx) => {
      const round = await getChecklistRound(tx, { tenantId: actor.org.id, id });
      const responses = (await checklistResponses(tx, { tenantId: actor.org.id, roundIds: [round.id] })).get(round.id) ?? [];
      return { round, responses, comments: await checklistComments(tx, { tenantId: actor.org.id, roundId: round.id }) };
    }),
  );
  const statements = statementRows(statementSummaries(responses));
  const themes = themeRows(themeSummaries(responses));
  return {
    actor,
    canEdit,
    round: roundSummary(round),
    respondents: responses.length,
    statements,
    statementDescription: describeDistribution(statements, "Stelling"),
    themes,
    themeDescription: describeDistribution(themes, "Thema"),
    themeNote: THEME_SUMMARY_NOTE,
    scale: CHECKLIST_SCALE.map((s) => s.label),
    comments: CHECKLIST_STATEMENTS.map((s) => ({
      id: s.id,
      text: s.text,
      comments: comments.filter((c) => c.statementId === s.id).map((c) => c.comment),
    })).filter((s) => s.comments.length > 0),
  };
}
