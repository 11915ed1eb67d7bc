import { describe, expect, it } from "vitest";
import { splitCalendar, withCalendar } from "@/lib/email/outbox-calendar";

const content =
  "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nSUMMARY:Een regel\r\n  die doorloopt\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

describe("the calendar part of an outbox e-mail", () => {
  it("is kept under the text and split off again unchanged", () => {
    const event = { method: "CANCEL" as const, filename: "kwartaalreview-2026-K3.ics", content };
    const kept = withCalendar("Het overleg is afgezegd.\n\n--- geen agenda ---", event);
    expect(kept).toContain("--- Agenda: kwartaalreview-2026-K3.ics (METHOD:CANCEL) ---");
    expect(splitCalendar(kept)).toEqual({ text: "Het overleg is afgezegd.\n\n--- geen agenda ---", calendar: event });
  });

  it("leaves an e-mail without one as it is", () => {
    expect(withCalendar("Tekst", undefined)).toBe("Tekst");
    expect(splitCalendar("Tekst")).toEqual({ text: "Tekst", calendar: null });
    const unknown = "Tekst\n\n--- Agenda: x.ics (METHOD:PUBLISH) ---\nBEGIN:VCALENDAR";
    expect(splitCalendar(unknown)).toEqual({ text: unknown, calendar: null });
  });
});
