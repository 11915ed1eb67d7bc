// The malus total of the quarter and the sign-off: both sides, what still blocks signing and the
// sign button for whoever may sign for their own organisation.
import Link from "next/link";
import { formatDateTime, formatEuroCents } from "@/lib/format";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { ReviewForm } from "./review-form";
import type { Act } from "./shared";
import { Notice } from "@/app/_components/ui/notice";
import { signReviewAction } from "../actions";

type Props = { page: ReviewPageData; act: Act };

export function MalusTotal({ page }: { page: ReviewPageData }) {
  const m = page.malus;
  if (m.rawCents === 0 && (m.finalAppliedCents ?? 0) === 0) return null;
  return (
    <section className="card" aria-labelledby="malus-heading">
      <h2 id="malus-heading">Malus van het kwartaal</h2>
      <dl className="facts">
        <dt>Volgens de regels</dt>
        <dd>{formatEuroCents(m.rawCents)}</dd>
        <dt>Kwijtgescholden</dt>
        <dd>{formatEuroCents(m.waivedCents)}</dd>
        <dt>Boven de plafonds</dt>
        <dd>{formatEuroCents(m.cappedCents)}</dd>
        <dt>Toe te passen</dt>
        <dd>
          <strong>{formatEuroCents(m.finalAppliedCents ?? m.appliedCents)}</strong>
        </dd>
      </dl>
      <p className="small">
        Een kwijtschelding boven {formatEuroCents(m.fourEyesThresholdCents)} moet worden goedgekeurd door een coördinator of beheerder (vier
        ogen).
      </p>
    </section>
  );
}

/** The weighted overall score of the agreed scores, with how it came about. */
export function OverallScoreCard({ page, weighingHref }: { page: ReviewPageData; weighingHref: string }) {
  if (!page.review) return null;
  const { overall } = page;
  const final = page.review.status === "final";
  return (
    <section className="card" aria-labelledby="overall-heading">
      <h2 id="overall-heading">Totaalscore{final ? "" : " (voorlopig)"}</h2>
      <p>
        {overall.score === null ? (
          "Nog geen totaalscore."
        ) : (
          <>
            <strong className="big-number">{overall.score}</strong> van 100 · {overall.counted} van {overall.total} KPI&apos;s gescoord
          </>
        )}
      </p>
      <p className="small">
        {overall.formula} <Link href={weighingHref}>Weging van de totaalscore</Link>
      </p>
    </section>
  );
}

function Side({ label, signature }: { label: string; signature: { name: string | null; at: Date } | null }) {
  return (
    <li>
      {label}:{" "}
      {signature ? (
        <strong>
          ondertekend door {signature.name} op {formatDateTime(signature.at)}
        </strong>
      ) : (
        <span>nog niet ondertekend</span>
      )}
    </li>
  );
}

export function SignoffSection({ page, act }: Props) {
  const { review, controls } = page;
  if (!review) return null;
  return (
    <section className="card" aria-labelledby="sign-heading">
      <h2 id="sign-heading">Ondertekening</h2>
      <ul>
        <Side label="Opdrachtgever" signature={page.signatures.buyer} />
        <Side label="Leverancier" signature={page.signatures.supplier} />
      </ul>
      {review.status === "draft" && page.signBlockers.length > 0 ? (
        <Notice tone="info">
          <strong>Nog niet te ondertekenen:</strong>
          <ul>
            {page.signBlockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {review.status === "draft" ? (
        <p className="small">
          Elke wijziging na een handtekening haalt de handtekeningen weg: je tekent voor de review zoals je hem hebt gelezen.
        </p>
      ) : null}
      {controls.sign && page.canSign ? (
        <ReviewForm
          action={act(signReviewAction)}
          idPrefix="sign"
          hidden={{ reviewId: review.id, version: String(review.version) }}
          fields={[]}
          submit={`Ondertekenen namens ${controls.side === "buyer" ? "de opdrachtgever" : "de leverancier"}`}
          confirm="Weet je zeker dat je de review ondertekent? Als beide partijen hebben getekend, is de review definitief."
        />
      ) : null}
    </section>
  );
}
