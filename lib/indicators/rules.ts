// The fixed lists of the indicator catalogue (UN/CEFACT units, direction, aggregation) with their
// Dutch labels, and the pure rules for values of an indicator: how they add up across contracts
// and which range they must stay in.
import { formatNumber } from "@/lib/format";

/**
 * UN/CEFACT Recommendation 20 unit codes a tenant may choose, with the Dutch name shown in the
 * form and the short label stored as unit_label when the user gives none.
 */
export const UNIT_CODES = {
  TNE: { name: "ton", symbol: "ton" },
  KGM: { name: "kilogram", symbol: "kg" },
  GRM: { name: "gram", symbol: "g" },
  EUR: { name: "euro", symbol: "€" },
  P1: { name: "procent", symbol: "%" },
  C62: { name: "stuks / aantal / niveau", symbol: "aantal" },
  KWH: { name: "kilowattuur", symbol: "kWh" },
  MWH: { name: "megawattuur", symbol: "MWh" },
  GV: { name: "gigajoule", symbol: "GJ" },
  MTQ: { name: "kubieke meter", symbol: "m³" },
  MTK: { name: "vierkante meter", symbol: "m²" },
  LTR: { name: "liter", symbol: "l" },
  KMT: { name: "kilometer", symbol: "km" },
  HUR: { name: "uur", symbol: "uur" },
  DAY: { name: "dag", symbol: "dagen" },
} as const;

export const DIRECTIONS = {
  lower_better: "Lager is beter",
  higher_better: "Hoger is beter",
} as const;

export const AGGREGATIONS = {
  sum: "Optellen",
  average: "Gemiddelde",
  weighted_average: "Gewogen gemiddelde",
} as const;
type Aggregation = keyof typeof AGGREGATIONS;

const AGGREGATION_EXPLANATIONS: Record<Aggregation, string> = {
  sum: "de waarden van alle contracten worden opgeteld",
  average: "het gemiddelde van de contracten, elk even zwaar",
  weighted_average: "het gemiddelde van de contracten, gewogen naar bijvoorbeeld volume of contractwaarde",
};

export function unitName(code: string): string {
  return (UNIT_CODES as Record<string, { name: string }>)[code]?.name ?? code;
}

export function defaultUnitLabel(code: string): string {
  return (UNIT_CODES as Record<string, { symbol: string }>)[code]?.symbol ?? code;
}

export function directionLabel(direction: string): string {
  return (DIRECTIONS as Record<string, string>)[direction] ?? direction;
}

export function aggregationLabel(aggregation: string): string {
  return (AGGREGATIONS as Record<string, string>)[aggregation] ?? aggregation;
}

export function aggregationExplanation(aggregation: string): string {
  return AGGREGATION_EXPLANATIONS[aggregation as Aggregation] ?? "";
}

export const unitOptions = Object.entries(UNIT_CODES).map(([value, unit]) => ({ value, label: `${unit.name} (${value})` }));
export const directionOptions = Object.entries(DIRECTIONS).map(([value, label]) => ({ value, label }));
export const aggregationOptions = Object.entries(AGGREGATIONS).map(([value, label]) => ({ value, label }));

/** The part of an indicator the value rules need; min and max as stored (numeric → string). */
export type IndicatorRange = { unitCode: string; unitLabel: string; minValue: string | number | null; maxValue: string | number | null };

export function isPercentage(indicator: { unitCode: string }): boolean {
  return indicator.unitCode === "P1";
}

/** The range a value must stay in: the indicator's own min/max, and 0–100 for a percentage. */
export function valueRange(indicator: IndicatorRange): { min: number | null; max: number | null } {
  const min = indicator.minValue === null ? null : Number(indicator.minValue);
  const max = indicator.maxValue === null ? null : Number(indicator.maxValue);
  if (!isPercentage(indicator)) return { min, max };
  return { min: Math.max(min ?? 0, 0), max: Math.min(max ?? 100, 100) };
}

/** A Dutch message when a value falls outside the indicator's range; null when it fits. */
export function valueRangeError(indicator: IndicatorRange, value: number): string | null {
  const { min, max } = valueRange(indicator);
  const unit = isPercentage(indicator) ? " %" : ` ${indicator.unitLabel}`;
  if (min !== null && value < min) return `De waarde mag niet lager zijn dan ${formatNumber(min, 4)}${unit}.`;
  if (max !== null && value > max) return `De waarde mag niet hoger zijn dan ${formatNumber(max, 4)}${unit}.`;
  return null;
}

export type ContributedValue = { value: number; weight?: number | null };

/**
 * How the values of one indicator from several contracts add up to one figure: a sum, a plain
 * average, or an average weighted by e.g. tonnes delivered or contract value. Values that are
 * not finite are left out; a weighted average only counts contributions with a positive weight.
 * No contributions (or no weight at all) gives null: "no figure", never a misleading zero.
 */
export function aggregateValues(indicator: { aggregation: string }, contributions: ContributedValue[]): number | null {
  const values = contributions.filter((c) => Number.isFinite(c.value));
  if (values.length === 0) return null;
  switch (indicator.aggregation) {
    case "sum":
      return tidy(values.reduce((total, c) => total + c.value, 0));
    case "average":
      return tidy(values.reduce((total, c) => total + c.value, 0) / values.length);
    case "weighted_average": {
      const weighted = values.filter((c) => typeof c.weight === "number" && Number.isFinite(c.weight) && c.weight > 0);
      const totalWeight = weighted.reduce((total, c) => total + c.weight!, 0);
      if (totalWeight === 0) return null;
      return tidy(weighted.reduce((total, c) => total + c.value * c.weight!, 0) / totalWeight);
    }
    default:
      throw new Error(`Onbekende optelwijze: ${indicator.aggregation}`);
  }
}

/** A number for a numeric column (drizzle takes text); at most four decimals reach here. */
export function toNumeric(value: number | null): string | null {
  return value === null ? null : String(value);
}

/** Float noise off (0.1 + 0.2 → 0.3) without losing real precision. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** A code from a name: "Aandeel lokale leveranciers" → "aandeel_lokale_leveranciers". */
export function codeFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 64);
}

export const CODE_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;

/** The catalogue split for the page: the global set and the organisation's own indicators. */
export function groupCatalogue<T extends { ownerOrgId: string | null; name: string }>(rows: T[]) {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "nl");
  return {
    global: rows.filter((r) => r.ownerOrgId === null).sort(byName),
    own: rows.filter((r) => r.ownerOrgId !== null).sort(byName),
  };
}
