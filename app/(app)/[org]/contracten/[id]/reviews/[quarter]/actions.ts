"use server";

// The server actions of the review page, one per form, for the session's user. The actions
// themselves check who may do what; each one here refreshes the review pages and says what happened.
import { revalidatePath } from "next/cache";
import type { BulkAnswer } from "@/app/_components/ui/bulk";
import type { FormState } from "@/app/_components/ui/form";
import { addLesson, amendReview, closeActionItem } from "@/lib/reviews/amend-actions";
import {
  addKpiDecision,
  growthPathDecision,
  actionItemDecision,
  removeDecision,
  retireKpiDecision,
  setMalusDecision,
} from "@/lib/reviews/decision-actions";
import { approveWaiver, waiveMalus } from "@/lib/malus/waiver-actions";
import { decideInnovation, removeInnovationDecision } from "@/lib/innovations/actions";
import { closeActionItems } from "@/lib/reviews/bulk-actions";
import { cancelMeeting, planReview, refreshReview } from "@/lib/reviews/plan-actions";
import { commentOnScore, scoreKpi, settleScore } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction, type AnyAction } from "@/lib/http/next";

type ReviewAt = { org: string; contractId: string; quarter: string };

/** Runs the action, refreshes every page that shows the review, then answers with the message. */
async function runOnReview<T>(
  at: ReviewAt,
  action: AnyAction<T>,
  input: unknown,
  message: string | ((data: T) => string),
): Promise<FormState> {
  const result = await runAction(action, at.org, input);
  if (!result.ok) return result;
  const base = `/${at.org}/contracten/${at.contractId}`;
  revalidatePath(`${base}/reviews/${at.quarter}`);
  revalidatePath(`${base}/reviews`);
  revalidatePath(base);
  return { ok: true, message: typeof message === "string" ? message : message(result.data) };
}

export async function planReviewAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const input = { ...formDataToObject(form), contractId, quarter };
  return runOnReview({ org, contractId, quarter }, planReview, input, "De review is gepland en de uitnodigingen zijn verstuurd.");
}

export async function cancelMeetingAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const message = "Het overleg is afgezegd en de deelnemers hebben een afzegging voor hun agenda gekregen.";
  return runOnReview({ org, contractId, quarter }, cancelMeeting, formDataToObject(form), message);
}

export async function refreshReviewAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const message = "De voorbereiding is bijgewerkt met de laatste rapportage.";
  return runOnReview({ org, contractId, quarter }, refreshReview, formDataToObject(form), message);
}

export async function scoreKpiAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, scoreKpi, formDataToObject(form), "De score is vastgelegd.");
}

export async function commentOnScoreAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, commentOnScore, formDataToObject(form), "Je reactie is geplaatst.");
}

export async function settleScoreAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, settleScore, formDataToObject(form), "De betwisting is afgehandeld.");
}

export async function addKpiDecisionAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const message = "Het besluit om de KPI toe te voegen is vastgelegd.";
  return runOnReview({ org, contractId, quarter }, addKpiDecision, formDataToObject(form), message);
}

export async function retireKpiDecisionAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const message = "Het besluit om de KPI te beëindigen is vastgelegd.";
  return runOnReview({ org, contractId, quarter }, retireKpiDecision, formDataToObject(form), message);
}

export async function growthPathDecisionAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const message = "Het besluit over het groeipad is vastgelegd.";
  return runOnReview({ org, contractId, quarter }, growthPathDecision, formDataToObject(form), message);
}

export async function setMalusDecisionAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const message = "Het besluit over de malusregel is vastgelegd.";
  return runOnReview({ org, contractId, quarter }, setMalusDecision, formDataToObject(form), message);
}

export async function actionItemDecisionAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, actionItemDecision, formDataToObject(form), "De actie is vastgelegd.");
}

export async function removeDecisionAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, removeDecision, formDataToObject(form), "Het besluit is verwijderd.");
}

/** A waiver above the threshold is not final yet: the message says who still has to approve it. */
export async function waiveMalusAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, waiveMalus, formDataToObject(form), (data) =>
    data.needsApproval
      ? "De malus is aangepast. De kwijtschelding wacht op goedkeuring door een coördinator of beheerder (vier ogen)."
      : "De malus is aangepast.",
  );
}

export async function approveWaiverAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, approveWaiver, formDataToObject(form), "De kwijtschelding is goedgekeurd.");
}

export async function addLessonAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, addLesson, formDataToObject(form), "De les is vastgelegd.");
}

/** The second signature makes the review final; the message says so. */
export async function signReviewAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, signReview, formDataToObject(form), (data) =>
    data.status === "final" ? "Beide partijen hebben getekend: de review is definitief." : "Je hebt de review ondertekend.",
  );
}

export async function amendReviewAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, amendReview, formDataToObject(form), "De correctie is vastgelegd.");
}

export async function closeActionItemAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  return runOnReview({ org, contractId, quarter }, closeActionItem, formDataToObject(form), "De actie is afgesloten.");
}

/** Several open action items marked done at once; each succeeds or fails on its own. */
export async function closeActionItemsAction(org: string, contractId: string, quarter: string, items: string[]): Promise<BulkAnswer> {
  const answer = await runAction(closeActionItems, org, { items });
  if (answer.ok && answer.data.succeeded > 0) revalidatePath(`/${org}/contracten/${contractId}/reviews/${quarter}`);
  return answer;
}

export async function decideInnovationAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const result = await runOnReview(
    { org, contractId, quarter },
    decideInnovation,
    formDataToObject(form),
    "Het besluit over de innovatie is vastgelegd.",
  );
  if (result?.ok) revalidatePath(`/${org}/contracten/${contractId}/innovaties`);
  return result;
}

export async function removeInnovationDecisionAction(org: string, contractId: string, quarter: string, _state: FormState, form: FormData) {
  const result = await runOnReview(
    { org, contractId, quarter },
    removeInnovationDecision,
    formDataToObject(form),
    "Het besluit over de innovatie is verwijderd.",
  );
  if (result?.ok) revalidatePath(`/${org}/contracten/${contractId}/innovaties`);
  return result;
}
