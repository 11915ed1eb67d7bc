// Quarter arithmetic. Groeipad runs on quarters: the supplier reports per quarter, the quarterly
// review (kwartaalgesprek, seed 002 §4.1.6) scores per quarter, and growth-path targets and
// malus are per quarter. Dates are ISO calendar dates ("2027-04-01") without a time zone, as
// the date columns hold them. Nothing here reads the clock: "today" is always passed in.

export type QuarterNumber = 1 | 2 | 3 | 4;
export type Quarter = { year: number; quarter: QuarterNumber };

const KEY = /^(\d{4})\s*[-\s]?\s*[QK]([1-4])$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** "2027-Q2" (the stored form), and also what people type: "2027 K2", "2027-q2". */
export function parseQuarter(text: string): Quarter | null {
  const match = KEY.exec(text.trim());
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as QuarterNumber };
}

/** A quarter from a key known to be valid (constants, stored rows); throws otherwise. */
export function quarterFromKey(key: string): Quarter {
  const parsed = parseQuarter(key);
  if (!parsed) throw new RangeError(`Geen geldig kwartaal: ${JSON.stringify(key)}`);
  return parsed;
}

/** The stored and URL form: "2027-Q2". */
export function quarterKey(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** The short Dutch label for tables and chart axes: "2027 K2". */
export function quarterLabel(q: Quarter): string {
  return `${q.year} K${q.quarter}`;
}

/** The long Dutch label for headings and sentences: "2e kwartaal 2027". */
export function quarterLongLabel(q: Quarter): string {
  return `${q.quarter}e kwartaal ${q.year}`;
}

/** A running number of the quarter (year × 4 + quarter − 1): consecutive quarters differ by 1. */
export function quarterIndex(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

export function quarterFromIndex(index: number): Quarter {
  return { year: Math.floor(index / 4), quarter: ((((index % 4) + 4) % 4) + 1) as QuarterNumber };
}

/** Negative when a is earlier than b, zero when the same quarter, positive when later. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

export function sameQuarter(a: Quarter, b: Quarter): boolean {
  return compareQuarters(a, b) === 0;
}

/** n quarters later (or earlier when n is negative), across year ends: 2026-Q4 + 1 = 2027-Q1. */
export function addQuarters(q: Quarter, n: number): Quarter {
  return quarterFromIndex(quarterIndex(q) + n);
}

/** The quarters from `from` to `to`, both included; empty when `to` is before `from`. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) quarters.push(quarterFromIndex(i));
  return quarters;
}

function parseIsoDate(isoDate: string): { year: number; month: number; day: number; time: number } {
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const check = new Date(time);
    // Date.UTC rolls 2027-02-30 over to 2 March; a real date reads back unchanged.
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return { year, month, day, time };
    }
  }
  throw new RangeError(`Geen geldige datum: ${JSON.stringify(isoDate)}`);
}

function isoFromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The date `days` calendar days after an ISO date (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return isoFromTime(parseIsoDate(isoDate).time + days * DAY_MS);
}

/** Calendar days from a to b: 2027-01-01 → 2027-01-31 is 30. */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDate(b).time - parseIsoDate(a).time) / DAY_MS);
}

/** The quarter an ISO date falls in: 2025-02-15 → 2025-Q1. */
export function quarterOf(isoDate: string): Quarter {
  const { year, month } = parseIsoDate(isoDate);
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber };
}

/** First day of the quarter: 2027-Q2 → 2027-04-01. */
export function quarterStartDate(q: Quarter): string {
  return isoFromTime(Date.UTC(q.year, (q.quarter - 1) * 3, 1));
}

/** Last day of the quarter: 2027-Q2 → 2027-06-30. */
export function quarterEndDate(q: Quarter): string {
  // Day 0 of the month after the quarter is the quarter's last day.
  return isoFromTime(Date.UTC(q.year, q.quarter * 3, 0));
}

/** 90 or 91 days for Q1 (leap years), 91 for Q2, 92 for Q3 and Q4. */
export function daysInQuarter(q: Quarter): number {
  return daysBetween(quarterStartDate(q), quarterEndDate(q)) + 1;
}

export type ContractQuarter = {
  quarter: Quarter;
  key: string;
  /** The part of the quarter inside the contract, both dates included. */
  startDate: string;
  endDate: string;
  coveredDays: number;
  daysInQuarter: number;
  /** True for a first or last quarter the contract does not cover entirely. */
  partial: boolean;
  /** coveredDays / daysInQuarter, for display; money uses the two integers, never this float. */
  share: number;
};

/**
 * Every quarter a contract touches, from the quarter of its start date to that of its end date
 * (both included). A contract from 2025-02-15 has a partial 2025-Q1 of 45 of 90 days: it still
 * counts, because the supplier reports on it and its share of the contract value is due.
 */
export function contractQuarters(startDate: string, endDate: string): ContractQuarter[] {
  if (daysBetween(startDate, endDate) < 0) {
    throw new RangeError(`De einddatum ${endDate} ligt voor de begindatum ${startDate}.`);
  }
  return quarterRange(quarterOf(startDate), quarterOf(endDate)).map((quarter) => {
    const qStart = quarterStartDate(quarter);
    const qEnd = quarterEndDate(quarter);
    const from = startDate > qStart ? startDate : qStart;
    const to = endDate < qEnd ? endDate : qEnd;
    const coveredDays = daysBetween(from, to) + 1;
    const total = daysInQuarter(quarter);
    return {
      quarter,
      key: quarterKey(quarter),
      startDate: from,
      endDate: to,
      coveredDays,
      daysInQuarter: total,
      partial: coveredDays < total,
      share: coveredDays / total,
    };
  });
}

export const DEFAULT_REPORT_DUE_DAYS = 30;

/** The report of a quarter is due `days` after the quarter ends: 2026-Q4 → 2027-01-30. */
export function reportDueDate(q: Quarter, days: number = DEFAULT_REPORT_DUE_DAYS): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Ongeldig aantal dagen: ${days}`);
  return addDays(quarterEndDate(q), days);
}

export type QuarterTiming = "past" | "current" | "future";

/** Whether a quarter is over, running or still to come on the given day. */
export function quarterTiming(q: Quarter, today: string): QuarterTiming {
  const difference = compareQuarters(q, quarterOf(today));
  return difference < 0 ? "past" : difference === 0 ? "current" : "future";
}
