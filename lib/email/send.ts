import { render } from "@react-email/components";
import { desc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxEmails } from "@/db/schema";
import { emailTemplates, type EmailProps, type EmailTemplateName } from "@/emails";
import { env } from "@/lib/env";

export type SentEmail = { to: string; subject: string; html: string; text: string; template: string };

/**
 * Renders a template to HTML and plain text and delivers it: over SMTP when SMTP_URL is set,
 * otherwise into the development outbox (a table, so every app instance shows the same).
 */
export async function sendEmail<N extends EmailTemplateName>(
  db: Db,
  message: { to: string; template: N; props: EmailProps<N> },
): Promise<SentEmail> {
  const email = await renderEmail(message.template, message.props);
  const full = { ...email, to: message.to };
  const smtpUrl = env().SMTP_URL;
  if (smtpUrl) {
    const nodemailer = await import("nodemailer");
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({ from: env().MAIL_FROM, to: full.to, subject: full.subject, html: full.html, text: full.text });
  } else {
    await db.insert(outboxEmails).values(full);
  }
  return full;
}

export async function renderEmail<N extends EmailTemplateName>(name: N, rawProps: EmailProps<N>) {
  const template = emailTemplates[name];
  // Each template's props are validated by its own schema before rendering.
  const props = template.props.parse(rawProps) as never;
  const element = template.render(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { template: name, subject: template.subject(props), html, text };
}

export async function listOutbox(db: Db, limit = 100) {
  return db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt)).limit(limit);
}
