"use server";

// The server actions of the review page: one entry point that runs the named review action for
// the session's user and refreshes the review pages. The actions themselves check who may do what.
import { revalidatePath } from "next/cache";
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
import { planReview, refreshReview } from "@/lib/reviews/plan-actions";
import { commentOnScore, scoreKpi, settleScore } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { formDataToObject } from "@/lib/http/input";
import { runAction } from "@/lib/http/next";

const ACTIONS = {
  plan: [planReview, "De review is gepland en de uitnodigingen zijn verstuurd."],
  refresh: [refreshReview, "De voorbereiding is bijgewerkt met de laatste rapportage."],
  score: [scoreKpi, "De score is vastgelegd."],
  comment: [commentOnScore, "Je reactie is geplaatst."],
  settle: [settleScore, "De betwisting is afgehandeld."],
  addKpi: [addKpiDecision, "Het besluit om de KPI toe te voegen is vastgelegd."],
  retireKpi: [retireKpiDecision, "Het besluit om de KPI te beëindigen is vastgelegd."],
  growthPath: [growthPathDecision, "Het besluit over het groeipad is vastgelegd."],
  setMalus: [setMalusDecision, "Het besluit over de malusregel is vastgelegd."],
  actionItem: [actionItemDecision, "De actie is vastgelegd."],
  removeDecision: [removeDecision, "Het besluit is verwijderd."],
  waive: [waiveMalus, "De malus is aangepast."],
  approveWaiver: [approveWaiver, "De kwijtschelding is goedgekeurd."],
  lesson: [addLesson, "De les is vastgelegd."],
  sign: [signReview, "Je hebt de review ondertekend."],
  amend: [amendReview, "De correctie is vastgelegd."],
  closeAction: [closeActionItem, "De actie is afgesloten."],
} as const;

export type ReviewActionName = keyof typeof ACTIONS;

export async function reviewAction(
  org: string,
  contractId: string,
  quarter: string,
  name: ReviewActionName,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const entry = ACTIONS[name];
  if (!entry) return { ok: false, error: "Onbekende handeling." };
  const [action, message] = entry;
  const raw = formDataToObject(form);
  const input = name === "plan" ? { ...raw, contractId, quarter } : raw;
  // The table mixes actions with different results; only the shared fields are read below.
  const result = await runAction(action as Parameters<typeof runAction>[0], org, input);
  if (!result.ok) return result;
  const base = `/${org}/contracten/${contractId}`;
  revalidatePath(`${base}/reviews/${quarter}`);
  revalidatePath(`${base}/reviews`);
  revalidatePath(base);
  const data = result.data as { needsApproval?: boolean; status?: string };
  if (name === "waive" && data.needsApproval)
    return {
      ok: true,
      message: "De malus is aangepast. De kwijtschelding wacht op goedkeuring door een coördinator of beheerder (vier ogen).",
    };
  if (name === "sign" && data.status === "final") return { ok: true, message: "Beide partijen hebben getekend: de review is definitief." };
  return { ok: true, message };
}
