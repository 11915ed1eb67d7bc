// Malus (financial deduction) for a result KPI that misses its target in a quarter. Seed 002
// §4.1.6: "in onze kwartaalgesprekken stemmen we samen af hoe er gescoord is. Dat kan op sommige
// onderdelen ook nog wel eens tot een malus leiden." Only a result obligation (resultaat) can
// carry a malus; an effort obligation (inspanning, seed 002 §2.2.7) never does.
//
// Rules decided here:
// - Money is integer cents; KPI values are exact four-place decimals (lib/decimal). Each amount
//   is rounded once, half away from zero, to the cent.
// - Shortfall is measured against the quarter's growth-path target and depends on direction:
//   for lower-is-better a value above the target is the shortfall.
// - A tolerance is a threshold, not a deductible: a shortfall up to and including the tolerance
//   is no breach; beyond it the whole shortfall counts.
// - The quarter's contract value is the contract value spread evenly over its quarters, a
//   partial first or last quarter weighted by the share of its days covered; the cents are
//   shared out by largest remainder so the quarters add up to the contract value exactly.
// - Waivers reduce the computed amount before the caps (./ledger.ts) are applied.
import { absScaled, divideRounded, fromScaled, percentOfCents, toScaled, ONE, type DecimalInput } from "@/lib/decimal";
import type { ContractQuarter } from "@/lib/periods";
import { canCarryMalus, type Direction, type Obligation } from "@/lib/kpis/rules";
import type { MalusAssessment } from "./assessment";

// The sentence lives in its own file (./sentence.ts) to keep this one short; the caps ledger is ./ledger.ts.

export const MALUS_RULE_TYPES = {
  fixed: "Vast bedrag per kwartaal",
  percent_of_quarter_value: "Percentage van de kwartaalwaarde",
  per_unit_shortfall: "Bedrag per eenheid tekort",
} as const;

export type Tolerance = { kind: "absolute"; value: DecimalInput } | { kind: "percent_of_target"; percent: DecimalInput };
// A cap as an amount, or a percentage of the whole contract value or of its own period's value
// (the quarter's for a cap per quarter, the cap year's for a cap per year).
export type MalusCap =
  | { kind: "cents"; cents: number }
  | { kind: "percent_of_contract"; percent: DecimalInput }
  | { kind: "percent_of_period"; percent: DecimalInput };
export type MalusCaps = { perQuarter?: MalusCap | null; perYear?: MalusCap | null; perContract?: MalusCap | null };

type RuleCommon = { tolerance?: Tolerance | null; caps?: MalusCaps | null };
export type MalusRule = RuleCommon &
  (
    | { type: "fixed"; amountCents: number }
    | { type: "percent_of_quarter_value"; percent: DecimalInput }
    // factor: Rijkswaterstaat charges about 1.5 × the financial difference for a missed MKI
    // promise (DESIGN.md; seed 003 asks the contract manager to enforce MKI promises).
    // assessment: charged once over a stretch (at completion, at milestones) instead of every quarter.
    | { type: "per_unit_shortfall"; centsPerUnit: number; factor?: DecimalInput | null; assessment?: MalusAssessment | null }
  );

export type Waiver = { kind: "full"; reason: string } | { kind: "reduction"; cents: number; reason: string };

/** How far the actual value misses the target (0 when met or beaten), as a scaled decimal. */
function scaledShortfall(direction: Direction, target: DecimalInput, actual: DecimalInput): bigint {
  const miss = direction === "higher_better" ? toScaled(target) - toScaled(actual) : toScaled(actual) - toScaled(target);
  return miss > 0n ? miss : 0n;
}

/** The shortfall as a canonical decimal string: higher-is-better 80 against 100 → "20". */
export function shortfall(direction: Direction, target: DecimalInput, actual: DecimalInput): string {
  return fromScaled(scaledShortfall(direction, target, actual));
}

/** True when a shortfall stays within the tolerance (boundary included), compared exactly. */
function withinTolerance(shortfallScaled: bigint, tolerance: Tolerance | null | undefined, target: DecimalInput): boolean {
  if (shortfallScaled <= 0n) return true;
  if (!tolerance) return false;
  if (tolerance.kind === "absolute") return shortfallScaled <= toScaled(tolerance.value);
  // shortfall ≤ percent/100 × |target|, cross-multiplied so no rounding is involved.
  return shortfallScaled * 100n * ONE <= toScaled(tolerance.percent) * absScaled(toScaled(target));
}

// assessed_later: a rule assessed over a stretch of quarters, in a quarter that is not its assessment point.
type MalusOutcome = "effort_obligation" | "no_rule" | "no_data" | "no_target" | "met" | "within_tolerance" | "breached" | "assessed_later";

export type QuarterMalus = { outcome: MalusOutcome; breached: boolean; shortfall: string; rawCents: number };

export type QuarterMalusInput = {
  obligation: Obligation;
  direction: Direction;
  target: DecimalInput | null | undefined;
  actual: DecimalInput | null | undefined;
  /** Needed for percent_of_quarter_value: see quarterValuesCents. */
  quarterValueCents?: number;
  /**
   * The quarter's activity (tonnes laid, meals served) of a KPI that measures an intensity: a
   * rule per unit short then charges the shortfall per unit of activity for every unit of it.
   */
  quantity?: DecimalInput | null;
};

/** The malus a rule gives for one quarter, before waivers and caps. */
export function quarterMalus(rule: MalusRule | null | undefined, input: QuarterMalusInput): QuarterMalus {
  const none = (outcome: MalusOutcome, gap = 0n): QuarterMalus => ({ outcome, breached: false, shortfall: fromScaled(gap), rawCents: 0 });
  if (!canCarryMalus(input.obligation)) return none("effort_obligation");
  if (!rule) return none("no_rule");
  if (input.actual === null || input.actual === undefined || input.actual === "") return none("no_data");
  if (input.target === null || input.target === undefined || input.target === "") return none("no_target");
  const gap = scaledShortfall(input.direction, input.target, input.actual);
  if (gap === 0n) return none("met");
  if (withinTolerance(gap, rule.tolerance, input.target)) return none("within_tolerance", gap);
  return { outcome: "breached", breached: true, shortfall: fromScaled(gap), rawCents: breachAmountCents(rule, gap, input) };
}

function breachAmountCents(rule: MalusRule, gap: bigint, input: QuarterMalusInput): number {
  switch (rule.type) {
    case "fixed":
      return rule.amountCents;
    case "percent_of_quarter_value":
      if (input.quarterValueCents === undefined) throw new RangeError("De kwartaalwaarde ontbreekt voor een malus als percentage.");
      return percentOfCents(input.quarterValueCents, rule.percent);
    case "per_unit_shortfall": {
      // shortfall × cents per unit × factor (× quantity): scaled decimals, so divide once.
      const factor = toScaled(rule.factor ?? 1);
      if (input.quantity === null || input.quantity === undefined || input.quantity === "") {
        return Number(divideRounded(gap * BigInt(rule.centsPerUnit) * factor, ONE * ONE));
      }
      return Number(divideRounded(gap * BigInt(rule.centsPerUnit) * factor * toScaled(input.quantity), ONE * ONE * ONE));
    }
  }
}

/**
 * The contract value of each quarter, in cents. Full quarters get equal shares and a partial
 * quarter the fraction of its days covered, whatever the length of the quarter (90–92 days).
 * The cents left after rounding down go to the largest remainders (earliest first on a tie),
 * so € 100,00 over three full quarters is € 33,34 + € 33,33 + € 33,33 and always sums exactly.
 */
export function quarterValuesCents(
  contractValueCents: number,
  quarters: Pick<ContractQuarter, "coveredDays" | "daysInQuarter">[],
): number[] {
  if (quarters.length === 0) return [];
  // Weights coveredDays / daysInQuarter over a common denominator, so no fraction is rounded.
  const common = quarters.reduce((lcm, q) => (lcm * BigInt(q.daysInQuarter)) / gcd(lcm, BigInt(q.daysInQuarter)), 1n);
  const weights = quarters.map((q) => (BigInt(q.coveredDays) * common) / BigInt(q.daysInQuarter));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0n);
  const value = BigInt(contractValueCents);
  const shares = weights.map((w, i) => ({ i, floor: (value * w) / totalWeight, remainder: (value * w) % totalWeight }));
  let left = value - shares.reduce((sum, s) => sum + s.floor, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  const extra = new Set<number>();
  for (const s of byRemainder) {
    if (left <= 0n) break;
    extra.add(s.i);
    left -= 1n;
  }
  return shares.map((s) => Number(s.floor) + (extra.has(s.i) ? 1 : 0));
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** What a waiver takes off an amount: all of it, or a reduction of at most the amount itself. */
export function applyWaiver(amountCents: number, waiver: Waiver | null | undefined): { waivedCents: number; remainingCents: number } {
  if (!waiver) return { waivedCents: 0, remainingCents: amountCents };
  const waivedCents = waiver.kind === "full" ? amountCents : Math.min(Math.max(waiver.cents, 0), amountCents);
  return { waivedCents, remainingCents: amountCents - waivedCents };
}

/** Everything wrong with a waiver, in Dutch. */
export function waiverErrors(waiver: Waiver, amountCents: number): string[] {
  const errors: string[] = [];
  if (!waiver.reason.trim()) errors.push("Geef een reden voor het verlagen of kwijtschelden van de malus.");
  if (waiver.kind === "reduction") {
    if (!Number.isInteger(waiver.cents) || waiver.cents <= 0) errors.push("De verlaging moet een positief bedrag zijn.");
    else if (waiver.cents > amountCents) errors.push("De verlaging is hoger dan de malus.");
  }
  return errors;
}

/** Four-eyes: a waiver above the organisation's threshold needs a second buyer user. */
export function waiverNeedsSecondApproval(waivedCents: number, thresholdCents: number): boolean {
  return waivedCents > thresholdCents;
}

/** Everything wrong with a malus rule, in Dutch; empty when it can be saved. */
export function malusRuleErrors(rule: MalusRule): string[] {
  const errors: string[] = [];
  const cents = (value: number, what: string) => {
    if (!Number.isSafeInteger(value) || value < 0) errors.push(`${what} moet een bedrag van nul of meer zijn.`);
  };
  const percent = (value: DecimalInput, what: string) => {
    const scaled = tryScaled(value);
    if (scaled === undefined || scaled < 0n || scaled > 100n * ONE) errors.push(`${what} moet tussen 0 en 100 % liggen.`);
  };
  if (rule.type === "fixed") cents(rule.amountCents, "Het malusbedrag");
  if (rule.type === "percent_of_quarter_value") percent(rule.percent, "Het percentage van de kwartaalwaarde");
  if (rule.type === "per_unit_shortfall") {
    cents(rule.centsPerUnit, "Het bedrag per eenheid");
    const factor = tryScaled(rule.factor ?? 1);
    if (factor === undefined || factor <= 0n) errors.push("De factor moet groter dan nul zijn.");
  }
  const tolerance = rule.tolerance;
  if (tolerance?.kind === "absolute") {
    const scaled = tryScaled(tolerance.value);
    if (scaled === undefined || scaled < 0n) errors.push("De tolerantie moet nul of meer zijn.");
  }
  if (tolerance?.kind === "percent_of_target") percent(tolerance.percent, "De tolerantie");
  const capNames = { perQuarter: "per kwartaal", perYear: "per jaar", perContract: "over de looptijd" } as const;
  for (const level of Object.keys(capNames) as (keyof typeof capNames)[]) {
    const cap = rule.caps?.[level];
    if (cap?.kind === "cents") cents(cap.cents, `Het maximum ${capNames[level]}`);
    if (cap?.kind === "percent_of_contract" || cap?.kind === "percent_of_period") percent(cap.percent, `Het maximum ${capNames[level]}`);
  }
  return errors;
}

function tryScaled(value: DecimalInput): bigint | undefined {
  try {
    return toScaled(value);
  } catch {
    return undefined;
  }
}
