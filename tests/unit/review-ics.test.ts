import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine } from "@/lib/reviews/ics";

const event = {
  method: "REQUEST" as const,
  uid: "review-123@groeipad",
  sequence: 3,
  start: new Date("2027-07-15T12:00:00Z"),
  durationMinutes: 90,
  stamp: new Date("2027-07-01T08:30:00Z"),
  summary: "Kwartaalreview 2e kwartaal 2027: Catering, stadhuis; wijkcentra",
  description: "Regel één\nRegel twee met \\ backslash",
  location: "Stadhuis, kamer 2.14",
  organizer: { name: "Fatima el Amrani", email: "fatima@voorbeeldstad.nl" },
  attendees: [
    { name: "Mehmet Yılmaz", email: "mehmet@groen-cateraars.nl" },
    { name: "Een gast met een hele lange naam die de regel zeker langer dan vijfenzeventig octetten maakt", email: "gast@example.nl" },
  ],
};

describe("buildIcs", () => {
  const ics = buildIcs(event);
  it("is a METHOD:REQUEST calendar with a stable UID, the review version as SEQUENCE and UTC times", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(ics).toContain("\r\nUID:review-123@groeipad\r\n");
    expect(ics).toContain("\r\nSEQUENCE:3\r\n");
    expect(ics).toContain("\r\nDTSTART:20270715T120000Z\r\n");
    expect(ics).toContain("\r\nDTEND:20270715T133000Z\r\n");
    expect(ics).toContain("\r\nDTSTAMP:20270701T083000Z\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("asks every attendee to answer and confirms the meeting", () => {
    expect(ics.replace(/\r\n /g, "")).toContain(
      '\r\nATTENDEE;CN="Mehmet Yılmaz";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mehmet@groen-cateraars.nl\r\n',
    );
    expect(ics).toContain('\r\nORGANIZER;CN="Fatima el Amrani":mailto:fatima@voorbeeldstad.nl\r\n');
    expect(ics).toContain("\r\nSTATUS:CONFIRMED\r\n");
  });

  it("uses CRLF only and folds every line at 75 octets", () => {
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      'ATTENDEE;CN="Een gast met een hele lange naam die de regel zeker langer dan vijfenzeventig octetten maakt";ROLE=REQ-PARTICIPANT',
    );
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Kwartaalreview 2e kwartaal 2027: Catering\\, stadhuis\\; wijkcentra");
    expect(unfolded).toContain("DESCRIPTION:Regel één\\nRegel twee met \\\\ backslash");
    expect(unfolded).toContain("LOCATION:Stadhuis\\, kamer 2.14");
    expect(escapeText("a,b;c\\d\r\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("never folds inside a multi-byte character", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(80)}`);
    for (const line of folded.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"é".repeat(80)}`);
  });
});

describe("buildIcs for a cancellation", () => {
  const invitation = buildIcs(event);
  const ics = buildIcs({ ...event, method: "CANCEL", sequence: 4 });
  const unfolded = ics.replace(/\r\n /g, "");
  const lines = (text: string) => text.replace(/\r\n /g, "").split("\r\n");

  it("is a METHOD:CANCEL of the same UID with a higher SEQUENCE and STATUS:CANCELLED", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(ics).not.toContain("METHOD:REQUEST");
    expect(ics).toContain("\r\nUID:review-123@groeipad\r\n");
    expect(ics).toContain("\r\nSEQUENCE:4\r\n");
    expect(ics).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(ics).not.toContain("STATUS:CONFIRMED");
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
  });

  it("names the same organiser and attendees as the invitation, and asks no one to answer", () => {
    const people = (text: string) =>
      lines(text)
        .filter((l) => l.startsWith("ORGANIZER") || l.startsWith("ATTENDEE"))
        .map((l) => l.replace(";PARTSTAT=NEEDS-ACTION;RSVP=TRUE", ""));
    expect(people(ics)).toEqual(people(invitation));
    expect(people(ics)).toHaveLength(3);
    expect(unfolded).not.toContain("RSVP");
    expect(unfolded).not.toContain("PARTSTAT");
  });

  it("keeps the meeting's time and text, escaped and folded as the invitation", () => {
    for (const name of ["DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION"]) {
      expect(lines(ics).find((l) => l.startsWith(`${name}:`))).toBe(lines(invitation).find((l) => l.startsWith(`${name}:`)));
    }
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
