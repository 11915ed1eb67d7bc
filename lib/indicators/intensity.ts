// Intensities: an indicator measured per unit of activity (kg CO2e per meal). Its KPIs report the
// quarter's quantity next to the value, and it may add up into an absolute indicator (tonnes
// CO2e) as value × quantity × factor, so organisation targets on the absolute one receive it.
// The fixed list of activities, the factor as typed, and which changes stay honest.
import { parseNlDecimal } from "@/lib/format";
import { aggregationLabel } from "./rules";

/**
 * What an intensity can be per: the UN/CEFACT Recommendation 20 code (activity_unit_code) and the
 * Dutch label shown after a quantity (activity_unit_label). Keyed by name, because meals and FTE
 * share a code.
 */
export const ACTIVITY_UNITS = {
  // C62 ("one", a plain count), as migration 0032 set it for the catalogue's CO2e per meal.
  maaltijd: { code: "C62", label: "maaltijden", name: "maaltijd" },
  ton: { code: "TNE", label: "ton", name: "ton" },
  kilometer: { code: "KMT", label: "kilometer", name: "kilometer" },
  // Recommendation 20 has no code for a full-time equivalent; an FTE is counted, so it gets the
  // code for a count, C62, like meals, and the label tells the two apart.
  fte: { code: "C62", label: "fte", name: "voltijdsequivalent, fte" },
  m2: { code: "MTK", label: "m²", name: "vierkante meter" },
  stuk: { code: "H87", label: "stuks", name: "stuk" },
  kwh: { code: "KWH", label: "kWh", name: "kilowattuur" },
  m3: { code: "MTQ", label: "m³", name: "kubieke meter" },
} as const;
export type ActivityUnit = keyof typeof ACTIVITY_UNITS;

export const activityUnitOptions = Object.entries(ACTIVITY_UNITS).map(([value, unit]) => ({ value, label: `${unit.name} (${unit.code})` }));

export const INTENSITY_KINDS = {
  absolute: "Absolute waarde",
  per_unit: "Per eenheid activiteit",
} as const;

export const intensityKindOptions = [
  { value: "absolute", label: INTENSITY_KINDS.absolute, hint: "bijvoorbeeld ton CO2e van het hele contract" },
  {
    value: "per_unit",
    label: INTENSITY_KINDS.per_unit,
    hint: "bijvoorbeeld kg CO2e per maaltijd; de leverancier meldt elk kwartaal ook de hoeveelheid",
  },
];

type ActivityColumns = { activityUnitCode: string | null; activityUnitLabel: string | null };

/** The form's key for a stored activity unit; "" when there is none or it is not in the list. */
export function activityUnitKey(row: ActivityColumns): string {
  const entry = Object.entries(ACTIVITY_UNITS).find(([, u]) => u.code === row.activityUnitCode && u.label === row.activityUnitLabel);
  return entry?.[0] ?? "";
}

/** An intensity is an indicator with an activity: the report asks its quantity. */
export function isIntensity(indicator: { activityUnitLabel: string | null }): boolean {
  return indicator.activityUnitLabel !== null;
}

/** numeric(18, 8): eight decimals (a gram into tonnes is 0,000001) and ten digits before the comma. */
const FACTOR_DECIMALS = 8;
const FACTOR_WHOLE_DIGITS = 10;

export type ParsedFactor = { ok: true; normalized: string } | { ok: false; error: string };

/** The factor between an intensity's unit and its absolute indicator's, as a Dutch user types it. */
export function parseAbsoluteFactor(text: string): ParsedFactor {
  const parsed = parseNlDecimal(text);
  if (!parsed.ok) return parsed.error === "Vul een getal in." ? { ok: false, error: "Vul de factor in, bijvoorbeeld 0,001." } : parsed;
  if (!(parsed.value > 0)) return { ok: false, error: "De factor moet groter zijn dan 0." };
  const [whole, fraction = ""] = parsed.normalized.replace(/^\+/, "").split(".");
  if (fraction.length > FACTOR_DECIMALS) return { ok: false, error: `Gebruik hoogstens ${FACTOR_DECIMALS} cijfers achter de komma.` };
  const digits = whole.replace(/^0+/, "");
  if (digits.length > FACTOR_WHOLE_DIGITS) {
    return { ok: false, error: `Deze factor is te groot: gebruik hoogstens ${FACTOR_WHOLE_DIGITS} cijfers voor de komma.` };
  }
  const decimals = fraction.replace(/0+$/, "");
  return { ok: true, normalized: `${digits || "0"}${decimals ? `.${decimals}` : ""}` };
}

export const UNKNOWN_ABSOLUTE = "Deze indicator bestaat niet; kies er een uit de lijst.";

type AbsoluteCandidate = { id: string; activityUnitLabel: string | null; aggregation: string };

/**
 * Why an intensity cannot add up into this indicator, or null when it can: never into itself,
 * never into another intensity (a chain would multiply by a quantity twice), and only into an
 * indicator whose contracts add up, since the intensity contributes totals.
 */
export function absoluteIndicatorProblem(selfId: string | null, absolute: AbsoluteCandidate): string | null {
  if (absolute.id === selfId) return "Een indicator kan niet in zichzelf meetellen; kies een andere indicator.";
  if (isIntensity(absolute)) return "Dit is zelf een intensiteit; kies een absolute indicator, zoals CO2-uitstoot in ton.";
  if (absolute.aggregation !== "sum") {
    return `Deze indicator telt niet op over contracten (${aggregationLabel(absolute.aggregation).toLowerCase()}); kies een indicator die optelt.`;
  }
  return null;
}

/** The indicators an intensity may add up into, from the catalogue the organisation sees. */
export function absoluteCandidates<T extends AbsoluteCandidate>(catalogue: T[], selfId: string | null): T[] {
  return catalogue.filter((i) => absoluteIndicatorProblem(selfId, i) === null);
}

type IntensityState = ActivityColumns & { aggregation: string };

/**
 * What an edit may not change about being an intensity, as messages per field. Once values are
 * reported, they were typed as totals or per this unit, with quantities in it: reading them
 * otherwise afterwards would change what suppliers reported. Intensities that add up into this
 * indicator need it to stay absolute and additive.
 */
export function intensityChangeErrors(params: {
  before: IntensityState;
  after: IntensityState;
  reported: boolean;
  intensitiesInto: string[];
}): Record<string, string> {
  const { before, after, reported, intensitiesInto } = params;
  const errors: Record<string, string> = {};
  const kindChanged = isIntensity(before) !== isIntensity(after);
  const unitChanged = before.activityUnitCode !== after.activityUnitCode || before.activityUnitLabel !== after.activityUnitLabel;
  if (reported && (kindChanged || unitChanged)) {
    errors[kindChanged ? "intensity" : "activityUnit"] =
      "Op KPI's met deze indicator zijn al waarden gerapporteerd; of en per welke eenheid de waarde is, kun je daarom niet meer wijzigen. " +
      "Maak zo nodig een nieuwe indicator.";
  }
  if (intensitiesInto.length > 0) {
    const names = intensitiesInto.map((n) => `‘${n}’`).join(", ");
    if (isIntensity(after) && !errors.intensity) {
      errors.intensity = `${names} ${intensitiesInto.length === 1 ? "telt" : "tellen"} mee in deze indicator; die kan daarom zelf geen intensiteit worden.`;
    }
    if (after.aggregation !== "sum" && before.aggregation === "sum") {
      errors.aggregation = `${names} ${intensitiesInto.length === 1 ? "telt" : "tellen"} mee in deze indicator; de optelwijze moet daarom Optellen blijven.`;
    }
  }
  return errors;
}
