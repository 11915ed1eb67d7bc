// Pure rules of the Waardenwiel (seed 004, chapter 2): the three purchasing pillars, priorities,
// goal validation and the eight steps of the ambition workflow (figure 8).
import { parseStorableDecimal } from "@/lib/decimal-fields";
import { decimalInput, formatNumber } from "@/lib/format";

const PILLARS = {
  ecologisch_sociaal: "Ecologisch & sociaal",
  samenwerking: "Samenwerking",
  gedragsverandering: "Gedragsverandering",
} as const;
export type Pillar = keyof typeof PILLARS;
export const PILLAR_KEYS = Object.keys(PILLARS) as Pillar[];

export const PILLAR_DESCRIPTIONS: Record<Pillar, string> = {
  ecologisch_sociaal: "Maatschappelijke impact, mens en milieu centraal, ook voor de generaties na ons.",
  samenwerking: "Integraal samenwerken aan de ambitie, in de eigen organisatie en met de hele keten.",
  gedragsverandering: "Mensen motiveren het anders te doen, met ambassadeurs die durven te experimenteren.",
};

export function pillarLabel(key: string): string {
  return (PILLARS as Record<string, string>)[key] ?? key;
}

/** The seed requires all three pillars on the wheel; these are the ones no theme covers yet. */
export function missingPillars(themes: ReadonlyArray<{ pillar: string }>): Pillar[] {
  const present = new Set(themes.map((t) => t.pillar));
  return PILLAR_KEYS.filter((p) => !present.has(p));
}

/** "Ecologisch & sociaal en Samenwerking": pillar names as a Dutch enumeration. */
export function pillarList(pillars: readonly Pillar[]): string {
  const names = pillars.map(pillarLabel);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}

export const MAX_TOP_PRIORITY = 5;

/** More than five themes sharing the highest priority means there is no focus. */
export function topPriorityOverload(themes: ReadonlyArray<{ priorityRank: number | null }>): { rank: number; count: number } | null {
  const ranks = themes.map((t) => t.priorityRank).filter((r): r is number => r !== null);
  if (ranks.length === 0) return null;
  const rank = Math.min(...ranks);
  const count = ranks.filter((r) => r === rank).length;
  return count > MAX_TOP_PRIORITY ? { rank, count } : null;
}

export type PriorityEntry = { themeId: string; rank: number | null; tied: boolean };

/**
 * Ranks are unique per wheel unless every theme sharing a rank is marked as a deliberate tie.
 * Returns field errors keyed `rank.<themeId>`; empty when the set is valid.
 */
export function priorityErrors(entries: readonly PriorityEntry[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const byRank = new Map<number, PriorityEntry[]>();
  for (const entry of entries) {
    if (entry.rank === null) continue;
    byRank.set(entry.rank, [...(byRank.get(entry.rank) ?? []), entry]);
  }
  for (const [rank, sharing] of byRank) {
    if (sharing.length < 2 || sharing.every((e) => e.tied)) continue;
    for (const entry of sharing) {
      errors[`rank.${entry.themeId}`] =
        `Rang ${rank} komt ${sharing.length} keer voor. Geef elk thema een eigen rang, of vink bij al deze thema's "gelijk" aan.`;
    }
  }
  return errors;
}

/** A tie mark only means something when the rank is shared; a lone "tied" rank is stored as not tied. */
export function normalisePriorities(entries: readonly PriorityEntry[]): PriorityEntry[] {
  return entries.map((entry) => {
    const shared = entry.rank !== null && entries.filter((e) => e.rank === entry.rank).length > 1;
    return { ...entry, tied: shared && entry.tied };
  });
}

/** Themes ordered by priority (unprioritised last), then by their place on the ring. */
export function byPriority<T extends { priorityRank: number | null; position: number }>(themes: readonly T[]): T[] {
  return [...themes].sort(
    (a, b) => (a.priorityRank ?? Number.MAX_SAFE_INTEGER) - (b.priorityRank ?? Number.MAX_SAFE_INTEGER) || a.position - b.position,
  );
}

export type IndicatorBounds = { unitCode: string; minValue: string | number | null; maxValue: string | number | null };

/** The range a value of an indicator must lie in: percentages 0–100, otherwise the catalogue's own bounds. */
function indicatorRange(indicator: IndicatorBounds): { min: number | null; max: number | null } {
  const min = indicator.minValue === null ? null : Number(indicator.minValue);
  const max = indicator.maxValue === null ? null : Number(indicator.maxValue);
  if (indicator.unitCode === "P1") return { min: Math.max(min ?? 0, 0), max: Math.min(max ?? 100, 100) };
  return { min, max };
}

export type GoalNumbers = { targetValue: string; baseValue: string; targetYear: number; baseYear: number };
export type ParsedGoalNumbers = { targetValue: string; baseValue: string; targetYear: number; baseYear: number };

/**
 * Checks the numbers of a quantitative goal against its indicator: decimal comma, at most four
 * decimals, within the indicator's range (0–100 for percentages), target year after base year.
 * Returns the values normalised for the database ("12.5"), or field errors.
 */
export function checkQuantitativeGoal(
  input: GoalNumbers,
  indicator: IndicatorBounds & { unitLabel?: string },
): { ok: true; value: ParsedGoalNumbers } | { ok: false; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const range = indicatorRange(indicator);
  const parse = (field: "targetValue" | "baseValue") => {
    const parsed = parseStorableDecimal(input[field]);
    if (!parsed.ok) {
      fieldErrors[field] = parsed.error;
      return "";
    }
    const value = Number(parsed.normalized);
    if (range.min !== null && value < range.min) {
      fieldErrors[field] = rangeMessage(indicator, range);
    } else if (range.max !== null && value > range.max) {
      fieldErrors[field] = rangeMessage(indicator, range);
    }
    return parsed.normalized;
  };
  const targetValue = parse("targetValue");
  const baseValue = parse("baseValue");
  if (input.targetYear <= input.baseYear) fieldErrors.targetYear = "Het doeljaar moet na het basisjaar liggen.";
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: { targetValue, baseValue, targetYear: input.targetYear, baseYear: input.baseYear } };
}

function rangeMessage(indicator: IndicatorBounds, range: { min: number | null; max: number | null }): string {
  if (indicator.unitCode === "P1") return "Een percentage ligt tussen 0 en 100.";
  if (range.min !== null && range.max !== null)
    return `Deze indicator loopt van ${decimalInput(range.min)} tot en met ${decimalInput(range.max)}.`;
  if (range.min !== null) return `Deze indicator is minimaal ${decimalInput(range.min)}.`;
  return `Deze indicator is hoogstens ${decimalInput(range.max!)}.`;
}

export type WheelForProgress = {
  ambition: string | null;
  analysis: { currentSituation?: string; stakeholders?: string; xcurve?: Record<string, string | undefined> };
  publishedAt: Date | null;
  themes: ReadonlyArray<{
    pillar: string;
    priorityRank: number | null;
    subthemes: readonly unknown[];
    goals: ReadonlyArray<{ kind: "qualitative" | "quantitative" }>;
  }>;
};

export type WheelStep = { number: number; slug: string; title: string; summary: string; done: boolean };

const filled = (text: string | null | undefined) => Boolean(text && text.trim());

/**
 * The eight steps of figure 8 ("Workflow duurzame ambitie formuleren"), each marked done from the
 * data itself, so the progress can never disagree with the wheel.
 */
export function wheelProgress(wheel: WheelForProgress): WheelStep[] {
  const { themes, analysis } = wheel;
  const goals = themes.flatMap((t) => t.goals);
  const hasQuantitative = goals.some((g) => g.kind === "quantitative");
  const xcurveUsed = Object.values(analysis.xcurve ?? {}).some(filled);
  const steps: Array<Omit<WheelStep, "number">> = [
    {
      slug: "analyse",
      title: "Interne analyse",
      summary: "Huidige situatie, stakeholders, documenten en een X-curve-analyse van lopende acties.",
      done: filled(analysis.currentSituation) && filled(analysis.stakeholders) && xcurveUsed,
    },
    {
      slug: "themas",
      title: "Definieer duurzaamheid",
      summary: "Zet de thema's op de buitenste ring, over alle drie de inkooppijlers.",
      done: themes.length > 0 && missingPillars(themes).length === 0,
    },
    {
      slug: "concretisering",
      title: "Concretiseer thema's",
      summary: "Vul de taartpunten: de subthema's die elk thema concreet maken.",
      done: themes.length > 0 && themes.every((t) => t.subthemes.length > 0),
    },
    {
      slug: "prioriteiten",
      title: "Prioriteer thema's",
      summary: "Rangschik de thema's naar hoe belangrijk ze voor de organisatie zijn.",
      done: themes.length > 0 && themes.every((t) => t.priorityRank !== null),
    },
    {
      slug: "ambitie",
      title: "Formuleer ambitie",
      summary: "Vat thema's, concretisering en prioriteiten samen in één duurzame ambitie.",
      done: filled(wheel.ambition),
    },
    {
      slug: "doelen",
      title: "Concretiseer doelen",
      summary: "Vertaal de thema's naar kwalitatieve en kwantitatieve doelen.",
      done: goals.some((g) => g.kind === "qualitative") && hasQuantitative,
    },
    {
      slug: "visie",
      title: "Creëer engagement",
      summary: "Deel de visieplaat met de organisatie, zodat de ambitie gedragen wordt.",
      done: wheel.publishedAt !== null,
    },
    {
      slug: "meten",
      title: "Meten en monitoren",
      summary: "Meet periodiek op de kwantitatieve doelen en stuur tijdig bij.",
      done: hasQuantitative,
    },
  ];
  return steps.map((step, index) => ({ number: index + 1, ...step }));
}

type GoalForText = {
  kind: "qualitative" | "quantitative";
  baseYear: number | null;
  baseValue: string | null;
  targetYear: number | null;
  targetValue: string | null;
  indicator: { name: string; unitLabel: string; unitCode: string } | null;
};

/** "Plantaardige eiwitten: van 35,5 % in 2024 naar 60 % in 2030"; empty for a qualitative goal. */
export function goalTargetText(goal: GoalForText): string {
  if (goal.kind !== "quantitative" || !goal.indicator || goal.targetValue === null) return "";
  const unit = goal.indicator.unitCode === "P1" ? "%" : goal.indicator.unitLabel;
  const value = (v: string) => `${formatNumber(Number(v), 4)} ${unit}`;
  const base = goal.baseValue !== null && goal.baseYear !== null ? `van ${value(goal.baseValue)} in ${goal.baseYear} ` : "";
  return `${goal.indicator.name}: ${base}naar ${value(goal.targetValue)} in ${goal.targetYear}`;
}
