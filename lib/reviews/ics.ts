// The calendar invitation of a review meeting (RFC 5545) and its cancellation, as iTIP messages
// (RFC 5546): REQUEST invites or updates, CANCEL takes the meeting out of every calendar. Times are
// written in UTC ("Z"), so no VTIMEZONE block is needed and every calendar shows the meeting at
// the right local time. The UID is stable per review and SEQUENCE is the review's version, so a
// re-planned meeting updates the entry instead of adding a second one, and a cancellation (a
// higher version) wins over the invitation it cancels.

type IcsAttendee = { name: string; email: string };
/** The iTIP method; the e-mail part that carries the file names the same one (text/calendar; method=…). */
export type IcsMethod = "REQUEST" | "CANCEL";
export type IcsEvent = {
  method: IcsMethod;
  uid: string;
  sequence: number;
  start: Date;
  durationMinutes: number;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  organizer?: IcsAttendee | null;
  attendees: IcsAttendee[];
  /** DTSTAMP: when the invitation was made. */
  stamp: Date;
};

/** 20270715T120000Z */
function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A CN parameter value: quoted, without the characters a quoted parameter cannot hold. */
function cn(name: string): string {
  return `"${name.replace(/["\r\n]/g, "")}"`;
}

/** A request asks every attendee to answer; a cancellation asks nothing. */
function attendee(a: IcsAttendee, method: IcsMethod): string {
  const answer = method === "REQUEST" ? ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE" : "";
  return `ATTENDEE;CN=${cn(a.name)};ROLE=REQ-PARTICIPANT${answer}:mailto:${a.email}`;
}

export function buildIcs(event: IcsEvent): string {
  const end = new Date(event.start.getTime() + event.durationMinutes * 60_000);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Groeipad//Kwartaalreview//NL",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.method}`,
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.organizer ? [`ORGANIZER;CN=${cn(event.organizer.name)}:mailto:${event.organizer.email}`] : []),
    ...event.attendees.map((a) => attendee(a, event.method)),
    event.method === "CANCEL" ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
