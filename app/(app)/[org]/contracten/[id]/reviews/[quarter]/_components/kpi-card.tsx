// One KPI of the review: what was reported and against which target, the computed status with
// its rule, the trend, the agreed score, the comment thread and the malus. Server component; the
// forms inside are the small client ReviewForm.
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime, formatMeasure, formatMeasureNumber } from "@/lib/format";
import { KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { REVIEW_SCORES } from "@/lib/reviews/rules";
import { KpiMalus } from "./kpi-malus";
import { ReviewForm } from "./review-form";
import { SCORE_OPTIONS, StatusBadge, type Act } from "./shared";
import { describeFlags } from "@/lib/reports/plausibility";
import { Notice } from "@/app/_components/ui/notice";
import { Disclosure } from "@/app/_components/ui/disclosure";
import { commentOnScoreAction, scoreKpiAction, settleScoreAction } from "../actions";

type Props = { page: ReviewPageData; row: ReviewPageData["kpis"][number]; act: Act };

/** "score 3 van 4 — In uitvoering": the number with what the parties agreed it means. */
function scoreText(value: number | null, meanings: Record<string, string> | null): string {
  if (value === null) return "–";
  const meaning = meanings?.[String(value)];
  return meaning ? `score ${value} van 4 — ${meaning}` : `score ${value} van 4`;
}

export function KpiCard({ page, row, act }: Props) {
  const { kpi, score, prepared } = row;
  const { controls } = page;
  const version = String(page.review?.version ?? "");
  const reviewId = page.review?.id ?? "";
  const reportedScore = score?.reportedScore ?? prepared?.reportedScore ?? null;
  const reported =
    kpi.kind === "qualitative"
      ? scoreText(reportedScore, kpi.scoreMeanings)
      : formatMeasure(score?.reportedValue ?? prepared?.reportedValue, kpi.unitLabel);
  const quantity = score?.reportedQuantity ?? prepared?.reportedQuantity ?? null;
  const trendNumber = (v: string | null) => (v === null ? "—" : formatMeasureNumber(v, kpi.kind === "qualitative" ? null : kpi.unitLabel));
  const targetValue = score?.target ?? prepared?.target;
  const target =
    kpi.kind === "qualitative" && targetValue != null
      ? scoreText(Math.round(Number(targetValue)), kpi.scoreMeanings)
      : formatMeasure(targetValue, kpi.kind === "qualitative" ? null : kpi.unitLabel);
  const computed = score?.computedStatus ?? prepared?.computedStatus ?? "no_data";
  const headingId = `kpi-${kpi.id}`;
  const amendments = page.amendments.filter((a) => a.kpiId === kpi.id);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId} style={{ marginTop: 0 }}>
        {kpi.name}
      </h3>
      <p className="small muted">
        {KPI_KINDS[kpi.kind]} · {OBLIGATIONS[kpi.obligation]}
        {kpi.unitLabel ? ` · eenheid: ${kpi.unitLabel}` : ""}
        {kpi.knockOut ? " · knock-out: niet op koers houdt de totaalscore op hoogstens 50" : ""}
      </p>
      <dl className="facts">
        <dt>Gerapporteerd</dt>
        <dd>
          {reported}
          {kpi.activityUnit && quantity !== null ? (
            <span className="small"> · hoeveelheid {formatMeasure(quantity, kpi.activityUnit)}</span>
          ) : null}
          {row.flags.length > 0 ? (
            <div className="small">
              <Badge tone="amber">Opvallend</Badge> {describeFlags(row.flags, kpi.unitLabel)}
            </div>
          ) : null}
        </dd>
        <dt>Doel dit kwartaal</dt>
        <dd>{target}</dd>
        <dt>Berekende status</dt>
        <dd>
          <StatusBadge status={computed} /> <span className="small">{kpi.statusRule}</span>
        </dd>
        <dt>Bewijs</dt>
        <dd>
          {row.evidence.length === 0 ? (
            <span className="muted">Geen bewijs aangeleverd{kpi.evidenceMandatory ? " (verplicht)" : ""}</span>
          ) : (
            row.evidence.map((e, i) => (
              <span key={e.id}>
                {i > 0 ? ", " : ""}
                <a href={`/api/v1/${page.actor.org.slug}/evidence/${e.id}`}>{e.fileName}</a>
              </span>
            ))
          )}
        </dd>
        <dt>Trend</dt>
        <dd className="small">
          {prepared && prepared.trend.length > 0
            ? prepared.trend
                .map((t) => `${quarterLabel(quarterFromKey(t.key))}: ${trendNumber(t.value)} (doel ${trendNumber(t.target)})`)
                .join(" · ")
            : "Geen eerdere kwartalen."}
        </dd>
        <dt>Afgesproken score</dt>
        <dd>
          {score?.agreedScore ? <StatusBadge status={score.agreedScore} /> : <span className="muted">Nog niet afgesproken</span>}
          {score?.agreedReason ? <span className="small"> — {score.agreedReason}</span> : null}
          {score?.contested ? (
            <>
              {" "}
              <Badge tone="red">Betwist door de leverancier</Badge>
            </>
          ) : null}
        </dd>
      </dl>
      {row.stale ? (
        <p className="small">De rapportage is na het plannen gewijzigd; werk de voorbereiding bij om de nieuwe waarden over te nemen.</p>
      ) : null}
      {controls.manage && score ? (
        // Open while the KPI has no agreed score; a save keeps it open, with its confirmation.
        <Disclosure
          open={!score.agreedScore}
          summary={
            <>
              Score vastleggen<span className="visually-hidden"> voor {kpi.name}</span>
            </>
          }
        >
          <ReviewForm
            action={act(scoreKpiAction)}
            idPrefix={`score-${kpi.id}`}
            hidden={{ reviewId, version, kpiId: kpi.id }}
            row
            fields={[
              {
                name: "score",
                label: `Afgesproken score ${kpi.name}`,
                type: "select",
                options: SCORE_OPTIONS,
                defaultValue: score.agreedScore ?? scoreFor(computed),
              },
              {
                name: "reason",
                label: "Reden (verplicht als de score afwijkt van de berekende status)",
                defaultValue: score.agreedReason ?? "",
              },
            ]}
            submit="Score opslaan"
            success={`Score opgeslagen voor ${kpi.name}.`}
          />
        </Disclosure>
      ) : null}
      {controls.manage && score?.contested ? (
        <Notice tone="info">
          <strong>Geschil afhandelen</strong>
          <ReviewForm
            action={act(settleScoreAction)}
            idPrefix={`settle-${kpi.id}`}
            hidden={{ reviewId, version, kpiId: kpi.id }}
            row
            fields={[
              {
                name: "score",
                label: "Nieuwe score (optioneel)",
                type: "select",
                options: SCORE_OPTIONS,
                placeholder: "Score ongewijzigd laten",
              },
              { name: "reason", label: "Hoe is de betwisting afgehandeld?" },
            ]}
            submit="Geschil afhandelen"
          />
        </Notice>
      ) : null}
      <Comments page={page} row={row} act={act} />
      <KpiMalus page={page} row={row} act={act} />
      {amendments.length > 0 ? (
        <Notice tone="info">
          <strong>Correcties na ondertekening</strong>
          <ul>
            {amendments.map((a) => (
              <li key={a.id}>
                {a.field}: {a.previousValue ? `“${a.previousValue}” → ` : ""}“{a.correctedValue}” — {a.reason} ({a.authorName},{" "}
                {formatDateTime(a.createdAt)})
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </section>
  );
}

/** The agreed score the form proposes: the computed status, or "not scored" without value or target. */
function scoreFor(status: string): string {
  return status in REVIEW_SCORES ? status : "not_scored";
}

function Comments({ page, row, act }: Props) {
  const { controls } = page;
  if (row.comments.length === 0 && !controls.comment) return null;
  return (
    <div>
      <h4 style={{ marginBottom: "0.25rem" }}>Reacties</h4>
      {row.comments.length === 0 ? <p className="small muted">Nog geen reacties.</p> : null}
      <ul className="plain-list">
        {row.comments.map((c) => (
          <li key={c.id} className="small" style={{ marginBottom: "0.35rem" }}>
            <strong>{c.authorName}</strong> ({formatDateTime(c.createdAt)}): <span className="pre-line">{c.body}</span>
          </li>
        ))}
      </ul>
      {controls.comment && page.review ? (
        <details>
          <summary>{controls.contest ? "Reageren of score betwisten" : "Reageren"}</summary>
          <ReviewForm
            action={act(commentOnScoreAction)}
            idPrefix={`comment-${row.kpi.id}`}
            hidden={{ reviewId: page.review.id, kpiId: row.kpi.id }}
            resetOnSuccess
            fields={[
              { name: "body", label: `Reactie bij ${row.kpi.name}`, type: "textarea" },
              ...(controls.contest ? [{ name: "contest", label: "Ik betwist de voorgestelde score", type: "checkbox" as const }] : []),
            ]}
            submit="Reactie plaatsen"
            variant="secondary"
          />
        </details>
      ) : null}
    </div>
  );
}
