// The development outbox has one text column and no room for files, so an e-mail's calendar part
// is kept under its text after a marker line, and the outbox page splits it off again: whoever
// tries the demo sees that an invitation or a cancellation went along, and what it said.
import type { CalendarEvent } from "./send";

const MARKER = /\n\n--- Agenda: (.+) \(METHOD:([A-Z]+)\) ---\n([\s\S]*)$/;

export function withCalendar(text: string, event: CalendarEvent | undefined): string {
  return event ? `${text}\n\n--- Agenda: ${event.filename} (METHOD:${event.method}) ---\n${event.content}` : text;
}

/** The text of an outbox row without its calendar part, and that part, if there was one. */
export function splitCalendar(text: string): { text: string; calendar: CalendarEvent | null } {
  const match = MARKER.exec(text);
  if (!match || (match[2] !== "REQUEST" && match[2] !== "CANCEL")) return { text, calendar: null };
  return { text: text.slice(0, match.index), calendar: { filename: match[1], method: match[2], content: match[3] } };
}
