// The overall score of a review, 0–100, as supplier assessments weigh KPIs (Mercell/Negometrix
// questionnaires weigh questions and have knock-outs). Rules decided here:
// - The weighted mean of the agreed scores: on track 100, at risk 50, off track 0 points, each
//   KPI weighing its weight.
// - A KPI not scored (or with no agreed score yet) is left out and the weights of the others are
//   renormalised; with none scored there is no overall score, never a 0.
// - A knock-out KPI off track caps the overall score at 50, and the score says which did.
// - With groups (contracts.score_groups): each group's score is the weighted mean of its scored
//   KPIs, and the overall score the mean of the group scores weighted by the group weights; a
//   group without a scored KPI is left out and the group weights renormalised. A KPI in no group
//   (or in a group since removed) counts in the group "Overige KPI's" with weight 1, so a KPI
//   added later never drops out unseen.
// - Rounded half up to a whole number once, at the end.
import { normalizeDecimal } from "@/lib/decimal";
import { formatNumber } from "@/lib/format";

export const SCORE_POINTS = { on_track: 100, at_risk: 50, off_track: 0 } as const;
export const KNOCK_OUT_CAP = 50;

export type WeighedKpi = { name: string; weight: string; knockOut: boolean; agreedScore: string | null; group?: string | null };
export type WeightGroup = { key: string; name: string; weight: string };

const OTHER_GROUP = { key: "", name: "Overige KPI's", weight: "1" };

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

type Scored = WeighedKpi & { agreedScore: keyof typeof SCORE_POINTS };
const weightOf = (w: string) => Number(normalizeDecimal(w));

/** The weighted mean of some scored KPIs, with its terms for the formula. */
function meanOf(scored: Scored[]) {
  const total = scored.reduce((sum, k) => sum + weightOf(k.weight), 0);
  const mean = total > 0 ? scored.reduce((sum, k) => sum + weightOf(k.weight) * SCORE_POINTS[k.agreedScore], 0) / total : null;
  const terms = scored.map((k) => `${formatNumber(weightOf(k.weight))} × ${SCORE_POINTS[k.agreedScore]}`).join(" + ");
  return { mean, total, text: `(${terms}) / ${formatNumber(total)}` };
}

export function overallScore(kpis: WeighedKpi[], groups: WeightGroup[] = []): OverallScore {
  const scored = kpis.filter((k): k is Scored => Object.hasOwn(SCORE_POINTS, k.agreedScore ?? ""));
  const knockedOutBy = scored.filter((k) => k.knockOut && k.agreedScore === "off_track").map((k) => k.name);
  const base = { counted: scored.length, total: kpis.length, knockedOutBy };
  const none = { ...base, score: null, formula: "Nog geen KPI gescoord: er is geen totaalscore." };
  const points = "(op koers 100, risico 50, niet op koers 0 punten)";
  let mean: number;
  let explained: string;
  if (groups.length === 0) {
    const all = meanOf(scored);
    if (all.mean === null) return none;
    mean = all.mean;
    explained = `Gewogen gemiddelde van de afgesproken scores ${points}: ${all.text} = ${formatNumber(mean, 1)}.`;
  } else {
    const known = new Set(groups.map((g) => g.key));
    const groupOf = (k: WeighedKpi) => (k.group && known.has(k.group) ? k.group : OTHER_GROUP.key);
    const perGroup = [...groups, OTHER_GROUP]
      .map((g) => ({ group: g, ...meanOf(scored.filter((k) => groupOf(k) === g.key)) }))
      .filter((g): g is typeof g & { mean: number } => g.mean !== null && weightOf(g.group.weight) > 0);
    const total = perGroup.reduce((sum, g) => sum + weightOf(g.group.weight), 0);
    if (total <= 0) return none;
    mean = perGroup.reduce((sum, g) => sum + weightOf(g.group.weight) * g.mean, 0) / total;
    const lines = perGroup.map(
      (g) => `${g.group.name} (gewicht ${formatNumber(weightOf(g.group.weight))}): ${g.text} = ${formatNumber(g.mean, 1)}`,
    );
    const sum = perGroup.map((g) => `${formatNumber(weightOf(g.group.weight))} × ${formatNumber(g.mean, 1)}`).join(" + ");
    explained = `Per groep het gewogen gemiddelde van de afgesproken scores ${points}: ${lines.join("; ")}. Samen: (${sum}) / ${formatNumber(total)} = ${formatNumber(mean, 1)}.`;
  }
  const rounded = Math.floor(mean + 0.5 + 1e-9);
  const score = knockedOutBy.length > 0 ? Math.min(rounded, KNOCK_OUT_CAP) : rounded;
  const left = kpis.length - scored.length;
  const formula = [
    explained,
    left > 0 ? `${left} niet gescoorde KPI${left === 1 ? "" : "'s"} tel${left === 1 ? "t" : "len"} niet mee.` : null,
    knockedOutBy.length > 0 ? `Knock-out niet op koers (${knockedOutBy.join(", ")}): hoogstens ${KNOCK_OUT_CAP}.` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return { ...base, score, formula };
}
