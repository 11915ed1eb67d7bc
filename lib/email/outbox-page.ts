import { getDb } from "@/db/client";
import { isDemoMode } from "@/lib/env";
import { splitCalendar } from "./outbox-calendar";
import { listOutbox } from "./send";

/** The outbox with the links and the calendar part of each e-mail, or null outside demo mode (the page then 404s). */
export async function outboxPage() {
  if (!isDemoMode()) return null;
  const emails = await listOutbox(await getDb());
  return emails.map((e) => ({ ...e, ...splitCalendar(e.text), links: linksIn(e.html) }));
}

export function linksIn(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = match[1].replace(/&amp;/g, "&");
    if (href.startsWith("http")) links.add(href);
  }
  return [...links];
}
