// Delivery over SMTP against a real SMTP server on loopback: the report e-mail leaves through
// nodemailer with the right envelope recipient, subject and both bodies.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendEmail } from "@/lib/email/send";
import { openTestDatabase } from "../fixtures/db";
import { outboxFor, uniqueEmail } from "../fixtures/factories";

const { db } = await openTestDatabase();

type Received = { rcptTo: string[]; raw: string };
const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
});

afterAll(async () => {
  // Files share one process (isolate: false): later files must see the outbox again.
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  await new Promise<void>((resolve) => server.close(resolve));
});

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
