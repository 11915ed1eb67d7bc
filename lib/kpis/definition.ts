// What every KPI must satisfy, whoever writes it (a proposal, an edit, a template, an import):
// checked in lib/kpis/store before a row is written. Pure, so the rules are unit-tested.
import type { ScoreMeanings, StoredMilestone } from "@/db/schema";
import { contractQuarters, parseQuarter, quarterLabel } from "@/lib/periods";
import { growthPathErrors, type Interpolation } from "@/lib/kpis/growth-path";
import { malusRuleErrors, type MalusRule } from "@/lib/malus/rule";
import { isQualitativeScore, QUALITATIVE_SCORES, type KpiKind, type Obligation } from "@/lib/kpis/rules";

export type PathInput = { interpolation: Interpolation; milestones: StoredMilestone[] };

const isWholeScore = (value: string) => value.trim() !== "" && isQualitativeScore(Number(value));

/**
 * A qualitative KPI is scored 1–4: every score has its written meaning, and the baseline and the
 * targets are whole scores. Checked where input arrives (the zod schemas, so the form shows these
 * together) and again before any KPI is written.
 */
export function scoreErrors(fields: {
  kind: KpiKind;
  scoreMeanings?: Partial<ScoreMeanings> | null;
  baselineValue?: string | null;
  milestones?: Array<{ value: string }>;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (fields.kind !== "qualitative") return errors;
  if (fields.scoreMeanings !== undefined) {
    for (const score of QUALITATIVE_SCORES) {
      if (!fields.scoreMeanings?.[score]?.trim()) errors[`scoreMeanings.${score}`] = `Schrijf op wat score ${score} betekent.`;
    }
  }
  if (fields.baselineValue != null && !isWholeScore(fields.baselineValue)) {
    errors.baselineValue = "De nulmeting is een hele score: kies 1, 2, 3 of 4.";
  }
  for (const [i, m] of (fields.milestones ?? []).entries()) {
    if (!isWholeScore(m.value)) errors[`milestones.${i}.value`] = "Het doel is een hele score: kies 1, 2, 3 of 4.";
  }
  return errors;
}

/** The field rules every KPI meets, also used when an existing KPI is edited. */
export function kpiFieldErrors(fields: {
  kind: KpiKind;
  obligation: Obligation;
  indicatorId?: string | null;
  scoreMeanings?: Partial<ScoreMeanings> | null;
  malusRule?: MalusRule | null;
  baselineValue?: string | null;
  baselineQuarter?: string | null;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (fields.kind === "quantitative" && !fields.indicatorId) errors.indicatorId = "Kies de indicator waarin deze KPI gemeten wordt.";
  Object.assign(
    errors,
    scoreErrors({ kind: fields.kind, scoreMeanings: fields.scoreMeanings ?? null, baselineValue: fields.baselineValue }),
  );
  if (fields.malusRule) {
    if (fields.obligation !== "resultaat") errors.malusRule = "Alleen een resultaatverplichting kan een malus hebben.";
    else {
      const ruleErrors = malusRuleErrors(fields.malusRule);
      if (ruleErrors.length > 0) errors.malusRule = ruleErrors.join(" ");
    }
  }
  if (fields.baselineValue != null && !fields.baselineQuarter) errors.baselineQuarter = "Geef het kwartaal van de nulmeting.";
  if (fields.baselineQuarter && !parseQuarter(fields.baselineQuarter)) errors.baselineQuarter = "Geef een kwartaal zoals 2026 K1.";
  return errors;
}

/** Path rules plus: every milestone lies within the contract's quarters, and is a whole score for a qualitative KPI. */
export function milestoneErrors(contract: { startDate: string; endDate: string }, path: PathInput, kind: KpiKind): Record<string, string> {
  const targetErrors = scoreErrors({ kind, milestones: path.milestones });
  const quarters = path.milestones.map((m) => parseQuarter(m.quarter));
  if (quarters.some((q) => q === null)) return { milestones: "Elke mijlpaal heeft een kwartaal nodig.", ...targetErrors };
  const errors = growthPathErrors({
    interpolation: path.interpolation,
    milestones: path.milestones.map((m, i) => ({ quarter: quarters[i]!, value: m.value })),
  });
  const contractKeys = new Set(contractQuarters(contract.startDate, contract.endDate).map((q) => q.key));
  for (const [i, m] of path.milestones.entries()) {
    if (!contractKeys.has(m.quarter))
      errors.push(`De mijlpaal van ${quarterLabel(quarters[i]!)} valt buiten de looptijd van het contract.`);
  }
  return errors.length > 0 ? { milestones: errors.join(" "), ...targetErrors } : targetErrors;
}
