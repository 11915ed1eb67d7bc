// Units of KPI values as the OCDS Metrics extension wants them: an Observation's `unit` names its
// scheme and code (UN/CEFACT Recommendation 20, scheme "UNCEFACT"), and a money amount goes in
// `value` with its currency instead of a measure. Indicators store a Rec 20 code already
// (db/schema/indicators.ts); this table says which of the stored codes OCDS gets as such.

/** The stored unit codes with their Rec 20 code in OCDS; "EUR" is money, not a unit of measure. */
const UNIT_TABLE: Record<string, { code: string } | { currency: "EUR" }> = {
  P1: { code: "P1" }, // percent
  TNE: { code: "TNE" }, // tonne
  KGM: { code: "KGM" }, // kilogram
  GRM: { code: "GRM" }, // gram
  KWH: { code: "KWH" }, // kilowatt hour
  MWH: { code: "MWH" }, // megawatt hour
  GV: { code: "GV" }, // gigajoule
  MTQ: { code: "MTQ" }, // cubic metre
  MTK: { code: "MTK" }, // square metre
  LTR: { code: "LTR" }, // litre
  KMT: { code: "KMT" }, // kilometre
  HUR: { code: "HUR" }, // hour
  DAY: { code: "DAY" }, // day
  C62: { code: "C62" }, // one: counts, levels (CO2-Prestatieladder step)
  H87: { code: "H87" }, // piece (stuks)
  EUR: { currency: "EUR" },
};

/** What a qualitative KPI is scored in: no Rec 20 code fits a 1–4 score, so OCDS gets only its name. */
export const SCORE_UNIT_NAME = "score (1–4)";

export type OcdsUnit = { name: string; scheme?: "UNCEFACT"; id?: string };
/** A target or value in OCDS: a measure with its unit, or a money amount (with the label as unit name). */
export type OcdsQuantity = { measure: number; unit: OcdsUnit } | { value: { amount: number; currency: "EUR" }; unit: OcdsUnit };

/** The unit of a KPI: its indicator's, or the score of a qualitative KPI (indicator null). */
export type KpiUnit = { unitCode: string; unitLabel: string } | null;

/** The OCDS unit of a stored unit: its Rec 20 code where it has one, otherwise only its name. */
export function ocdsUnit(unit: KpiUnit): OcdsUnit {
  if (!unit) return { name: SCORE_UNIT_NAME };
  const known = UNIT_TABLE[unit.unitCode.toUpperCase()];
  const name = unit.unitLabel.trim() || unit.unitCode;
  return known && "code" in known ? { name, scheme: "UNCEFACT", id: known.code } : { name };
}

/** A decimal string ("12.5000") or a score as an OCDS measure, or as a value when the unit is money. */
export function ocdsQuantity(unit: KpiUnit, amount: string | number): OcdsQuantity {
  const number = Number(amount);
  const money = unit ? UNIT_TABLE[unit.unitCode.toUpperCase()] : undefined;
  if (money && "currency" in money) return { value: { amount: number, currency: money.currency }, unit: ocdsUnit(unit) };
  return { measure: number, unit: ocdsUnit(unit) };
}
