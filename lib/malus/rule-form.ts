// The malus-rule form as the browser posts it (flat fields, euros and percentages with a decimal
// comma) to the MalusRule of ./rule.ts, or null for "geen malus". Only the fields of the
// chosen rule type, tolerance and caps are read, so a value left in a hidden field never counts.
import { parseStorableDecimal } from "@/lib/decimal-fields";
import { centsToInput, decimalInput, parseEuroCents } from "@/lib/format";
import { uuid, z } from "@/lib/zod";
import { asText, version } from "@/lib/kpis/fields";
import type { MalusCap, MalusRule, Tolerance } from "./rule";

export const MALUS_FORM_TYPES = ["none", "fixed", "percent_of_quarter_value", "per_unit_shortfall"] as const;
const TOLERANCE_KINDS = ["none", "absolute", "percent_of_target"] as const;
import { CAP_FIELDS, CAP_KINDS } from "./cap-choices";
import { ASSESSMENT_KINDS, type MalusAssessment } from "./assessment";
import { parseQuarter, quarterFromKey, quarterKey, quarterLabel } from "@/lib/periods";

const text = z.unknown().optional().transform(asText);

/** The fields of a malus rule as a form posts them; also part of a review's "KPI toevoegen". */
export const malusRuleFields = {
  type: z.enum(MALUS_FORM_TYPES, { error: "Kies het soort malus." }),
  amount: text,
  percent: text,
  centsPerUnit: text,
  factor: text,
  assessment: z.enum(ASSESSMENT_KINDS).catch("quarterly"),
  assessmentQuarters: text,
  toleranceKind: z.enum(TOLERANCE_KINDS).catch("none"),
  toleranceValue: text,
  capQuarterKind: z.enum(CAP_KINDS).catch("none"),
  capQuarterValue: text,
  capYearKind: z.enum(CAP_KINDS).catch("none"),
  capYearValue: text,
  capContractKind: z.enum(CAP_KINDS).catch("none"),
  capContractValue: text,
};

type MalusRuleForm = { [K in keyof typeof malusRuleFields]: z.output<(typeof malusRuleFields)[K]> };

/** The rule the fields describe, or null for "geen malus"; each problem at its field. */
function parseMalusRule(form: MalusRuleForm, ctx: z.RefinementCtx): MalusRule | null {
  const euro = (field: keyof MalusRuleForm, missing: string): number => {
    const raw = String(form[field]);
    const parsed = raw === "" ? { ok: false as const, error: missing } : parseEuroCents(raw);
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: [field], message: parsed.error });
    return parsed.ok ? parsed.cents : 0;
  };
  const decimal = (field: keyof MalusRuleForm, missing: string): string => {
    const raw = String(form[field]);
    const parsed = raw === "" ? { ok: false as const, error: missing } : parseStorableDecimal(raw);
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: [field], message: parsed.error });
    return parsed.ok ? parsed.normalized : "0";
  };
  if (form.type === "none") return null;

  let rule: MalusRule;
  if (form.type === "fixed") rule = { type: "fixed", amountCents: euro("amount", "Vul het bedrag per kwartaal in.") };
  else if (form.type === "percent_of_quarter_value") {
    rule = { type: "percent_of_quarter_value", percent: decimal("percent", "Vul het percentage in.") };
  } else {
    const assessment = parseAssessment(form, ctx);
    rule = {
      type: "per_unit_shortfall",
      centsPerUnit: euro("centsPerUnit", "Vul het bedrag per eenheid in."),
      factor: form.factor === "" ? "1" : decimal("factor", "Vul de factor in."),
      ...(assessment ? { assessment } : {}),
    };
  }
  let tolerance: Tolerance | null = null;
  if (form.toleranceKind === "absolute") tolerance = { kind: "absolute", value: decimal("toleranceValue", "Vul de tolerantie in.") };
  if (form.toleranceKind === "percent_of_target") {
    tolerance = { kind: "percent_of_target", percent: decimal("toleranceValue", "Vul de tolerantie in.") };
  }
  const caps: Record<string, MalusCap | null> = {};
  for (const [level, prefix] of Object.entries(CAP_FIELDS)) {
    const kind = form[`${prefix}Kind`];
    const valueField = `${prefix}Value` as const;
    caps[level] =
      kind === "cents"
        ? { kind: "cents", cents: euro(valueField, "Vul het maximumbedrag in.") }
        : kind === "percent_of_contract" || (kind === "percent_of_period" && level !== "perContract")
          ? { kind, percent: decimal(valueField, "Vul het maximumpercentage in.") }
          : null;
  }
  const hasCaps = Object.values(caps).some(Boolean);
  return { ...rule, tolerance, caps: hasCaps ? caps : null } as MalusRule;
}

/** "2026 K4, 2027 K4" → the milestone quarters, each unreadable one named at its field. */
function parseAssessment(form: MalusRuleForm, ctx: z.RefinementCtx): MalusAssessment | null {
  if (form.assessment === "quarterly") return null;
  if (form.assessment === "completion") return { kind: "completion" };
  const parts = String(form.assessmentQuarters)
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const unreadable = parts.filter((p) => !parseQuarter(p));
  if (parts.length === 0 || unreadable.length > 0) {
    const message =
      parts.length === 0
        ? "Noem de kwartalen van de mijlpalen, bijvoorbeeld 2026 K4, 2027 K4."
        : `Geen kwartaal: ${unreadable.join(", ")}. Schrijf bijvoorbeeld 2026 K4.`;
    ctx.addIssue({ code: "custom", path: ["assessmentQuarters"], message });
    return null;
  }
  const keys = [...new Set(parts.map((p) => quarterKey(parseQuarter(p)!)))].sort();
  return { kind: "milestones", quarters: keys };
}

/** A form's other fields with its malus-rule fields replaced by the rule they describe. */
export function withMalusRule<T extends MalusRuleForm>(
  form: T,
  ctx: z.RefinementCtx,
): Omit<T, keyof MalusRuleForm> & { malusRule: MalusRule | null } {
  const malusRule = parseMalusRule(form, ctx);
  const rest: Record<string, unknown> = { ...form };
  for (const key of Object.keys(malusRuleFields)) delete rest[key];
  return { ...(rest as Omit<T, keyof MalusRuleForm>), malusRule };
}

export const SetMalusRule = z
  .object({ id: uuid, version, ...malusRuleFields })
  .transform((form, ctx) => ({ id: form.id, version: form.version, rule: parseMalusRule(form, ctx) }));
export type SetMalusRule = z.output<typeof SetMalusRule>;

/** A stored rule back into form values (decimal comma), so the form opens with what is saved. */
export function malusFormValues(rule: MalusRule | null): Record<string, string> {
  const euros = centsToInput;
  const values: Record<string, string> = { type: rule?.type ?? "none", toleranceKind: rule?.tolerance?.kind ?? "none" };
  if (rule?.type === "fixed") values.amount = euros(rule.amountCents);
  if (rule?.type === "percent_of_quarter_value") values.percent = decimalInput(rule.percent);
  if (rule?.type === "per_unit_shortfall") {
    values.centsPerUnit = euros(rule.centsPerUnit);
    values.factor = decimalInput(rule.factor ?? 1);
    values.assessment = rule.assessment?.kind ?? "quarterly";
    if (rule.assessment?.kind === "milestones")
      values.assessmentQuarters = rule.assessment.quarters.map((k) => quarterLabel(quarterFromKey(k))).join(", ");
  }
  const tolerance = rule?.tolerance;
  if (tolerance) values.toleranceValue = decimalInput(tolerance.kind === "absolute" ? tolerance.value : tolerance.percent);
  for (const [level, prefix] of Object.entries(CAP_FIELDS)) {
    const cap = rule?.caps?.[level as keyof typeof CAP_FIELDS];
    values[`${prefix}Kind`] = cap?.kind ?? "none";
    if (cap) values[`${prefix}Value`] = cap.kind === "cents" ? euros(cap.cents) : decimalInput(cap.percent);
  }
  return values;
}
