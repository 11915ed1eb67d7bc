// Quarter arithmetic. Groeipad runs on quarters: the supplier reports per quarter, the quarterly
// review (kwartaalgesprek, seed 002 §4.1.6) scores per quarter, and growth-path targets and
// malus are per quarter. Dates are ISO calendar dates ("2027-04-01") without a time zone, as
// the date columns hold them. Nothing here reads the clock: "today" is always passed in.

type QuarterNumber = 1 | 2 | 3 | 4;
export type Quarter = { year: number; quarter: QuarterNumber };

const KEY = /^(\d{4})\s*[-\s]?\s*[QK]([1-4])$/i;
// Four or more digits and an optional minus: what isoFromTime writes for any year, so a date
// computed from an out-of-range old row (a due date after 9999-12-31) still reads back.
const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The dates Groeipad plans with. Inputs are refused outside them (lib/zod.ts dateField, and a
 * CHECK in the database); a row stored before that check is read as if it were clamped to them,
 * so a contract "from 0001-01-01 to 9999-12-31" shows 2000 to 2100 instead of 32,000 quarters.
 */
export const FIRST_DATE = "2000-01-01";
export const LAST_DATE = "2100-12-31";
/** Base and target years of goals and organisation targets may lie before the first date. */
export const FIRST_BASE_YEAR = 1990;
export const LAST_YEAR = 2100;

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
  // Padded, so the key of any year reads back through parseQuarter and sorts as text.
  return `${String(q.year).padStart(4, "0")}-Q${q.quarter}`;
}

/** The short Dutch label for tables and chart axes: "2027 K2". */
export function quarterLabel(q: Quarter): string {
  return `${q.year} K${q.quarter}`;
}

/** The label in a file name, the short label without a space: "2027-K2". */
export function quarterFileLabel(q: Quarter): string {
  return quarterLabel(q).replace(" ", "-");
}

/** The long Dutch label for headings and sentences: "2e kwartaal 2027". */
export function quarterLongLabel(q: Quarter): string {
  return `${q.quarter}e kwartaal ${q.year}`;
}

/** A running number of the quarter (year × 4 + quarter − 1): consecutive quarters differ by 1. */
export function quarterIndex(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

function quarterFromIndex(index: number): Quarter {
  return { year: Math.floor(index / 4), quarter: ((((index % 4) + 4) % 4) + 1) as QuarterNumber };
}

/** Negative when a is earlier than b, zero when the same quarter, positive when later. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b);
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

/**
 * Milliseconds since 1970 of a calendar day in UTC, for any year. Date.UTC is not used: it reads
 * the years 0 to 99 as 1900 to 1999.
 */
function utcTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

type ParsedDate = Readonly<{ year: number; month: number; day: number; time: number }>;

// Pages over thousands of contracts read the same few hundred dates tens of thousands of times
// (start, end and due dates, quarter bounds): parsed once each. Bounded, so odd input cannot grow it.
const PARSED_DATES = new Map<string, ParsedDate>();
const PARSED_DATES_MAX = 10_000;

function parseIsoDate(isoDate: string): ParsedDate {
  const known = PARSED_DATES.get(isoDate);
  if (known) return known;
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = utcTime(year, month - 1, day);
    const check = new Date(time);
    // 2027-02-30 rolls over to 2 March; a real date reads back unchanged.
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      if (PARSED_DATES.size >= PARSED_DATES_MAX) PARSED_DATES.clear();
      const parsed = Object.freeze({ year, month, day, time });
      PARSED_DATES.set(isoDate, parsed);
      return parsed;
    }
  }
  throw new RangeError(`Geen geldige datum: ${JSON.stringify(isoDate)}`);
}

/** True for a real calendar date written as "YYYY-MM-DD" (2027-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The question a form asks under a date before today. Not refused, since recording what already
 * happened is fine, but asked, so a slip of the year is caught before it is saved.
 */
export function pastDateQuestion(date: string, today: string): string | null {
  return isIsoDate(date) && date < today ? "Deze datum ligt in het verleden. Klopt dat?" : null;
}

function isoFromTime(time: number): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");
  return `${year < 0 ? "-" : ""}${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** A date moved into FIRST_DATE … LAST_DATE (compared as dates, not as text, for any year). */
function clampToPlanning(isoDate: string): string {
  const time = parseIsoDate(isoDate).time;
  if (time < parseIsoDate(FIRST_DATE).time) return FIRST_DATE;
  if (time > parseIsoDate(LAST_DATE).time) return LAST_DATE;
  return isoDate;
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
  return isoFromTime(utcTime(q.year, (q.quarter - 1) * 3, 1));
}

/** Last day of the quarter: 2027-Q2 → 2027-06-30. */
export function quarterEndDate(q: Quarter): string {
  // Day 0 of the month after the quarter is the quarter's last day.
  return isoFromTime(utcTime(q.year, q.quarter * 3, 0));
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
 * Dates outside FIRST_DATE … LAST_DATE (only rows stored before they were checked) are clamped,
 * so no contract has more than the 404 quarters of 2000 to 2100.
 */
export function contractQuarters(contractStart: string, contractEnd: string): ContractQuarter[] {
  const { startDate, endDate, quarters } = contractSpan(contractStart, contractEnd);
  return quarters.map((quarter) => {
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

/** The quarters of contractQuarters without their coverage, for lists over many contracts. */
export function contractQuarterList(contractStart: string, contractEnd: string): Quarter[] {
  return contractSpan(contractStart, contractEnd).quarters;
}

function contractSpan(contractStart: string, contractEnd: string) {
  if (daysBetween(contractStart, contractEnd) < 0) {
    throw new RangeError(`De einddatum ${contractEnd} ligt voor de begindatum ${contractStart}.`);
  }
  const startDate = clampToPlanning(contractStart);
  const endDate = clampToPlanning(contractEnd);
  return { startDate, endDate, quarters: quarterRange(quarterOf(startDate), quarterOf(endDate)) };
}

const DEFAULT_REPORT_DUE_DAYS = 30;

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
