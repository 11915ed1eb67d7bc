// The malus ledger as it is calculated: from the raw malus amounts of breached quarters to the
// amounts actually deducted, after waivers and the caps per quarter, per year and over the whole
// contract. What final reviews stored this way, the contract's ledger shows (./contract-ledger.ts).
//
// Rules decided here:
// - A waiver (a reduction or a full waiver, always with a reason) applies first; the caps then
//   limit what is left, so a waived amount never eats into a cap's room.
// - Caps apply in the order quarter → year → contract. Each takes the room left under it
//   after the earlier entries: a year cap fills up over the quarters of that year, the contract
//   cap over the whole term. "Year" is the contract's cap year (./cap-years.ts): the
//   contract year from the start date or the calendar year, as the contract says.
// - A cap is an amount, a % of the whole contract value, or a % of its own period's value (the
//   quarter's for a cap per quarter, the cap year's for a cap per year: ./rule.ts spreads
//   the contract value over the quarters). A percentage is resolved to cents per period, rounded
//   half away from zero.
// - Entries are taken in chronological order (stable within a quarter), so whoever breaches
//   first uses the room first. Several entries in one quarter (several KPIs, when the ledger runs
//   over a whole contract) share the quarter cap.
import { percentOfCents } from "@/lib/decimal";
import { applyWaiver, quarterValuesCents, type MalusCap, type MalusCaps, type Waiver } from "./rule";
import { capYearOf, type CapPeriod, type CapYear } from "./cap-years";
import { contractQuarters, quarterIndex, quarterKey, type Quarter } from "@/lib/periods";

/** What the caps of a contract's malus are measured against. */
export type MalusContract = { valueCents: number; startDate: string; endDate: string; malusCapPeriod: CapPeriod };

export type CapLevel = "quarter" | "year" | "contract";

export const CAP_LEVEL_LABELS: Record<CapLevel, string> = {
  quarter: "maximum per kwartaal",
  year: "maximum per jaar",
  contract: "maximum over de looptijd",
};

export type LedgerEntry = {
  quarter: Quarter;
  /** The malus the rule gives for the quarter (quarterMalus().rawCents). */
  rawCents: number;
  waiver?: Waiver | null;
  /** Which KPI the entry is for, carried through untouched. */
  kpiId?: string;
};

type LedgerLine = {
  quarter: Quarter;
  key: string;
  kpiId?: string;
  rawCents: number;
  waivedCents: number;
  /** Taken off by the caps. */
  cappedCents: number;
  appliedCents: number;
  /** The caps that lowered this entry, in the order they were applied. */
  cappedBy: CapLevel[];
  waiverReason?: string;
  /** Running totals of applied amounts, including this entry. */
  quarterTotalCents: number;
  /** The cap year the entry counts in and the running total within it. */
  year: CapYear;
  yearTotalCents: number;
  contractTotalCents: number;
};

export type MalusLedger = {
  lines: LedgerLine[];
  byQuarter: { key: string; quarter: Quarter; rawCents: number; waivedCents: number; appliedCents: number }[];
  byYear: (CapYear & { rawCents: number; waivedCents: number; appliedCents: number })[];
  totals: { rawCents: number; waivedCents: number; cappedCents: number; appliedCents: number };
};

/** The contract value of each quarter and cap year, which a cap given as a share of its period is taken of. */
export type PeriodValues = {
  quarterCents: (q: Quarter) => number;
  yearCents: (year: CapYear) => number;
  contractCents: number;
  yearOf: (q: Quarter) => CapYear;
};

export function periodValues(contract: MalusContract): PeriodValues {
  const basis = { period: contract.malusCapPeriod, startDate: contract.startDate };
  const quarters = contractQuarters(contract.startDate, contract.endDate);
  const values = quarterValuesCents(contract.valueCents, quarters);
  const byQuarter = new Map(quarters.map((q, i) => [q.key, values[i]]));
  const byYear = new Map<string, number>();
  quarters.forEach((q, i) => {
    const key = capYearOf(q.quarter, basis).key;
    byYear.set(key, (byYear.get(key) ?? 0) + values[i]);
  });
  return {
    quarterCents: (q) => byQuarter.get(quarterKey(q)) ?? 0,
    yearCents: (year) => byYear.get(year.key) ?? 0,
    contractCents: contract.valueCents,
    yearOf: (q) => capYearOf(q, basis),
  };
}

/** A cap in cents for one period: its amount, or its percentage of the contract's or the period's value; null for no cap. */
export function capCents(cap: MalusCap | null | undefined, contractCents: number, periodCents: number): number | null {
  if (!cap) return null;
  if (cap.kind === "cents") return cap.cents;
  return percentOfCents(cap.kind === "percent_of_contract" ? contractCents : periodCents, cap.percent);
}

/** The caps in cents that hold for an entry of this quarter. */
function capsAt(
  caps: MalusCaps | null | undefined,
  values: PeriodValues,
  quarter: Quarter,
  year: CapYear,
): Record<CapLevel, number | null> {
  return {
    quarter: capCents(caps?.perQuarter, values.contractCents, values.quarterCents(quarter)),
    year: capCents(caps?.perYear, values.contractCents, values.yearCents(year)),
    contract: capCents(caps?.perContract, values.contractCents, values.contractCents),
  };
}

/** The applied malus per entry with the caps that bit and the running totals. */
export function malusLedger(
  entries: LedgerEntry[],
  caps: MalusCaps | null | undefined,
  contract: MalusContract | PeriodValues,
): MalusLedger {
  const values = "yearOf" in contract ? contract : periodValues(contract);
  const ordered = entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => quarterIndex(a.entry.quarter) - quarterIndex(b.entry.quarter) || a.i - b.i);
  const quarterTotals = new Map<number, number>();
  const yearTotals = new Map<string, number>();
  let contractTotal = 0;

  const lines = ordered.map(({ entry }): LedgerLine => {
    const raw = Math.max(0, entry.rawCents);
    const { waivedCents, remainingCents } = applyWaiver(raw, entry.waiver);
    const index = quarterIndex(entry.quarter);
    const year = values.yearOf(entry.quarter);
    const resolved = capsAt(caps, values, entry.quarter, year);
    const used: Record<CapLevel, number> = {
      quarter: quarterTotals.get(index) ?? 0,
      year: yearTotals.get(year.key) ?? 0,
      contract: contractTotal,
    };
    let applied = remainingCents;
    const cappedBy: CapLevel[] = [];
    for (const level of ["quarter", "year", "contract"] as const) {
      const cap = resolved[level];
      if (cap === null) continue;
      const room = Math.max(0, cap - used[level]);
      if (applied > room) {
        applied = room;
        cappedBy.push(level);
      }
    }
    quarterTotals.set(index, used.quarter + applied);
    yearTotals.set(year.key, used.year + applied);
    contractTotal += applied;
    return {
      quarter: entry.quarter,
      key: quarterKey(entry.quarter),
      ...(entry.kpiId === undefined ? {} : { kpiId: entry.kpiId }),
      rawCents: raw,
      waivedCents,
      cappedCents: remainingCents - applied,
      appliedCents: applied,
      cappedBy,
      ...(entry.waiver ? { waiverReason: entry.waiver.reason } : {}),
      quarterTotalCents: used.quarter + applied,
      year,
      yearTotalCents: used.year + applied,
      contractTotalCents: contractTotal,
    };
  });

  return { lines, byQuarter: sumByQuarter(lines), byYear: sumByYear(lines), totals: sumLines(lines) };
}

function sumLines(lines: LedgerLine[]) {
  return lines.reduce(
    (t, l) => ({
      rawCents: t.rawCents + l.rawCents,
      waivedCents: t.waivedCents + l.waivedCents,
      cappedCents: t.cappedCents + l.cappedCents,
      appliedCents: t.appliedCents + l.appliedCents,
    }),
    { rawCents: 0, waivedCents: 0, cappedCents: 0, appliedCents: 0 },
  );
}

function sumByQuarter(lines: LedgerLine[]): MalusLedger["byQuarter"] {
  const groups = new Map<string, LedgerLine[]>();
  for (const line of lines) groups.set(line.key, [...(groups.get(line.key) ?? []), line]);
  return [...groups.values()].map((group) => {
    const { rawCents, waivedCents, appliedCents } = sumLines(group);
    return { key: group[0].key, quarter: group[0].quarter, rawCents, waivedCents, appliedCents };
  });
}

function sumByYear(lines: LedgerLine[]): MalusLedger["byYear"] {
  const groups = new Map<string, LedgerLine[]>();
  for (const line of lines) groups.set(line.year.key, [...(groups.get(line.year.key) ?? []), line]);
  return [...groups.values()].map((group) => {
    const { rawCents, waivedCents, appliedCents } = sumLines(group);
    return { ...group[0].year, rawCents, waivedCents, appliedCents };
  });
}
