// What decides whether a quarter's malus applies, chosen per contract as its malus clause words it:
// - the computed status ("computed_status"): the rule applies to the reported value against the
//   target; what the parties agree not to charge is taken off by a waiver with a reason;
// - the agreed score ("agreed_score"): on track or at risk means no malus; off track means the
//   rule's amount (for a rule per unit short, the measured shortfall times the rate, so nothing
//   when nothing was measured short); not scored, or no score agreed yet, leaves it to the
//   computed status.
import { percentOfCents } from "@/lib/decimal";
import type { MalusRule } from "./rule";

export const MALUS_DECIDERS = ["computed_status", "agreed_score"] as const;
export type MalusDecidedBy = (typeof MALUS_DECIDERS)[number];

export const MALUS_DECIDER_LABELS: Record<MalusDecidedBy, string> = {
  computed_status: "De berekende status (kwijtschelden met een reden)",
  agreed_score: "De afgesproken score",
};

export type AgreedScore = "on_track" | "at_risk" | "off_track" | "not_scored";

/** The rule's amount for a quarter agreed off track, whatever the reported value says. */
export function offTrackCents(rule: MalusRule | null, computedCents: number, quarterValueCents: number): number {
  if (!rule) return 0;
  if (rule.type === "fixed") return rule.amountCents;
  if (rule.type === "percent_of_quarter_value") return percentOfCents(quarterValueCents, rule.percent);
  return computedCents;
}

export type DecidedMalus = { cents: number; basis: "computed" | "agreed" };

/** The malus of one KPI in one quarter before waivers and caps, and what decided it. */
export function decideMalus(
  by: MalusDecidedBy,
  agreed: AgreedScore | null | undefined,
  computedCents: number,
  missedCents: number,
): DecidedMalus {
  if (by === "computed_status" || !agreed || agreed === "not_scored") return { cents: computedCents, basis: "computed" };
  return { cents: agreed === "off_track" ? missedCents : 0, basis: "agreed" };
}
