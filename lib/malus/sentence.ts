// A malus rule explained in one Dutch sentence, shown on the KPI page and in the review, so
// both parties read the same thing the ledger computes.
import { normalizeDecimal, type DecimalInput } from "@/lib/decimal";
import { formatEuroCents, formatNumber } from "@/lib/format";
import type { MalusCap, MalusRule, Tolerance } from "./rule";
import type { Direction, Obligation } from "@/lib/kpis/rules";
import { perCapYear, type CapYearBasis } from "./cap-years";
import { quarterFromKey, quarterLabel } from "@/lib/periods";

const PER_QUARTER_LEAD = "Per kwartaal waarin het doel niet wordt gehaald";

function decimal(value: DecimalInput): string {
  return formatNumber(Number(normalizeDecimal(value)), 4);
}

/** A unit for "per …": a percentage indicator is counted in percentage points. */
function perUnit(unitLabel: string): string {
  return unitLabel.trim() === "%" ? "procentpunt" : unitLabel.trim();
}

function amountOf(unitLabel: string, value: DecimalInput): string {
  return `${decimal(value)} ${perUnit(unitLabel)}`;
}

/** A cap in words: "€ 5.000,00", "2 % van de contractwaarde", "10 % van de kwartaalwaarde". */
export function describeCap(cap: MalusCap, level: "quarter" | "year" | "contract"): string {
  if (cap.kind === "cents") return formatEuroCents(cap.cents);
  const of =
    cap.kind === "percent_of_contract" || level === "contract" ? "contractwaarde" : level === "quarter" ? "kwartaalwaarde" : "jaarwaarde";
  return `${decimal(cap.percent)} % van de ${of}`;
}

function toleranceText(tolerance: Tolerance, unitLabel: string): string {
  return tolerance.kind === "absolute"
    ? `tolerantie ${amountOf(unitLabel, tolerance.value)}`
    : `tolerantie ${decimal(tolerance.percent)} % van het doel`;
}

function joinDutch(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}

function missWord(direction: Direction | undefined): string {
  if (direction === "lower_better") return "boven het doel";
  if (direction === "higher_better") return "onder het doel";
  return "tekort op het doel";
}

/**
 * "Per kwartaal waarin het doel niet wordt gehaald: € 2.500,00 malus, met een maximum van
 * € 10.000,00 per contractjaar (vanaf 1 juli) en 5 % van de contractwaarde over de hele
 * looptijd." The direction of the indicator says whether a shortfall lies above or below the
 * target; the contract says which year a cap per year counts in (a template has no contract yet).
 */
export function describeMalusRule(
  rule: MalusRule,
  indicatorUnitLabel: string,
  direction?: Direction,
  years?: CapYearBasis,
  activityUnit?: string | null,
): string {
  let sentence: string;
  switch (rule.type) {
    case "fixed":
      sentence = `${PER_QUARTER_LEAD}: ${formatEuroCents(rule.amountCents)} malus`;
      break;
    case "percent_of_quarter_value":
      sentence = `${PER_QUARTER_LEAD}: ${decimal(rule.percent)} % van de kwartaalwaarde van het contract als malus`;
      break;
    case "per_unit_shortfall": {
      const factor = normalizeDecimal(rule.factor ?? 1) === "1" ? "" : `${decimal(rule.factor!)} × `;
      const unit = perUnit(indicatorUnitLabel);
      sentence = `Per eenheid tekort: ${factor}${formatEuroCents(rule.centsPerUnit)} per ${unit} ${missWord(direction)}`;
      if (rule.assessment) {
        // Assessed over a stretch, the quarters' shortfalls are netted: the delivered total counts.
        const at =
          rule.assessment.kind === "milestones"
            ? `op de mijlpalen ${joinDutch(rule.assessment.quarters.map((k) => quarterLabel(quarterFromKey(k))))} en bij oplevering`
            : "één keer, bij oplevering";
        const per = activityUnit ? `, maal de hoeveelheid (${activityUnit})` : "";
        sentence = `Beoordeeld ${at}: ${factor}${formatEuroCents(rule.centsPerUnit)} per ${unit} ${missWord(direction)}${per}, opgeteld over de kwartalen sinds de vorige beoordeling`;
      } else if (activityUnit) sentence += `, maal de hoeveelheid (${activityUnit}) van het kwartaal`;
      break;
    }
  }
  if (rule.tolerance) sentence += `, ${toleranceText(rule.tolerance, indicatorUnitLabel)}`;
  const caps = rule.caps ?? {};
  const limits = [
    caps.perQuarter ? `${describeCap(caps.perQuarter, "quarter")} per kwartaal` : null,
    caps.perYear ? `${describeCap(caps.perYear, "year")} ${perCapYear(years)}` : null,
    caps.perContract ? `${describeCap(caps.perContract, "contract")} over de hele looptijd` : null,
  ].filter((part): part is string => part !== null);
  if (limits.length > 0) sentence += `, met een maximum van ${joinDutch(limits)}`;
  return `${sentence}.`;
}

/** The malus line of a KPI page: also says plainly when a KPI cannot or does not carry a malus. */
export function describeKpiMalus(
  kpi: { obligation: Obligation; malusRule?: MalusRule | null },
  indicatorUnitLabel: string,
  direction?: Direction,
  years?: CapYearBasis,
  activityUnit?: string | null,
): string {
  if (kpi.obligation === "inspanning") return "Inspanningsverplichting: deze KPI kent geen malus.";
  if (!kpi.malusRule) return "Resultaatverplichting zonder malusregel: er wordt geen malus berekend.";
  return describeMalusRule(kpi.malusRule, indicatorUnitLabel, direction, years, activityUnit);
}
