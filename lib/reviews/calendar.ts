// The review meeting as a calendar message. One builder serves the invitation, the cancellation
// and the download, so all three carry the same UID, organiser and attendees, and a calendar
// treats them as one meeting: a cancellation from anyone but the organiser is ignored.
import type { Db } from "@/db/client";
import type { Review, ReviewParticipant } from "@/db/schema";
import type { CalendarEvent } from "@/lib/email/send";
import { appUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import type { Download } from "@/lib/http/route";
import { organisationContacts } from "@/lib/members/queries";
import { quarterFileLabel, quarterFromKey, quarterLongLabel } from "@/lib/periods";
import { reportParties } from "@/lib/reports/notify";
import { buildIcs, type IcsMethod } from "./ics";

export type Organizer = { name: string; email: string };
export type Meeting = Pick<Review, "id" | "tenantId" | "contractId" | "quarter" | "version" | "durationMinutes" | "location"> & {
  meetingAt: Date;
};
type Attendee = Pick<ReviewParticipant, "name" | "email">;

export function reviewUrl(orgSlug: string, contractId: string, quarter: string): string {
  return `${appUrl()}/${orgSlug}/contracten/${contractId}/reviews/${quarter}`;
}

/**
 * The organiser of the meeting: the contract manager, else whoever first planned the review, else
 * the fallback (the person acting now). Every message of one meeting names the same organiser.
 */
export async function meetingOrganizer(
  db: Db,
  contract: { tenantId: string; contractManagerId: string | null },
  review: Pick<Review, "createdByUserId"> | null,
  fallback: Organizer | null,
): Promise<Organizer | null> {
  const userId = contract.contractManagerId ?? review?.createdByUserId ?? null;
  const [person] = userId ? await organisationContacts(db, { organisationId: contract.tenantId, userIds: [userId] }) : [];
  return person ? { name: person.name ?? person.email, email: person.email } : fallback;
}

/** The meeting as an iTIP message of this method, with what the e-mails around it need; null for a contract without a supplier. */
export async function reviewCalendar(db: Db, meeting: Meeting, participants: Attendee[], organizer: Organizer | null, method: IcsMethod) {
  const parties = await reportParties(db, { tenantId: meeting.tenantId, id: meeting.contractId });
  if (!parties) return null;
  const quarterLabel = quarterLongLabel(quarterFromKey(meeting.quarter));
  const content = buildIcs({
    method,
    uid: `review-${meeting.id}@groeipad`,
    sequence: meeting.version,
    start: meeting.meetingAt,
    durationMinutes: meeting.durationMinutes,
    stamp: new Date(),
    summary: `Kwartaalreview ${quarterLabel}: ${parties.contractTitle}`,
    description: `Kwartaalgesprek van ${parties.buyer.name} en ${parties.supplier.name} over het ${quarterLabel}.`,
    location: meeting.location,
    url: reviewUrl(parties.buyer.slug, meeting.contractId, meeting.quarter),
    organizer,
    attendees: participants.flatMap((p) => (p.email ? [{ name: p.name, email: p.email }] : [])),
  });
  const event: CalendarEvent = { method, filename: `kwartaalreview-${quarterFileLabel(quarterFromKey(meeting.quarter))}.ics`, content };
  return { parties, quarterLabel, event };
}

/**
 * The review's current invitation as a file, for everyone who may read the review: the same
 * UID and SEQUENCE as the last e-mail, so opening it updates the entry instead of adding one.
 * A review without a planned meeting has none.
 */
export async function currentInvitation(
  db: Db,
  record: { contract: { tenantId: string; contractManagerId: string | null }; review: Review; participants: Attendee[] },
): Promise<Download> {
  const { review } = record;
  const none = new NotFoundError("Voor deze review is geen overleg gepland.");
  if (!review.meetingAt) throw none;
  const organizer = await meetingOrganizer(db, record.contract, review, null);
  const calendar = await reviewCalendar(db, { ...review, meetingAt: review.meetingAt }, record.participants, organizer, "REQUEST");
  if (!calendar) throw none;
  const { filename, content, method } = calendar.event;
  return { filename, contentType: `text/calendar; charset=utf-8; method=${method}`, bytes: new TextEncoder().encode(content) };
}
