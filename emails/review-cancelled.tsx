import { Text } from "@react-email/components";
import { z } from "zod";
import { EmailLayout } from "./layout";
import { ReportLink } from "./report-parts";

export const ReviewCancelledEmailProps = z.object({
  contractTitle: z.string(),
  quarterLabel: z.string(),
  /** The meeting as it was planned: "donderdag 15 juli 2027, 14:00–15:00" in Dutch time. */
  meetingLabel: z.string(),
  cancelledBy: z.string(),
  /** Absent for a guest without an account. */
  reviewUrl: z.url().nullable(),
});
export type ReviewCancelledEmailProps = z.infer<typeof ReviewCancelledEmailProps>;

export function subject(props: ReviewCancelledEmailProps): string {
  return `Afgezegd: kwartaalreview ${props.quarterLabel} – ${props.contractTitle}`;
}

/** To every participant of a review meeting that was called off, with the cancellation for their calendar. */
export default function ReviewCancelledEmail(props: ReviewCancelledEmailProps) {
  return (
    <EmailLayout preview={subject(props)} heading={`Kwartaalreview ${props.quarterLabel} afgezegd`}>
      <Text>
        {props.cancelledBy} heeft het kwartaalgesprek van {props.meetingLabel} over het contract <strong>{props.contractTitle}</strong>{" "}
        afgezegd.
      </Text>
      <Text>
        Je e-mailprogramma biedt aan om de afspraak uit je agenda te halen; de afzegging zit er ook als agenda-bestand (.ics) bij. Wordt het
        gesprek opnieuw gepland, dan krijg je een nieuwe uitnodiging.
      </Text>
      {props.reviewUrl ? <ReportLink url={props.reviewUrl} label="Review bekijken" /> : null}
    </EmailLayout>
  );
}

ReviewCancelledEmail.PreviewProps = {
  contractTitle: "Catering stadhuis en wijkcentra",
  quarterLabel: "2e kwartaal 2027",
  meetingLabel: "donderdag 15 juli 2027, 14:00–15:00",
  cancelledBy: "Fatima el Amrani",
  reviewUrl: "http://localhost:3000/gemeente-voorbeeldstad/contracten/00000000-0000-4000-8000-000000000001/reviews/2027-Q2",
} satisfies ReviewCancelledEmailProps;
