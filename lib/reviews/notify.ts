// The e-mails about a review meeting: one per participant with an e-mail address, each carrying
// the meeting as a calendar message — an invitation when it is planned or re-planned, a
// cancellation when it is called off. Built inside the action's transaction, delivered after the
// commit (a rolled-back change never mails; a mail failure never undoes the change).
import type { Db } from "@/db/client";
import type { ReviewParticipant } from "@/db/schema";
import type { PendingEmail } from "@/lib/email/send";
import { formatMeeting } from "@/lib/format";
import { reviewCalendar, reviewUrl, type Meeting, type Organizer } from "./calendar";

type Participant = Pick<ReviewParticipant, "side" | "userId" | "name" | "email">;
type Parties = NonNullable<Awaited<ReturnType<typeof reviewCalendar>>>["parties"];

/** The review page for a participant with an account, on their own organisation's side; null for a guest. */
function pageFor(p: Participant, parties: Parties, meeting: Meeting): string | null {
  if (!p.userId) return null;
  return reviewUrl(p.side === "buyer" ? parties.buyer.slug : parties.supplier.slug, meeting.contractId, meeting.quarter);
}

function withEmail(participants: Participant[]) {
  return participants.filter((p): p is Participant & { email: string } => Boolean(p.email));
}

export async function invitationEmails(
  db: Db,
  meeting: Meeting,
  participants: Participant[],
  organizer: Organizer | null,
  updated: boolean,
): Promise<PendingEmail[]> {
  const calendar = await reviewCalendar(db, meeting, participants, organizer, "REQUEST");
  if (!calendar) return [];
  const { parties, quarterLabel, event } = calendar;
  return withEmail(participants).map((p) => ({
    to: p.email,
    template: "review-invitation",
    calendarEvent: event,
    props: {
      contractTitle: parties.contractTitle,
      buyerName: parties.buyer.name,
      supplierName: parties.supplier.name,
      quarterLabel,
      meetingLabel: formatMeeting(meeting.meetingAt, meeting.durationMinutes),
      location: meeting.location,
      participants: participants.map((x) => x.name),
      reviewUrl: pageFor(p, parties, meeting),
      updated,
    },
  }));
}

/** `meeting` is the meeting as it was planned, with the review's version after the cancellation. */
export async function cancellationEmails(
  db: Db,
  meeting: Meeting,
  participants: Participant[],
  organizer: Organizer | null,
  cancelledBy: string,
): Promise<PendingEmail[]> {
  const calendar = await reviewCalendar(db, meeting, participants, organizer, "CANCEL");
  if (!calendar) return [];
  const { parties, quarterLabel, event } = calendar;
  return withEmail(participants).map((p) => ({
    to: p.email,
    template: "review-cancelled",
    calendarEvent: event,
    props: {
      contractTitle: parties.contractTitle,
      quarterLabel,
      meetingLabel: formatMeeting(meeting.meetingAt, meeting.durationMinutes),
      cancelledBy,
      reviewUrl: pageFor(p, parties, meeting),
    },
  }));
}
