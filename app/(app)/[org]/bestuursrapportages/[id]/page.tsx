import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { boardReportPage } from "@/lib/board-reports/pages";
import { readsBoardReports } from "@/lib/board-reports/policy";
import { formatShare } from "@/lib/dashboard/rules";
import { formatDate, formatDateTime, formatEuroCents, formatMeasure, formatPercent } from "@/lib/format";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { Notice } from "@/app/_components/ui/notice";
import { PrintButton } from "../_components/print-button";
import "../_components/board-report.css";

export const metadata: Metadata = { title: "Bestuursrapportage" };

const ql = (key: string) => quarterLabel(quarterFromKey(key));

export default async function BoardReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ vastgelegd?: string }>;
}) {
  const { org, id } = await params;
  const { vastgelegd } = await searchParams;
  const actor = await requireActor(org);
  if (!readsBoardReports(actor)) notFound();
  const report = await orNotFound(boardReportPage(actor, id));
  const s = report.snapshot;
  const period = `${ql(s.period.from)} t/m ${ql(s.period.to)}`;
  return (
    <article className="board-report">
      <p className="small no-print">
        <Link href={`/${org}/bestuursrapportages`}>← Alle bestuursrapportages</Link>
      </p>
      {vastgelegd ? <Notice arrival>De bestuursrapportage is vastgelegd.</Notice> : null}
      <header className="board-report-header">
        <p className="board-report-org">{actor.org.name}</p>
        <h1>{report.title}</h1>
        <dl className="board-report-meta">
          <div>
            <dt>Datum</dt>
            <dd>{formatDate(report.reportDate)}</dd>
          </div>
          <div>
            <dt>Periode</dt>
            <dd>{period}</dd>
          </div>
          <div>
            <dt>Opgesteld door</dt>
            <dd>{report.createdByName} (coördinator MVI/KCI)</dd>
          </div>
          <div>
            <dt>Contracten</dt>
            <dd>{s.contracts}</dd>
          </div>
          <div>
            <dt>Waarden</dt>
            <dd>{s.verifiedOnly ? "Alleen geverifieerde" : "Alle geaccepteerde"}</dd>
          </div>
        </dl>
        <div className="actions no-print">
          <PrintButton />
        </div>
      </header>

      <section aria-labelledby="summary-title">
        <h2 id="summary-title">Toelichting</h2>
        {report.summary.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i} className="board-report-summary">
            {paragraph}
          </p>
        ))}
      </section>

      <section aria-labelledby="verified-title">
        <h2 id="verified-title">Verificatie</h2>
        <p>
          {s.verification.values === 0
            ? `Geen geaccepteerde waarden in ${period}.`
            : `${formatShare(report.verifiedShare)} van de ${s.verification.values} geaccepteerde waarden in ${period} is geverifieerd (${s.verification.verifiedValues}). Betwiste en nog niet geverifieerde waarden tellen niet als geverifieerd; het aandeel telt in waarden, niet in hun som.`}
        </p>
      </section>

      <section aria-labelledby="targets-title">
        <h2 id="targets-title">Ambitie en doelstellingen</h2>
        {s.targets.length === 0 ? <p>Er waren geen doelstellingen vastgelegd.</p> : null}
        {s.targets.map((t, i) => (
          <div key={i} className="table-wrap">
            <table className="data board-report-table">
              <caption>
                {t.name} <span className="muted small">({t.indicatorName})</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Jaar</th>
                  <th scope="col">Doel</th>
                  <th scope="col">Gerealiseerd</th>
                  <th scope="col">Dekking</th>
                  <th scope="col">Geverifieerd (van de waarden)</th>
                </tr>
              </thead>
              <tbody>
                {t.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td className="num">{formatMeasure(y.target, t.unitLabel)}</td>
                    <td className="num">{formatMeasure(y.actual, t.unitLabel)}</td>
                    <td>
                      {y.actual === null
                        ? "—"
                        : `${y.contracts} ${y.contracts === 1 ? "contract" : "contracten"}, ${y.quarters} van 4 kwartalen${y.baseShare === null ? "" : `, ${formatPercent(y.baseShare * 100, 1)} van het basisjaar`}`}
                    </td>
                    <td>{y.values === 0 ? "—" : `${formatShare(y.verifiedValues / y.values)} (${y.verifiedValues} van ${y.values})`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      <div className="board-report-columns">
        <section aria-labelledby="highlights-title">
          <h2 id="highlights-title">Wat goed gaat</h2>
          {s.highlights.length === 0 ? (
            <p>Geen hoogtepunten in de cijfers.</p>
          ) : (
            <ul>
              {s.highlights.map((h, i) => (
                <li key={i}>{h}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="risks-title">
          <h2 id="risks-title">Wat aandacht vraagt</h2>
          {s.risks.length === 0 ? (
            <p>Geen risico&apos;s in de cijfers.</p>
          ) : (
            <ul>
              {s.risks.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="malus-title">
        <h2 id="malus-title">Malus</h2>
        <p>
          {s.malus.totalCents === 0
            ? `Geen malus toegepast in ${period}.`
            : `${formatEuroCents(s.malus.totalCents)} malus toegepast in ${period}, bij ${s.malus.contractsWithMalus} ${s.malus.contractsWithMalus === 1 ? "contract" : "contracten"}.`}
        </p>
        {s.malus.perQuarter.length > 0 ? (
          <div className="table-wrap">
            <table className="data board-report-table">
              <caption className="visually-hidden">Malus per kwartaal</caption>
              <thead>
                <tr>
                  <th scope="col">Kwartaal</th>
                  <th scope="col">Malus</th>
                  <th scope="col">Contracten</th>
                </tr>
              </thead>
              <tbody>
                {s.malus.perQuarter.map((q) => (
                  <tr key={q.quarter}>
                    <th scope="row">{ql(q.quarter)}</th>
                    <td className="num">{formatEuroCents(q.cents)}</td>
                    <td className="num">{q.contracts}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <footer className="board-report-footer small muted">
        Vastgelegd op {formatDateTime(report.createdAt)} door {report.createdByName}. De cijfers zijn die van die dag en worden niet
        herberekend. {s.promises.total > 0 ? `Toezeggingen: ${s.promises.short} van ${s.promises.total} niet waargemaakt.` : ""}
      </footer>
    </article>
  );
}
