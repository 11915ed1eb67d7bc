import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { ReportLink } from "./report-parts";

export const ReviewInvitationEmailProps = z.object({
  contractTitle: z.string(),
  buyerName: z.string(),
  supplierName: z.string(),
  quarterLabel: z.string(),
  /** "donderdag 15 juli 2027, 14:00–15:00" in Dutch time. */
  meetingLabel: z.string(),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  /** Absent for a guest without an account. */
  reviewUrl: z.url().nullable(),
  /** True when the meeting was planned before and this is the changed invitation. */
  updated: z.boolean(),
});
export type ReviewInvitationEmailProps = z.infer<typeof ReviewInvitationEmailProps>;

export function subject(props: ReviewInvitationEmailProps): string {
  return `${props.updated ? "Gewijzigd: k" : "K"}wartaalreview ${props.quarterLabel} – ${props.contractTitle}`;
}

/** To every participant of a review meeting, with the calendar invitation that mail clients offer to accept. */
export default function ReviewInvitationEmail(props: ReviewInvitationEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Kwartaalreview ${props.quarterLabel}`}>
      <Text>
        {props.updated ? "De afspraak voor het kwartaalgesprek is gewijzigd. " : ""}
        {props.buyerName} en {props.supplierName} bespreken de resultaten van het {props.quarterLabel} voor het contract{" "}
        <strong>{props.contractTitle}</strong>.
      </Text>
      <Text>
        Wanneer: {props.meetingLabel}
        <br />
        Waar: {props.location ?? "nog niet bekend"}
      </Text>
      <Text>Deelnemers: {props.participants.join(", ")}.</Text>
      <Text>
        Je e-mailprogramma biedt aan om de uitnodiging in je agenda te zetten; het agenda-bestand (.ics) zit er ook als bijlage bij.
      </Text>
      {props.reviewUrl ? <ReportLink url={props.reviewUrl} label="Review voorbereiden" /> : null}
    </EmailLayout>
  );
}

ReviewInvitationEmail.PreviewProps = {
  contractTitle: "Catering stadhuis en wijkcentra",
  buyerName: "Gemeente Voorbeeldstad",
  supplierName: "Groen Cateraars B.V.",
  quarterLabel: "2e kwartaal 2027",
  meetingLabel: "donderdag 15 juli 2027, 14:00–15:00",
  location: "Stadhuis, kamer 2.14",
  participants: ["Fatima el Amrani", "Mehmet Yilmaz"],
  reviewUrl: "http://localhost:3000/gemeente-voorbeeldstad/contracten/00000000-0000-4000-8000-000000000001/reviews/2027-Q2",
  updated: false,
} satisfies ReviewInvitationEmailProps;
