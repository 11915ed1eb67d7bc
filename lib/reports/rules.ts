// Pure rules of the supplier's quarterly report: which KPIs a report covers, whether
// a submission is complete and well-formed, and the status a person sees. Nothing reads the
// clock or the database: "today" and the rows are passed in.
import { parseStorableDecimal } from "@/lib/decimal-fields";
import { valueRangeError, type IndicatorRange } from "@/lib/indicators/rules";
import { isQualitativeScore, isActiveInQuarter, type KpiKind } from "@/lib/kpis/rules";
import { reportDiscipline } from "@/lib/dashboard/rules";
import { formatDate } from "@/lib/format";
import { daysBetween, quarterFromKey, quarterTiming, type Quarter } from "@/lib/periods";
import { amsterdamToday } from "@/lib/time";
import { confirmMessage, plausibilityFlags, type References } from "./plausibility";

export type ReportStatus = "draft" | "submitted" | "accepted" | "clarification_requested";

/** Submitted and accepted reports are locked: only a send-back reopens them for the supplier. */
export function isLocked(status: ReportStatus): boolean {
  return status === "submitted" || status === "accepted";
}

type KpiActivity = { status: string; activeFrom: string | null; retiredFrom: string | null };

/**
 * The KPIs a report of this quarter must cover: accepted KPIs active in the quarter. A KPI
 * retired from a later quarter (status "retired") still counts in the quarters before.
 */
export function requiredKpis<K extends KpiActivity>(kpis: K[], q: Quarter): K[] {
  return kpis.filter(
    (k) =>
      (k.status === "active" || k.status === "retired") &&
      k.activeFrom !== null &&
      isActiveInQuarter({ activeFrom: quarterFromKey(k.activeFrom), retiredFrom: k.retiredFrom ? quarterFromKey(k.retiredFrom) : null }, q),
  );
}

export type ReportKpi = {
  id: string;
  kind: KpiKind;
  evidenceMandatory: boolean;
  /** The indicator's range and unit: a value outside it is refused (lib/reports/plausibility.ts). */
  range?: IndicatorRange | null;
  /** The quarter's target and the previous quarter's reported value, to flag implausible values. */
  references?: References;
  /** Per what the KPI's intensity is ("maaltijden"): the report then asks the quarter's quantity. */
  activityUnitLabel?: string | null;
};
/** What the supplier typed for one KPI, as text. */
export type EnteredValue = { value?: string | null; score?: string | null; explanation?: string | null; quantity?: string | null };
/** quantity undefined: not given (a values file without its column), so a stored one stays. */
export type ParsedValue = {
  kpiId: string;
  value: string | null;
  score: number | null;
  explanation: string | null;
  quantity?: string | null;
};

const fieldKey = (kpiId: string) => `values.${kpiId}`;
const quantityKey = (kpiId: string) => `quantities.${kpiId}`;
const blank = (text: string | null | undefined) => !text || text.trim() === "";

/**
 * Reads the typed values of a report: decimal comma numbers, scores 1–4. A draft may leave
 * values empty; a wrongly written value or a KPI that is not in the report is an error either way.
 */
export function parseEnteredValues(
  kpis: ReportKpi[],
  entered: Record<string, EnteredValue>,
): { values: ParsedValue[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const byId = new Map(kpis.map((k) => [k.id, k]));
  for (const kpiId of Object.keys(entered)) {
    if (!byId.has(kpiId)) errors[fieldKey(kpiId)] = "Deze KPI hoort niet bij de rapportage van dit kwartaal.";
  }
  const values: ParsedValue[] = [];
  for (const kpi of kpis) {
    const input = entered[kpi.id] ?? {};
    const explanation = blank(input.explanation) ? null : input.explanation!.trim();
    let value: string | null = null;
    let score: number | null = null;
    let quantity: string | null = null;
    if (kpi.activityUnitLabel && !blank(input.quantity)) {
      const parsed = parseStorableDecimal(input.quantity!);
      if (!parsed.ok) errors[quantityKey(kpi.id)] = parsed.error;
      else if (Number(parsed.normalized) < 0) errors[quantityKey(kpi.id)] = "De hoeveelheid kan niet negatief zijn.";
      else quantity = parsed.normalized;
    }
    if (kpi.kind === "qualitative") {
      if (!blank(input.score)) {
        const n = Number(input.score!.trim());
        if (!isQualitativeScore(n)) errors[fieldKey(kpi.id)] = "Kies een score van 1 tot en met 4.";
        else score = n;
      }
    } else if (!blank(input.value)) {
      const parsed = parseStorableDecimal(input.value!);
      const outside = parsed.ok && kpi.range ? valueRangeError(kpi.range, Number(parsed.normalized)) : null;
      if (!parsed.ok) errors[fieldKey(kpi.id)] = parsed.error;
      else if (outside) errors[fieldKey(kpi.id)] = outside;
      else value = parsed.normalized;
    }
    values.push({ kpiId: kpi.id, value, score, explanation, quantity });
  }
  return { values, errors };
}

export type SubmissionCheck = {
  quarter: Quarter;
  today: string;
  status: ReportStatus | null;
  kpis: ReportKpi[];
  entered: Record<string, EnteredValue>;
  /** Number of evidence files per KPI id. */
  evidence: Record<string, number>;
};

/** Everything that stands between a report and its submission, as Dutch messages per field. */
export function submissionErrors(check: SubmissionCheck): Record<string, string> {
  const errors: Record<string, string> = {};
  if (check.status && isLocked(check.status)) {
    errors._form =
      check.status === "accepted"
        ? "Deze rapportage is al geaccepteerd en kan niet opnieuw worden ingediend."
        : "Deze rapportage is al ingediend. Wacht op het besluit van de opdrachtgever.";
    return errors;
  }
  if (quarterTiming(check.quarter, check.today) !== "past") {
    errors._form = "Dit kwartaal is nog niet voorbij: je kunt de rapportage pas na afloop van het kwartaal indienen.";
    return errors;
  }
  const { values, errors: formatErrors } = parseEnteredValues(check.kpis, check.entered);
  Object.assign(errors, formatErrors);
  for (const kpi of check.kpis) {
    const key = fieldKey(kpi.id);
    if (errors[key]) continue;
    const parsed = values.find((v) => v.kpiId === kpi.id)!;
    if (kpi.kind === "qualitative" ? parsed.score === null : parsed.value === null) {
      errors[key] = kpi.kind === "qualitative" ? "Kies een score (1–4)." : "Vul een waarde in.";
    } else if (kpi.activityUnitLabel && parsed.quantity === null && !errors[quantityKey(kpi.id)]) {
      errors[quantityKey(kpi.id)] = `Vul de hoeveelheid (${kpi.activityUnitLabel}) van dit kwartaal in: de waarde is per eenheid.`;
    } else if (kpi.evidenceMandatory && !(check.evidence[kpi.id] > 0)) {
      errors[key] = "Voeg bewijs toe: voor deze KPI is bewijs verplicht.";
    } else if (kpi.references && parsed.explanation === null) {
      const flags = plausibilityFlags(parsed.value, kpi.references);
      if (flags.length > 0) errors[key] = confirmMessage(flags, kpi.range?.unitLabel ?? null);
    }
  }
  if (check.kpis.length === 0 && !errors._form) {
    errors._form = "Er zijn geen actieve KPI's in dit kwartaal; er valt niets in te dienen.";
  }
  return errors;
}

export const DISPLAY_STATUSES = {
  upcoming: "Nog niet aan de beurt",
  due: "Te rapporteren",
  overdue: "Te laat",
  draft: "Concept",
  submitted: "Ingediend",
  accepted: "Geaccepteerd",
  sent_back: "Teruggestuurd",
} as const;
export type DisplayStatus = keyof typeof DISPLAY_STATUSES;

/** What a person sees for a quarter: an unsent report past its due date is late, even as a draft. */
export function displayStatus(report: { status: ReportStatus } | null, quarter: Quarter, dueDate: string, today: string): DisplayStatus {
  if (report?.status === "submitted") return "submitted";
  if (report?.status === "accepted") return "accepted";
  if (report?.status === "clarification_requested") return "sent_back";
  if (quarterTiming(quarter, today) !== "past") return "upcoming";
  if (today > dueDate) return "overdue";
  return report ? "draft" : "due";
}

export type LateSubmission = { days: number; dueDate: string };

/**
 * A report first submitted after its due date, on Amsterdam dates: how many days late. Counted by
 * the first submission, as reporting discipline counts it: sending it back for questions and
 * resubmitting does not make a report late. Null when on time or not submitted yet.
 */
export function lateSubmission(report: {
  dueDate: string;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
}): LateSubmission | null {
  const first = report.firstSubmittedAt ?? report.submittedAt;
  if (!first) return null;
  const submittedOn = amsterdamToday(first);
  if (reportDiscipline({ dueDate: report.dueDate, firstSubmittedOn: submittedOn, today: submittedOn }) !== "late") return null;
  return { days: daysBetween(report.dueDate, submittedOn), dueDate: report.dueDate };
}

/** "Te laat ingediend (3 dagen na de deadline van 15 april 2027)". */
export function lateSubmissionText(late: LateSubmission): string {
  return `Te laat ingediend (${late.days} ${late.days === 1 ? "dag" : "dagen"} na de deadline van ${formatDate(late.dueDate)})`;
}
