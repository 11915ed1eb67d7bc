// Delivery over SMTP against a real SMTP server on loopback: the report e-mail leaves through
// nodemailer with the right envelope recipient, subject and both bodies; a review invitation or
// cancellation carries its calendar message as the text/calendar alternative mail clients offer
// to accept, with the METHOD of the file in the part's method parameter.
import { describe, expect, it } from "vitest";
import { sendEmail } from "@/lib/email/send";
import { buildIcs, type IcsMethod } from "@/lib/reviews/ics";
import { openTestDatabase } from "../fixtures/db";
import { useSmtpServer } from "../fixtures/smtp";
import { outboxFor, uniqueEmail } from "../fixtures/factories";

const { db } = await openTestDatabase();

const { received } = useSmtpServer();

describe("sending over SMTP", () => {
  it("delivers a report e-mail to the SMTP server instead of the outbox", async () => {
    const to = uniqueEmail("rapporteur");
    const sent = await sendEmail(db, {
      to,
      template: "report-reminder",
      props: {
        contractTitle: "Schoonmaak stadskantoor",
        buyerName: "Gemeente Zwolle",
        supplierName: "Schoon & Zo BV",
        quarterLabel: "4e kwartaal 2026",
        reportUrl: "http://groeipad.test/schoon-zo/contracten/00000000-0000-4000-8000-000000000001/rapportages/2026-Q4",
        dueDate: "30 januari 2027",
      },
    });
    expect(sent.subject).toBe("Herinnering: rapportage 4e kwartaal 2026 voor Schoonmaak stadskantoor uiterlijk 30 januari 2027");

    const mail = received.find((r) => r.rcptTo.includes(to));
    expect(mail).toBeDefined();
    // The subject header may be folded or encoded; unfold and compare the decoded text parts.
    const headers = mail!.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
    expect(headers).toMatch(new RegExp(`^To: ${to.replace(/[.+]/g, "\\$&")}$`, "mi"));
    expect(decodeHeader(/^Subject: (.*)$/im.exec(headers)?.[1] ?? "")).toBe(sent.subject);
    expect(mail!.raw).toContain("multipart/alternative");
    expect(await outboxFor(db, to)).toHaveLength(0);
  });
});

describe("sending a calendar message over SMTP", () => {
  const invitation = (method: IcsMethod) =>
    buildIcs({
      method,
      uid: "review-00000000-0000-4000-8000-000000000009@groeipad",
      sequence: method === "CANCEL" ? 3 : 2,
      start: new Date("2030-10-17T12:00:00Z"),
      durationMinutes: 90,
      stamp: new Date("2030-10-01T08:00:00Z"),
      summary: "Kwartaalreview 3e kwartaal 2026: Catering, stadhuis; wijkcentra – één",
      location: "Stadhuis, kamer 2.14",
      organizer: { name: "Fatima El Amrani", email: "fatima@voorbeeldstad.example" },
      attendees: [{ name: "Łukasz Kıvanç Ağaoğlu met een naam die de regel zeker langer maakt", email: "lukasz@example.nl" }],
    });
  const props = {
    contractTitle: "Catering stadhuis",
    buyerName: "Gemeente Voorbeeldstad",
    supplierName: "Groen Cateraars B.V.",
    quarterLabel: "3e kwartaal 2026",
    meetingLabel: "donderdag 17 oktober 2030, 14:00–15:30",
    location: "Stadhuis, kamer 2.14",
    participants: ["Fatima El Amrani"],
    reviewUrl: null,
    updated: false,
  };

  it("sends the invitation as a text/calendar; method=REQUEST alternative and as the .ics file", async () => {
    const to = uniqueEmail("deelnemer");
    const content = invitation("REQUEST");
    const calendarEvent = { method: "REQUEST" as const, filename: "kwartaalreview-2026-K3.ics", content };
    await sendEmail(db, { to, template: "review-invitation", props, calendarEvent });
    const mail = received.find((r) => r.rcptTo.includes(to))!;
    expect(mail.raw).toContain("Content-Type: text/calendar; charset=utf-8; method=REQUEST");

    // The alternative sits with the text and the HTML, and decodes to the file byte for byte (CRLF and folding kept).
    const alternative = partsOf(mail.raw).find((p) => /^Content-Type: multipart\/alternative/im.test(p.headers))!;
    const calendarPart = partsOf(`${alternative.headers}\r\n\r\n${alternative.body}`).find((p) =>
      /^Content-Type: text\/calendar/im.test(p.headers),
    )!;
    expect(decodePart(calendarPart)).toBe(content);
    expect(decodePart(calendarPart)).toContain("\r\nMETHOD:REQUEST\r\n");
    // The same file attached, for mail clients that only show attachments.
    const file = partsOf(mail.raw).find((p) => /filename=kwartaalreview-2026-K3\.ics/.test(p.headers))!;
    expect(decodePart(file)).toBe(content);
    expect(await outboxFor(db, to)).toHaveLength(0);
  });

  it("sends a cancellation as text/calendar; method=CANCEL with METHOD:CANCEL inside", async () => {
    const to = uniqueEmail("deelnemer");
    const content = invitation("CANCEL");
    await sendEmail(db, {
      to,
      template: "review-cancelled",
      props: {
        contractTitle: "Catering stadhuis",
        quarterLabel: "3e kwartaal 2026",
        meetingLabel: props.meetingLabel,
        cancelledBy: "Fatima",
        reviewUrl: null,
      },
      calendarEvent: { method: "CANCEL", filename: "kwartaalreview-2026-K3.ics", content },
    });
    const mail = received.find((r) => r.rcptTo.includes(to))!;
    expect(mail.raw).toContain("Content-Type: text/calendar; charset=utf-8; method=CANCEL");
    expect(mail.raw).not.toContain("method=REQUEST");
    const alternative = partsOf(mail.raw).find((p) => /^Content-Type: multipart\/alternative/im.test(p.headers))!;
    const decoded = decodePart(
      partsOf(`${alternative.headers}\r\n\r\n${alternative.body}`).find((p) => /^Content-Type: text\/calendar/im.test(p.headers))!,
    );
    expect(decoded).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(decoded).toContain("\r\nSTATUS:CANCELLED\r\n");
  });
});

type Part = { headers: string; body: string };

/** The parts of a multipart entity (its headers, then its body), headers unfolded; enough MIME for what nodemailer writes. */
function partsOf(entity: string): Part[] {
  const boundary = /boundary="([^"]+)"/.exec(entity.replace(/\r?\n[ \t]+/g, " "))?.[1];
  if (!boundary) return [];
  return entity
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const part = chunk.replace(/^\r?\n/, "");
      const at = part.search(/\r?\n\r?\n/);
      const gap = /\r?\n\r?\n/.exec(part.slice(at))![0].length;
      return { headers: part.slice(0, at).replace(/\r?\n[ \t]+/g, " "), body: part.slice(at + gap).replace(/\r?\n$/, "") };
    });
}

/** The body of a part as text, from quoted-printable, base64 or 7bit. */
function decodePart(part: Part): string {
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(part.headers)?.[1].toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = part.body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return part.body;
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?...?= or ?B?) as nodemailer writes them. */
function decodeHeader(value: string): string {
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}
