// Planning the meeting: date, time, duration, place or link, participants of both organisations
// and guests. Shown before the review exists and, folded, to re-plan a draft.
import { Notice } from "@/app/_components/ui/notice";
import { formatDateTime } from "@/lib/format";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { amsterdamParts } from "@/lib/time";
import { ReviewForm, type ReviewField } from "./review-form";
import { SIDE_OPTIONS, type Act } from "./shared";
import { planReviewAction } from "../actions";

type Props = { page: ReviewPageData; act: Act };

function planFields(page: ReviewPageData): ReviewField[] {
  const review = page.review;
  const { date, time } = review?.meetingAt ? amsterdamParts(review.meetingAt) : { date: "", time: "10:00" };
  const chosen = page.participants.map((p) => p.userId).filter((id): id is string => id !== null);
  const guests = [0, 1].flatMap((i): ReviewField[] => [
    { name: `guests.${i}.name`, label: `Gast ${i + 1}: naam` },
    { name: `guests.${i}.email`, label: `Gast ${i + 1}: e-mailadres`, type: "email" },
    { name: `guests.${i}.side`, label: `Gast ${i + 1}: namens`, type: "select", options: SIDE_OPTIONS, defaultValue: "supplier" },
  ]);
  return [
    { name: "meetingDate", label: "Datum", type: "date", defaultValue: date },
    { name: "meetingTime", label: "Tijd", type: "time", defaultValue: time },
    { name: "durationMinutes", label: "Duur in minuten", type: "number", defaultValue: String(review?.durationMinutes ?? 60), short: true },
    { name: "location", label: "Locatie of link", defaultValue: review?.location ?? "" },
    {
      name: "userIds",
      label: `Deelnemers van ${page.actor.org.name}`,
      type: "checkboxes",
      options: page.buyerMembers,
      defaultValues: review ? chosen : [page.actor.userId],
    },
    {
      name: "userIds",
      label: "Deelnemers van de leverancier",
      type: "checkboxes",
      options: page.supplierMembers,
      defaultValues: chosen,
      hint: "Alle deelnemers krijgen een uitnodiging voor hun agenda. Een datum in het verleden legt vast wanneer het overleg plaatsvond; daarvoor gaat geen uitnodiging uit.",
    },
    ...guests,
  ];
}

export function PlanSection({ page, act }: Props) {
  const fields = planFields(page);
  const form = (
    <ReviewForm
      action={act(planReviewAction)}
      idPrefix="plan"
      hidden={{ version: page.review ? String(page.review.version) : "" }}
      row
      fields={fields}
      submit={page.review?.meetingAt ? "Planning bijwerken" : "Review plannen"}
    />
  );
  // Not planned yet, or its meeting was called off: the form is open.
  if (!page.review?.meetingAt) {
    return (
      <section className="card" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Review plannen</h2>
        {page.review ? (
          <Notice tone="info">
            Het overleg is afgezegd en de deelnemers hebben een afzegging gekregen. Plan een nieuwe datum; iedereen krijgt dan weer een
            uitnodiging.
          </Notice>
        ) : (
          <p>Plan het kwartaalgesprek met de leverancier. Na het plannen opent de review voorbereid met de gerapporteerde waarden.</p>
        )}
        {form}
      </section>
    );
  }
  return (
    <details className="card">
      <summary>Planning wijzigen (nu {formatDateTime(page.review.meetingAt)})</summary>
      {form}
    </details>
  );
}
