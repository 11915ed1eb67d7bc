// What can be done with the planned meeting: put it in one's calendar (everyone who sees the
// review, while the meeting is still to come) and call it off (whoever plans the review). Calling
// off asks first: the cancellation goes out to every participant at once.
import { formatDateTime } from "@/lib/format";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { ReviewForm } from "./review-form";
import type { Act } from "./shared";
import { cancelMeetingAction } from "../actions";

type Props = { page: ReviewPageData; act: Act; invitationHref: string };

export function MeetingActions({ page, act, invitationHref }: Props) {
  const { review, controls } = page;
  if (!review?.meetingAt) return null;
  const when = formatDateTime(review.meetingAt);
  return (
    <>
      {controls.calendar ? (
        <p style={{ marginTop: "1rem" }}>
          <a href={invitationHref} download>
            Uitnodiging voor je agenda downloaden (.ics)
          </a>
        </p>
      ) : null}
      {controls.cancelMeeting ? (
        <ReviewForm
          action={act(cancelMeetingAction)}
          idPrefix="cancel-meeting"
          hidden={{ reviewId: review.id, version: String(review.version) }}
          fields={[]}
          submit="Overleg afzeggen"
          variant="danger"
          confirm={`Het overleg van ${when} afzeggen? Alle deelnemers met een e-mailadres krijgen een afzegging voor hun agenda.`}
        />
      ) : null}
    </>
  );
}
