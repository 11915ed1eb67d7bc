import Link from "next/link";
import { Fragment } from "react";
import { formatDateTime, formatMeasure } from "@/lib/format";
import { formatTarget } from "@/lib/kpis/chart";
import type { KpiDetailPage } from "@/lib/kpis/pages";
import { KPI_KINDS, OBLIGATIONS } from "@/lib/kpis/rules";
import { quarterFromKey, quarterLabel } from "@/lib/periods";

const label = (key: string | null) => (key ? quarterLabel(quarterFromKey(key)) : "—");

/** Everything agreed about a KPI, as a list of facts (and the meaning of each score 1–4). */
export function KpiFacts({ kpi, promisesHref }: { kpi: KpiDetailPage["kpi"]; promisesHref: string }) {
  return (
    <section className="card" aria-labelledby="gegevens">
      <h2 id="gegevens">Gegevens</h2>
      <dl className="facts">
        {kpi.description ? (
          <>
            <dt>Omschrijving</dt>
            <dd>{kpi.description}</dd>
          </>
        ) : null}
        <dt>Soort</dt>
        <dd>{KPI_KINDS[kpi.kind]}</dd>
        <dt>Indicator</dt>
        <dd>{kpi.indicator ? `${kpi.indicator.name} (${kpi.indicator.unitLabel})` : "—"}</dd>
        <dt>Verplichting</dt>
        <dd>{OBLIGATIONS[kpi.obligation]}</dd>
        <dt>Nulmeting</dt>
        <dd>{kpi.baselineValue !== null ? `${formatTarget(kpi.baselineValue, kpi)} in ${label(kpi.baselineQuarter)}` : "—"}</dd>
        <dt>Meting</dt>
        <dd>{kpi.measurement ?? "—"}</dd>
        <dt>Bewijs</dt>
        <dd>
          {kpi.evidenceRequired ?? "—"}
          {kpi.evidenceMandatory ? <div className="small muted">Verplicht bij elke rapportage</div> : null}
        </dd>
        <dt>Gewicht</dt>
        <dd>
          {formatMeasure(kpi.weight, "")}
          {kpi.knockOut ? <div className="small muted">Knock-out: niet op koers houdt de totaalscore op hoogstens 50</div> : null}
        </dd>
        {kpi.status === "active" || kpi.status === "retired" ? (
          <>
            <dt>Actief vanaf</dt>
            <dd>{label(kpi.activeFrom)}</dd>
          </>
        ) : null}
        {kpi.retiredFrom ? (
          <>
            <dt>Vervallen vanaf</dt>
            <dd>
              {label(kpi.retiredFrom)}
              {kpi.retiredReason ? ` (${kpi.retiredReason})` : ""}
            </dd>
          </>
        ) : null}
        {kpi.decidedAt && kpi.status !== "proposed" ? (
          <>
            <dt>Besluit</dt>
            <dd>
              {formatDateTime(kpi.decidedAt)}
              {kpi.decidedByName ? ` door ${kpi.decidedByName}` : ""}
            </dd>
          </>
        ) : null}
        {kpi.promiseId ? (
          <>
            <dt>Toezegging</dt>
            <dd>
              <Link href={promisesHref}>Uit de inschrijving</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {kpi.kind === "qualitative" && kpi.scoreMeanings ? (
        <>
          <h3>Betekenis van de scores</h3>
          <dl className="facts">
            {(["1", "2", "3", "4"] as const).map((s) => (
              <Fragment key={s}>
                <dt>Score {s}</dt>
                <dd>{kpi.scoreMeanings![s]}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
