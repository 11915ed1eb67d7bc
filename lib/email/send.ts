import { render } from "@react-email/components";
import { desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";
import { emailTemplates, type EmailProps, type EmailTemplateName } from "@/emails";
import { env, isDemoMode } from "@/lib/env";
import { setLocal } from "@/lib/transaction-settings";
import { withCalendar } from "./outbox-calendar";

export type SentEmail = { to: string; subject: string; html: string; text: string; template: string };

/**
 * A calendar message (iCalendar with METHOD matching `method`) sent as the e-mail's
 * text/calendar alternative, which mail clients offer to accept or to remove from the calendar,
 * and as the same file attached for clients that only show attachments.
 */
export type CalendarEvent = { method: "REQUEST" | "CANCEL"; filename: string; content: string };

/** A file sent along, such as a final review's PDF. */
export type EmailAttachment = { filename: string; content: Buffer; contentType: string };

type Message<N extends EmailTemplateName> = {
  to: string;
  template: N;
  props: EmailProps<N>;
  calendarEvent?: CalendarEvent;
  attachments?: readonly EmailAttachment[];
};

/** An e-mail prepared inside a transaction, to be sent once the transaction has committed. */
export type PendingEmail = { [N in EmailTemplateName]: Message<N> }[EmailTemplateName];

/** What the handler of an action that announces its change returns: its answer and the e-mails about it. */
export type Announced<R> = { result: R; emails: readonly PendingEmail[] };

/**
 * The afterCommit step of an action that announces what it did (lib/http/steps.ts): a rolled-back
 * change never announces itself, and a notification that fails is logged but never undoes the
 * change that was committed. Answers with the handler's result.
 */
export async function sendAfterCommit<R>(db: Db, done: Announced<R>): Promise<R> {
  for (const email of done.emails) {
    try {
      await sendEmail(db, email as never);
    } catch (error) {
      console.error(`E-mail ${email.template} aan ${email.to} niet verstuurd:`, error instanceof Error ? error.message : error);
    }
  }
  return done.result;
}

/**
 * Renders a template to HTML and plain text and delivers it: over SMTP when SMTP_URL is set,
 * otherwise into the development outbox (a table, so every app instance shows the same).
 */
export async function sendEmail<N extends EmailTemplateName>(db: Db, message: Message<N>): Promise<SentEmail> {
  const email = await renderEmail(message.template, message.props);
  const full = { ...email, to: message.to };
  const calendar = message.calendarEvent;
  const smtpUrl = env().SMTP_URL;
  if (smtpUrl) {
    const nodemailer = await import("nodemailer");
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: full.to,
      subject: full.subject,
      html: full.html,
      text: full.text,
      ...(calendar ? { icalEvent: calendar } : {}),
      ...(message.attachments?.length ? { attachments: message.attachments.map((a) => ({ ...a })) } : {}),
    });
  } else {
    const kept = keptInOutbox(message.template, full);
    // The outbox keeps no files: it names them, so the demo shows that they went along.
    const named = (message.attachments ?? []).map((a) => `\n\nBijlage: ${a.filename} (${a.contentType})`).join("");
    await db.insert(outboxEmails).values({ ...kept, text: withCalendar(kept.text + named, calendar) });
  }
  return full;
}

// E-mails whose link signs the reader in: a magic link, an invitation (accepting one signs in).
const CARRIES_SIGN_IN_LINK: ReadonlySet<EmailTemplateName> = new Set(["magic-link", "invitation"]);

const WITHHELD =
  "De inhoud van deze e-mail is niet bewaard: de link erin geeft toegang tot Groeipad. Stel SMTP_URL in om e-mail te versturen.";

/**
 * What the outbox keeps of an e-mail. Outside the demo an outbox row must never hand out a way
 * in, so a sign-in link is withheld: whoever can read the table cannot sign in as the recipient.
 */
function keptInOutbox(template: EmailTemplateName, email: SentEmail): SentEmail {
  if (isDemoMode() || !CARRIES_SIGN_IN_LINK.has(template)) return email;
  return { ...email, html: `<p>${WITHHELD}</p>`, text: WITHHELD };
}

export async function renderEmail<N extends EmailTemplateName>(name: N, rawProps: EmailProps<N>) {
  const template = emailTemplates[name];
  // Each template's props are validated by its own schema before rendering.
  const props = template.props.parse(rawProps) as never;
  const element = template.render(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { template: name, subject: template.subject(props), html, text };
}

/** The demo's outbox page: the one reader of the outbox, which row-level security admits by name. */
export async function listOutbox(db: Db, limit = 100) {
  return db.transaction(async (tx) => {
    await setLocal(tx as unknown as Db, { values: { "app.outbox": "demo" } });
    return tx.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt)).limit(limit);
  });
}
