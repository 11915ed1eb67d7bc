import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatMeasure, formatNumber } from "@/lib/format";
import { parseQuarter, quarterLabel } from "@/lib/periods";
import { tenderPage } from "@/lib/tenders/pages";
import { procedureLabel, TENDER_PROCEDURES } from "@/lib/tenders/rules";
import { deleteBidAction, saveBidAction, saveTenderAction } from "./actions";
import { BidForm, DeleteBidButton, TenderForm } from "./client";

export const metadata: Metadata = { title: "Aanbesteding en inschrijvingen" };

const PROCEDURES = Object.entries(TENDER_PROCEDURES).map(([value, label]) => ({ value, label }));

/** A difference in the winner's favour reads as "beter", against it as "slechter": never colour alone. */
function gainText(gain: string | null, unit: string): string {
  if (gain === null) return "—";
  const n = Number(gain);
  if (n === 0) return "gelijk";
  return `${formatMeasure(String(Math.abs(n)), unit)} ${n > 0 ? "beter" : "slechter"}`;
}

export default async function TenderPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const page = await tenderPage(org, id);
  const { contract, tender } = page;
  const indicators = page.promises.map((p) => ({ indicatorId: p.indicatorId, indicatorName: p.indicatorName, unitLabel: p.unitLabel }));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}/toezeggingen`}>← Toezeggingen van {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Aanbesteding en inschrijvingen</h1>
          <p>
            Hoe ver lagen de duurzaamheidsbeloften van de inschrijvers uit elkaar, en wat leverde de keuze op? De winnaar is{" "}
            {contract.supplierName ?? "nog niet gekoppeld"}; zijn beloften zijn de toezeggingen van dit contract. De andere inschrijvers
            staan hier als A, B, C{page.withNames ? "; hun namen ziet alleen de coördinator of beheerder van de opdrachtgever" : ""}.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="aanbesteding">
        <h2 id="aanbesteding">Aanbesteding</h2>
        {page.mayEdit ? (
          <TenderForm action={saveTenderAction.bind(null, org, id)} procedures={PROCEDURES} initial={page.tenderInitial} />
        ) : tender ? (
          <dl className="facts">
            <dt>Kenmerk</dt>
            <dd>{tender.reference ?? "—"}</dd>
            <dt>Procedure</dt>
            <dd>{procedureLabel(tender.procedure)}</dd>
            <dt>Gunningsdatum</dt>
            <dd>{tender.awardDate ? formatDate(tender.awardDate) : "—"}</dd>
            <dt>Score van de winnaar</dt>
            <dd>{tender.winnerScore ? formatNumber(Number(tender.winnerScore), 2) : "—"}</dd>
          </dl>
        ) : (
          <p className="muted">De aanbesteding is nog niet vastgelegd.</p>
        )}
      </section>
      <section className="card" aria-labelledby="vergelijking">
        <h2 id="vergelijking">Winnaar naast de andere inschrijvingen</h2>
        {page.comparison.length === 0 ? (
          <p className="muted">Er zijn nog geen toezeggingen om te vergelijken.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="small muted">
                Geleverd: de laatst geaccepteerde waarde van de KPI op deze toezegging (een afgesloten kwartaal zoals de afsluiting het
                vastlegde), naast wat de anderen beloofden.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col" className="num">
                    Winnaar
                  </th>
                  <th scope="col" className="num">
                    Geleverd
                  </th>
                  {page.bids.map((b) => (
                    <th scope="col" className="num" key={b.id}>
                      Inschrijving {b.label}
                      {b.bidderName ? <div className="small muted">{b.bidderName}</div> : null}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Mediaan anderen
                  </th>
                  <th scope="col">Winst t.o.v. mediaan</th>
                  <th scope="col">Winst t.o.v. beste andere</th>
                </tr>
              </thead>
              <tbody>
                {page.comparison.map((c) => (
                  <tr key={c.indicatorId}>
                    <th scope="row">
                      {c.indicatorName}
                      <div className="small muted">{c.direction === "lower_better" ? "lager is beter" : "hoger is beter"}</div>
                    </th>
                    <td className="num nowrap">{formatMeasure(c.winner, c.unitLabel)}</td>
                    <td className="num nowrap">
                      {c.delivered ? (
                        <>
                          {formatMeasure(c.delivered.value, c.unitLabel)}
                          <div className="small muted">{quarterLabel(parseQuarter(c.delivered.quarter)!)}</div>
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    {c.others.map((o) => (
                      <td className="num nowrap" key={o.label}>
                        {formatMeasure(o.value, c.unitLabel)}
                      </td>
                    ))}
                    <td className="num nowrap">{formatMeasure(c.othersMedian, c.unitLabel)}</td>
                    <td className="nowrap">{gainText(c.gainOnMedian, c.unitLabel)}</td>
                    <td className="nowrap">{gainText(c.gainOnBest, c.unitLabel)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Score</th>
                  <td className="num">{tender?.winnerScore ? formatNumber(Number(tender.winnerScore), 2) : "—"}</td>
                  <td />
                  {page.bids.map((b) => (
                    <td className="num" key={b.id}>
                      {b.score ? formatNumber(Number(b.score), 2) : "—"}
                    </td>
                  ))}
                  <td colSpan={3} />
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </section>
      {page.mayEdit ? (
        <section className="card" aria-labelledby="inschrijvingen">
          <h2 id="inschrijvingen">Inschrijvingen uit het gunningsverslag</h2>
          {page.bids.map((b) => (
            <details key={b.id}>
              <summary>
                Inschrijving {b.label}: {b.bidderName}
              </summary>
              <BidForm
                action={saveBidAction.bind(null, org, id)}
                indicators={indicators}
                idPrefix={`bid-${b.label}`}
                initial={b.initial}
                submitLabel={`Inschrijving ${b.label} opslaan`}
              />
              <DeleteBidButton action={deleteBidAction.bind(null, org, id)} id={b.id} version={b.version} label={b.label} />
            </details>
          ))}
          <h3>Nieuwe inschrijving</h3>
          <BidForm
            action={saveBidAction.bind(null, org, id)}
            indicators={indicators}
            idPrefix="bid-new"
            initial={{ id: "", version: 0, bidderName: "", score: "", values: {} }}
            submitLabel="Inschrijving toevoegen"
          />
        </section>
      ) : null}
    </>
  );
}
