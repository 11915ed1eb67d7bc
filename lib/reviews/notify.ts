// The invitation to a review meeting: one e-mail per participant with an e-mail address, each
// with the same calendar invitation attached. Built inside the action's transaction, delivered
// after the commit (a rolled-back plan never mails; a mail failure never undoes the plan).
import type { Db } from "@/db/client";
import type { ReviewParticipant } from "@/db/schema";
import type { EmailProps } from "@/emails";
import type { EmailAttachment } from "@/lib/email/send";
import { appUrl } from "@/lib/env";
import { formatMeeting } from "@/lib/format";
import { quarterFromKey, quarterLongLabel } from "@/lib/periods";
import { reportParties } from "@/lib/reports/notify";
import { buildIcs } from "./ics";

export type ReviewEmail = {
  to: string;
  template: "review-invitation";
  props: EmailProps<"review-invitation">;
  attachments: EmailAttachment[];
};

function reviewUrl(orgSlug: string, contractId: string, quarter: string): string {
  return `${appUrl()}/${orgSlug}/contracten/${contractId}/reviews/${quarter}`;
}

export async function invitationEmails(
  db: Db,
  review: {
    id: string;
    tenantId: string;
    contractId: string;
    quarter: string;
    version: number;
    meetingAt: Date;
    durationMinutes: number;
    location: string | null;
  },
  participants: Pick<ReviewParticipant, "side" | "userId" | "name" | "email">[],
  organizer: { name: string; email: string },
  updated: boolean,
): Promise<ReviewEmail[]> {
  const parties = await reportParties(db, { tenantId: review.tenantId, id: review.contractId });
  if (!parties) return [];
  const quarterLabel = quarterLongLabel(quarterFromKey(review.quarter));
  const withEmail = participants.filter((p): p is typeof p & { email: string } => Boolean(p.email));
  const ics = buildIcs({
    uid: `review-${review.id}@groeipad`,
    sequence: review.version,
    start: review.meetingAt,
    durationMinutes: review.durationMinutes,
    stamp: new Date(),
    summary: `Kwartaalreview ${quarterLabel}: ${parties.contractTitle}`,
    description: `Kwartaalgesprek van ${parties.buyer.name} en ${parties.supplier.name} over het ${quarterLabel}.`,
    location: review.location,
    url: reviewUrl(parties.buyer.slug, review.contractId, review.quarter),
    organizer,
    attendees: withEmail.map((p) => ({ name: p.name, email: p.email })),
  });
  const attachment: EmailAttachment = {
    filename: "kwartaalreview.ics",
    content: ics,
    contentType: "text/calendar; charset=utf-8; method=REQUEST",
  };
  return withEmail.map((p) => ({
    to: p.email,
    template: "review-invitation",
    attachments: [attachment],
    props: {
      contractTitle: parties.contractTitle,
      buyerName: parties.buyer.name,
      supplierName: parties.supplier.name,
      quarterLabel,
      meetingLabel: formatMeeting(review.meetingAt, review.durationMinutes),
      location: review.location,
      participants: participants.map((x) => x.name),
      reviewUrl: p.userId
        ? reviewUrl(p.side === "buyer" ? parties.buyer.slug : parties.supplier.slug, review.contractId, review.quarter)
        : null,
      updated,
    },
  }));
}
