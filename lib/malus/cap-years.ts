// Which year a malus cap "per year" counts in. Contracts cap penalties per contract year, from
// the start date; budgets and annual accounts think in calendar years. Each contract says which,
// and the malus sentence and the ledger name it, so a cap of € 15.000 per year lets through
// € 15.000 in a year both parties can point to on a calendar.
//
// Rules decided here:
// - A quarter counts in the contract year in which it starts. A contract from 1 July 2025 has
//   contract year 1 from 1 July 2025 to 30 June 2026: 2025-Q3 up to 2026-Q2.
// - A quarter that starts before the contract (a contract from 15 August: 2025-Q3) counts in year 1.
// - A contract year starting on 29 February starts on 28 February in a year without it.
import { formatDate } from "@/lib/format";
import { addDays, quarterStartDate, type Quarter } from "@/lib/periods";

export const CAP_PERIODS = ["contract_year", "calendar_year"] as const;
export type CapPeriod = (typeof CAP_PERIODS)[number];

/** As the contract form offers them. */
export const CAP_PERIOD_LABELS: Record<CapPeriod, string> = {
  contract_year: "Contractjaar (vanaf het begin van het contract)",
  calendar_year: "Kalenderjaar",
};

/** The year a cap per year counts in: a stable key, a Dutch label and its first and last day. */
export type CapYear = { key: string; label: string; from: string; to: string };

/** The contract's choice and start date: all it takes to place a quarter in its cap year. */
export type CapYearBasis = { period: CapPeriod; startDate: string };

/** The cap year a quarter counts in. */
export function capYearOf(quarter: Quarter, basis: CapYearBasis): CapYear {
  if (basis.period === "calendar_year") {
    return { key: String(quarter.year), label: String(quarter.year), from: `${quarter.year}-01-01`, to: `${quarter.year}-12-31` };
  }
  const n = contractYearNumber(quarterStartDate(quarter), basis.startDate);
  const from = anniversary(basis.startDate, n - 1);
  const to = addDays(anniversary(basis.startDate, n), -1);
  return { key: `contractjaar-${n}`, label: `Contractjaar ${n} (${formatDate(from)} – ${formatDate(to)})`, from, to };
}

/** "per contractjaar" or "per kalenderjaar", for the malus sentence. */
export function perCapYear(basis: CapYearBasis | undefined): string {
  if (!basis) return "per jaar";
  return basis.period === "calendar_year"
    ? "per kalenderjaar"
    : `per contractjaar (vanaf ${formatDate(basis.startDate).replace(/ \d{4}$/, "")})`;
}

/** 1 for the year from the start date, 2 from its first anniversary, and so on; 1 before the start. */
function contractYearNumber(date: string, start: string): number {
  let years = Number(date.slice(0, 4)) - Number(start.slice(0, 4));
  if (date < anniversary(start, years)) years -= 1;
  return Math.max(0, years) + 1;
}

/** The start date n years on; 29 February becomes 28 February in a year without it. */
function anniversary(start: string, n: number): string {
  const year = Number(start.slice(0, 4)) + n;
  const monthDay = start.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}
