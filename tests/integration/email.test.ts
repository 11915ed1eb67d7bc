import { describe, expect, it } from "vitest";
import { listOutbox, renderEmail, sendEmail } from "@/lib/email/send";
import { openTestDatabase } from "../fixtures/db";
import { outboxFor, uniqueEmail } from "../fixtures/factories";

const { db } = await openTestDatabase();

const props = {
  organisationName: "Schoon & Zo BV",
  roleLabel: "Beheerder",
  invitedBy: "Marieke de Vries",
  invitingOrganisationName: "Gemeente Zwolle",
  contractTitle: "Schoonmaak stadskantoor",
  acceptUrl: "http://groeipad.test/uitnodiging/abc123",
  expiresOn: "18 mei 2026",
};

describe("e-mail templates", () => {
  it("renders the invitation as HTML and as plain text, both with the link", async () => {
    const email = await renderEmail("invitation", props);
    expect(email.subject).toBe("Uitnodiging voor Schoon & Zo BV in Groeipad");
    expect(email.html).toContain('href="http://groeipad.test/uitnodiging/abc123"');
    expect(email.html).toMatch(/<html[^>]*lang="nl"/);
    expect(email.text).toContain("http://groeipad.test/uitnodiging/abc123");
    expect(email.text).toContain("Schoonmaak stadskantoor");
    expect(email.text).toContain("18 mei 2026");
    expect(email.text).not.toContain("<");
  });

  it("refuses props that would send a broken link", async () => {
    await expect(renderEmail("invitation", { ...props, acceptUrl: "niet een link" })).rejects.toThrow();
  });
});

describe("sending without SMTP_URL", () => {
  it("keeps the e-mail in the outbox that the app shows", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const to = uniqueEmail();
    const sent = await sendEmail(db, { to, template: "invitation", props });
    const [stored] = await outboxFor(db, to);
    expect(stored).toMatchObject({ to, subject: sent.subject, template: "invitation", text: sent.text, html: sent.html });
    expect((await listOutbox(db, 500)).map((m) => m.to)).toContain(to);
  });
});
