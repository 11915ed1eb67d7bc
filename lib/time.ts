// The clock, read as a Dutch calendar: contract dates, quarters and meetings are Amsterdam dates
// and times, whatever time zone the server runs in. Every function takes the moment as an
// argument (defaulting to now), so rules and tests pass in the day they mean.

const AMSTERDAM = "Europe/Amsterdam";

const amsterdamClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: AMSTERDAM,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Amsterdam's wall clock runs ahead of UTC at this moment (one or two hours). */
function amsterdamOffsetMs(at: Date): number {
  const parts = amsterdamClock.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

/** The wall-clock date and time of an instant in Amsterdam: { date: "2027-07-15", time: "14:00" }. */
export function amsterdamParts(at: Date): { date: string; time: string } {
  const iso = new Date(at.getTime() + amsterdamOffsetMs(at)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * The instant of a wall-clock time in Amsterdam ("2027-07-15", "14:00"), daylight saving
 * included. A time that does not exist (the spring-forward hour) moves forward by the gap.
 */
export function amsterdamDateTime(date: string, time: string): Date {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Guess with the offset at the wall time read as UTC, then correct once with the offset at the guess.
  const first = wall - amsterdamOffsetMs(new Date(wall));
  return new Date(wall - amsterdamOffsetMs(new Date(first)));
}

/** Today's date in Amsterdam as an ISO date ("2027-07-15"): contract dates are Dutch calendar dates. */
export function amsterdamToday(now: Date = new Date()): string {
  return amsterdamParts(now).date;
}

/** The calendar year in Amsterdam: on 31 December at 23:30 UTC it is already the next year. */
export function amsterdamYear(now: Date = new Date()): number {
  return Number(amsterdamToday(now).slice(0, 4));
}

/**
 * An instant as ISO 8601 with Amsterdam's offset ("2027-07-15T14:00:00+02:00"), for open-data
 * exports (OCDS), whose readers want the local wall time and the zone together.
 */
export function amsterdamIsoString(at: Date): string {
  const offset = amsterdamOffsetMs(at);
  const wall = new Date(Math.floor(at.getTime() / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${wall}${offset < 0 ? "-" : "+"}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The first and the last second of an Amsterdam calendar day, as amsterdamIsoString writes them. */
export function amsterdamDayBounds(date: string): { start: string; end: string } {
  const lastMinute = amsterdamDateTime(date, "23:59");
  return { start: amsterdamIsoString(amsterdamDateTime(date, "00:00")), end: amsterdamIsoString(new Date(lastMinute.getTime() + 59_000)) };
}
