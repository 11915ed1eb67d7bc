// The overall score of a review, 0–100, as supplier assessments weigh KPIs (Mercell/Negometrix
// questionnaires weigh questions and have knock-outs). Rules decided here:
// - The weighted mean of the agreed scores: on track 100, at risk 50, off track 0 points, each
//   KPI weighing its weight.
// - A KPI not scored (or with no agreed score yet) is left out and the weights of the others are
//   renormalised; with none scored there is no overall score, never a 0.
// - A knock-out KPI off track caps the overall score at 50, and the score says which did.
// - Rounded half up to a whole number once, at the end.
import { normalizeDecimal } from "@/lib/decimal";
import { formatNumber } from "@/lib/format";

export const SCORE_POINTS = { on_track: 100, at_risk: 50, off_track: 0 } as const;
export const KNOCK_OUT_CAP = 50;

export type WeighedKpi = { name: string; weight: string; knockOut: boolean; agreedScore: string | null };

export type OverallScore = {
  /** 0–100, or null when no KPI was scored. */
  score: number | null;
  counted: number;
  total: number;
  /** The knock-out KPIs off track that capped the score. */
  knockedOutBy: string[];
  /** How the score came about, in Dutch, to show beside it. */
  formula: string;
};

export function overallScore(kpis: WeighedKpi[]): OverallScore {
  const scored = kpis.filter((k): k is WeighedKpi & { agreedScore: keyof typeof SCORE_POINTS } => Object.hasOwn(SCORE_POINTS, k.agreedScore ?? ""));
  const weightOf = (k: WeighedKpi) => Number(normalizeDecimal(k.weight));
  const totalWeight = scored.reduce((sum, k) => sum + weightOf(k), 0);
  const knockedOutBy = scored.filter((k) => k.knockOut && k.agreedScore === "off_track").map((k) => k.name);
  const base = { counted: scored.length, total: kpis.length, knockedOutBy };
  if (scored.length === 0 || totalWeight <= 0) {
    return { ...base, score: null, formula: "Nog geen KPI gescoord: er is geen totaalscore." };
  }
  const mean = scored.reduce((sum, k) => sum + weightOf(k) * SCORE_POINTS[k.agreedScore], 0) / totalWeight;
  const rounded = Math.floor(mean + 0.5 + 1e-9);
  const score = knockedOutBy.length > 0 ? Math.min(rounded, KNOCK_OUT_CAP) : rounded;
  const terms = scored.map((k) => `${formatNumber(weightOf(k))} × ${SCORE_POINTS[k.agreedScore]}`).join(" + ");
  const left = kpis.length - scored.length;
  const formula = [
    `Gewogen gemiddelde van de afgesproken scores (op koers 100, risico 50, niet op koers 0 punten): (${terms}) / ${formatNumber(totalWeight)} = ${formatNumber(mean, 1)}.`,
    left > 0 ? `${left} niet gescoorde KPI${left === 1 ? "" : "'s"} tel${left === 1 ? "t" : "len"} niet mee.` : null,
    knockedOutBy.length > 0 ? `Knock-out niet op koers (${knockedOutBy.join(", ")}): hoogstens ${KNOCK_OUT_CAP}.` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return { ...base, score, formula };
}
