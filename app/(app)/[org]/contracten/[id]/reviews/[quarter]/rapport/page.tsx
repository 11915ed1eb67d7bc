// The review report: the signed record of a quarterly review on one A4-friendly page, with the
// PDF and the CSV of the scores as downloads. Amendments are shown after the original, never
// instead of it.
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime, formatDay, formatEuroCents, formatMeasure } from "@/lib/format";
import { quarterLongLabel } from "@/lib/periods";
import {
  actionItemLine,
  computedStatusLabel,
  DECISION_LABELS,
  describeDecision,
  scoreLabel,
  sentence,
  SIDE_LABELS,
} from "@/lib/reviews/export-labels";
import { INNOVATION_DECISIONS, type InnovationDecisionKind } from "@/lib/innovations/rules";
import { reviewReportPage } from "@/lib/reviews/output-pages";
import { meetingText, signatureText } from "@/lib/reviews/pdf";
import "./print.css";

export const metadata: Metadata = { title: "Reviewrapport" };

export default async function ReviewReportPage({ params }: { params: Promise<{ org: string; id: string; quarter: string }> }) {
  const { org, id, quarter } = await params;
  const { record, innovations } = await reviewReportPage(org, id, quarter);
  const { contract, review } = record;
  const api = `/api/v1/${org}/contracts/${id}/reviews/${record.key}`;
  const decisions = record.decisions.filter((d) => d.kind !== "action_item");
  return (
    <article className="review-report">
      <p className="small no-print">
        <Link href={`/${org}/contracten/${id}/reviews/${record.key}`}>← Review {quarterLongLabel(record.quarter)}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Kwartaalreview {quarterLongLabel(record.quarter)}</h1>
          <p>
            {contract.title}
            {contract.reference ? ` (${contract.reference})` : ""}
          </p>
        </div>
        <div className="actions no-print">
          <a href={`${api}/pdf`} className="button" download>
            PDF downloaden
          </a>
          <a href={`${api}/scores.csv`} className="button button-secondary" download>
            Scores als CSV
          </a>
        </div>
      </div>

      <section className="card" aria-labelledby="overleg">
        <h2 id="overleg">Overleg</h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            {review.status === "final" ? <Badge tone="green">Definitief</Badge> : <Badge tone="amber">Concept – nog niet definitief</Badge>}
          </dd>
          <dt>Opdrachtgever</dt>
          <dd>{contract.buyerName}</dd>
          <dt>Opdrachtnemer</dt>
          <dd>{contract.supplierName ?? "—"}</dd>
          <dt>Datum en plaats</dt>
          <dd>{meetingText(review)}</dd>
          {(["buyer", "supplier"] as const).map((side) => (
            <Participants
              key={side}
              label={`Deelnemers ${SIDE_LABELS[side].toLowerCase()}`}
              names={record.participants.filter((p) => p.side === side).map((p) => p.name)}
            />
          ))}
        </dl>
        {review.summary ? <p className="review-summary">{review.summary}</p> : null}
      </section>

      <section className="card" aria-labelledby="scores">
        <h2 id="scores">Scores per KPI</h2>
        {record.scores.length === 0 ? (
          <p className="muted">Er zijn geen KPI&apos;s gescoord.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel met scores per KPI">
            <table className="data review-scores">
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col" className="num">
                    Gerapporteerd
                  </th>
                  <th scope="col" className="num">
                    Doel
                  </th>
                  <th scope="col">Berekend</th>
                  <th scope="col">Afgesproken score</th>
                  <th scope="col" className="num">
                    Malus toegepast
                  </th>
                </tr>
              </thead>
              <tbody>
                {record.scores.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.kpiName}</th>
                    <td className="num">
                      {s.kpiKind === "qualitative"
                        ? s.reportedScore === null
                          ? "—"
                          : `score ${s.reportedScore}`
                        : formatMeasure(s.reportedValue, s.unit)}
                    </td>
                    <td className="num">{s.kpiKind === "qualitative" ? formatMeasure(s.target) : formatMeasure(s.target, s.unit)}</td>
                    <td>{computedStatusLabel(s.computedStatus)}</td>
                    <td>
                      {scoreLabel(s.agreedScore)}
                      {s.agreedReason ? <div className="small muted">{s.agreedReason}</div> : null}
                    </td>
                    <td className="num">
                      {formatEuroCents(s.appliedCents)}
                      {s.malusRawCents > 0 ? (
                        <div className="small muted">
                          volgens regel {formatEuroCents(s.malusRawCents)}
                          {s.waivedCents > 0 ? `, kwijtgescholden ${formatEuroCents(s.waivedCents)}` : ""}
                        </div>
                      ) : null}
                      {s.waiverReason ? <div className="small muted">Reden: {s.waiverReason}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>
                    Malus van het kwartaal
                  </th>
                  <td className="num">
                    <strong>{formatEuroCents(record.malus.appliedCents)}</strong>
                    {record.malus.rawCents > 0 ? (
                      <div className="small muted">
                        volgens regel {formatEuroCents(record.malus.rawCents)}, kwijtgescholden {formatEuroCents(record.malus.waivedCents)}
                      </div>
                    ) : null}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="besluiten">
        <h2 id="besluiten">Besluiten</h2>
        {decisions.length === 0 ? <p className="muted">Geen wijzigingen in KPI&apos;s of groeipaden.</p> : null}
        <ul>
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>{DECISION_LABELS[d.kind]}:</strong> {describeDecision(d)}
              {d.reason ? <span className="muted"> — reden: {d.reason}</span> : null}
            </li>
          ))}
        </ul>
        {innovations.length > 0 ? (
          <>
            <h3>Innovaties</h3>
            <ul>
              {innovations.map((i) => (
                <li key={i.id}>
                  <strong>{INNOVATION_DECISIONS[i.decision as InnovationDecisionKind]}:</strong> {i.title}
                  {i.reason ? <span className="muted"> — reden: {i.reason}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>Actiepunten</h3>
        {record.actionItems.length === 0 ? <p className="muted">Geen actiepunten.</p> : null}
        <ul>
          {record.actionItems.map((item) => (
            <li key={item.id}>{actionItemLine(item)}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="lessen">
        <h2 id="lessen">Geleerde lessen</h2>
        {record.lessons.length === 0 ? <p className="muted">Geen geleerde lessen vastgelegd.</p> : null}
        <ul>
          {record.lessons.map((l) => (
            <li key={l.id}>
              {l.body}{" "}
              <span className="small muted">
                ({l.authorName}, {formatDay(l.createdAt)})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="ondertekening">
        <h2 id="ondertekening">Ondertekening</h2>
        <dl className="facts">
          <dt>Opdrachtgever</dt>
          <dd>{signatureText(review.buyerSignerName, review.buyerSignedAt)}</dd>
          <dt>Opdrachtnemer</dt>
          <dd>{signatureText(review.supplierSignerName, review.supplierSignedAt)}</dd>
        </dl>
      </section>

      {record.amendments.length > 0 ? (
        <section className="card" aria-labelledby="correcties">
          <h2 id="correcties">Correcties na ondertekening</h2>
          <p className="small muted">Het origineel hierboven blijft ongewijzigd; deze correcties gelden ernaast.</p>
          <ul>
            {record.amendments.map((a) => (
              <li key={a.id}>
                <strong>{[a.kpiName, a.field].filter(Boolean).join(" – ") || "Review"}</strong>
                {a.previousValue !== null || a.correctedValue !== null
                  ? `: ${a.previousValue ?? "—"} wordt ${a.correctedValue ?? "—"}`
                  : ""}
                <div className="small muted">
                  Reden: {sentence(a.reason)} Door {a.authorName} op {formatDateTime(a.createdAt)}.
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function Participants({ label, names }: { label: string; names: string[] }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{names.length > 0 ? names.join(", ") : "—"}</dd>
    </>
  );
}
