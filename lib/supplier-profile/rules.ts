// The rules of the supplier profile, pure: what each kind of fact holds, when a fact is (about
// to be) out of date, and which KPI may take its report value from which fact.
import type { ProfileFactKind } from "@/db/schema/supplier-profile";
import { formatNumber } from "@/lib/format";
import { addDays, quarterEndDate, quarterStartDate, type Quarter } from "@/lib/periods";

export const FACT_KIND_LABELS: Record<ProfileFactKind, string> = {
  co2_ladder: "CO2-Prestatieladder",
  iso14001: "ISO 14001",
  iso26000: "ISO 26000",
  footprint: "CO2-footprint van het bedrijf",
  social_return: "Social return",
};

/** What a kind asks for besides validity and description: a ladder step, a year, a footprint's scopes. */
export const FACT_KIND_FIELDS: Record<ProfileFactKind, { value: "step" | "tonnes" | "percent" | null; year: boolean; scopes: boolean }> = {
  co2_ladder: { value: "step", year: false, scopes: false },
  iso14001: { value: null, year: false, scopes: false },
  iso26000: { value: null, year: false, scopes: false },
  footprint: { value: "tonnes", year: true, scopes: true },
  social_return: { value: "percent", year: true, scopes: false },
};

/** A warning this many days before a fact's validity ends. */
export const EXPIRY_WARNING_DAYS = 60;

export type Expiry = "expired" | "expiring" | "valid";

/** Out of date after its last valid day; "expiring" within the warning period before it. */
export function expiryOf(validUntil: string | null, today: string): Expiry {
  if (!validUntil) return "valid";
  if (validUntil < today) return "expired";
  return validUntil <= addDays(today, EXPIRY_WARNING_DAYS) ? "expiring" : "valid";
}

/**
 * The supplier hears ahead, once per threshold: two months gives time to book the audit, two
 * weeks is the last call. The latest threshold reached counts, so a first run two weeks before
 * the end sends only the last call, not both.
 */
export const EXPIRY_NOTICE_DAYS = [60, 14] as const;

/** The threshold a fact's end of validity has reached today, or none (no end, further off, or already expired). */
export function expiryNoticeDue(validUntil: string | null, today: string): number | null {
  if (!validUntil || validUntil < today) return null;
  const reached = EXPIRY_NOTICE_DAYS.filter((days) => validUntil <= addDays(today, days));
  return reached.length ? Math.min(...reached) : null;
}

export const EXPIRY_LABELS: Record<Expiry, string | null> = { expired: "verlopen", expiring: "verloopt binnenkort", valid: null };

/**
 * The fact kind a KPI's report value can come from, by the KPI's indicator. Only where the
 * organisation-level fact is the very quantity the KPI measures: the step on the
 * CO2-Prestatieladder is the company's, whichever contract asks. A company footprint or social
 * return commitment is not a contract's figure, so those KPIs are reported as measured.
 */
const SOURCE_BY_INDICATOR: Record<string, ProfileFactKind> = { co2_ladder: "co2_ladder" };

export function profileSourceKind(indicatorCode: string | null | undefined): ProfileFactKind | null {
  return indicatorCode && Object.hasOwn(SOURCE_BY_INDICATOR, indicatorCode) ? SOURCE_BY_INDICATOR[indicatorCode] : null;
}

type Dated = { kind: ProfileFactKind; value: string | null; validFrom: string | null; validUntil: string | null };

/** A fact serves a quarter when it was valid on some day of it and holds a value. */
export function servesQuarter(fact: Dated, quarter: Quarter): boolean {
  if (fact.value === null) return false;
  const from = quarterStartDate(quarter);
  const to = quarterEndDate(quarter);
  return (fact.validFrom === null || fact.validFrom <= to) && (fact.validUntil === null || fact.validUntil >= from);
}

/** The fact a KPI of this indicator may take its value from in this quarter, if any. */
export function sourceFactFor<F extends Dated>(facts: F[], indicatorCode: string | null | undefined, quarter: Quarter): F | null {
  const kind = profileSourceKind(indicatorCode);
  if (!kind) return null;
  return facts.find((f) => f.kind === kind && servesQuarter(f, quarter)) ?? null;
}

/** A fact's value as a person reads it: "trede 4", "1.250,5 ton CO2e", "5 %". */
export function factValueText(fact: { kind: ProfileFactKind; value: string | null }): string | null {
  if (fact.value === null) return null;
  const n = formatNumber(Number(fact.value), 4);
  const unit = FACT_KIND_FIELDS[fact.kind].value;
  return unit === "step" ? `trede ${n}` : unit === "tonnes" ? `${n} ton CO2e` : unit === "percent" ? `${n} %` : n;
}
