import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { quarterLongLabel } from "@/lib/periods";
import { reviewPage } from "@/lib/reviews/pages";
import { REVIEW_STATUS_LABELS } from "@/lib/reviews/queries";
import { DecisionsSection } from "./_components/decisions-section";
import { InnovationsSection } from "./_components/innovations-section";
import { ActionItemsSection, AmendmentsSection, GeneralCommentsSection, LessonsSection } from "./_components/follow-up-section";
import { KpiCard } from "./_components/kpi-card";
import { closeActionItemsAction } from "./actions";
import { MeetingActions } from "./_components/meeting-actions";
import { PlanSection } from "./_components/plan-section";
import { ReviewForm } from "./_components/review-form";
import type { ReviewAction } from "./_components/shared";
import { MalusTotal, OverallScoreCard, SignoffSection } from "./_components/signoff-section";
import { Notice } from "@/app/_components/ui/notice";
import { refreshReviewAction } from "./actions";

export const metadata: Metadata = { title: "Kwartaalreview" };

export default async function ReviewPage({ params }: { params: Promise<{ org: string; id: string; quarter: string }> }) {
  const { org, id, quarter } = await params;
  const page = await reviewPage(org, id, quarter);
  const { contract, review, controls } = page;
  const base = `/${org}/contracten/${id}`;
  const act = (action: ReviewAction) => action.bind(null, org, id, page.key);
  const final = review?.status === "final";
  const status = review ? review.status : "not_planned";
  return (
    <>
      <p className="small">
        <Link href={base}>← {contract.title}</Link> · <Link href={`${base}/reviews`}>Alle kwartaalreviews</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Kwartaalreview {quarterLongLabel(page.quarter)}</h1>
          <p>
            {contract.title} · <Badge tone={final ? "green" : review ? "amber" : "grey"}>{REVIEW_STATUS_LABELS[status]}</Badge>
          </p>
        </div>
      </div>
      {final ? (
        <Notice>
          <strong>
            Definitief — ondertekend door {page.signatures.buyer?.name} op{" "}
            {page.signatures.buyer ? formatDateTime(page.signatures.buyer.at) : ""} en door {page.signatures.supplier?.name} op{" "}
            {page.signatures.supplier ? formatDateTime(page.signatures.supplier.at) : ""}.
          </strong>{" "}
          Niets in deze review kan nog worden gewijzigd; een vergissing leg je vast als correctie.
          <p className="actions" style={{ marginTop: "0.5rem", marginBottom: 0 }}>
            <Link href={`${base}/reviews/${page.key}/rapport`}>Afdrukbaar verslag</Link>
            <a href={`/api/v1/${org}/contracts/${id}/reviews/${page.key}/pdf`}>Verslag als PDF</a>
            <a href={`/api/v1/${org}/contracts/${id}/reviews/${page.key}/scores.csv`}>Scores als CSV</a>
            <Link href={`${base}/malus`}>Malusoverzicht</Link>
            <Link href={`${base}/tijdlijn`}>Tijdlijn</Link>
          </p>
        </Notice>
      ) : null}
      {!review && !controls.plan ? (
        <p>Deze review is nog niet gepland. De contractmanager van de opdrachtgever plant het kwartaalgesprek.</p>
      ) : null}
      {controls.plan ? <PlanSection page={page} act={act} /> : null}
      {review ? (
        <section className="card" aria-labelledby="meeting-heading">
          <h2 id="meeting-heading">Gesprek</h2>
          <dl className="facts">
            <dt>Datum en tijd</dt>
            <dd>
              {review.meetingAt
                ? `${formatDateTime(review.meetingAt)} (${review.durationMinutes} minuten)`
                : "Afgezegd, nog niet opnieuw gepland"}
            </dd>
            <dt>Locatie of link</dt>
            <dd>{review.location || "Nog niet bekend"}</dd>
            <dt>Opdrachtgever</dt>
            <dd>{names(page.participants, "buyer")}</dd>
            <dt>Leverancier</dt>
            <dd>{names(page.participants, "supplier")}</dd>
          </dl>
          <MeetingActions page={page} act={act} invitationHref={`/api/v1/${org}/contracts/${id}/reviews/${page.key}/invitation.ics`} />
          {controls.manage && page.kpis.some((k) => k.stale) ? (
            <ReviewForm
              action={act(refreshReviewAction)}
              idPrefix="refresh"
              hidden={{ reviewId: review.id, version: String(review.version) }}
              fields={[]}
              submit="Voorbereiding bijwerken"
              variant="secondary"
            />
          ) : null}
        </section>
      ) : null}
      <h2>KPI&apos;s van het kwartaal</h2>
      {!review ? <p className="small">Voorbereiding: zo opent de review na het plannen.</p> : null}
      {page.kpis.length === 0 ? <p>Er zijn geen actieve KPI&apos;s in dit kwartaal.</p> : null}
      {page.kpis.map((row) => (
        <KpiCard key={row.kpi.id} page={page} row={row} act={act} />
      ))}
      {review ? <DecisionsSection page={page} act={act} /> : null}
      <InnovationsSection page={page} act={act} registerHref={`${base}/innovaties`} />
      <ActionItemsSection page={page} act={act} closeMany={closeActionItemsAction.bind(null, org, id, page.key)} />
      <GeneralCommentsSection page={page} act={act} />
      <LessonsSection page={page} act={act} />
      <OverallScoreCard page={page} weighingHref={`${base}/weging`} />
      <MalusTotal page={page} />
      <SignoffSection page={page} act={act} />
      <AmendmentsSection page={page} act={act} />
    </>
  );
}

function names(participants: { side: string; name: string }[], side: string): string {
  const list = participants.filter((p) => p.side === side).map((p) => p.name);
  return list.length ? list.join(", ") : "–";
}
