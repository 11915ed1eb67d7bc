// The malus ledger of a contract: what the final reviews fixed, per quarter and per cap year, and
// each KPI's caps with what has been used of them. Draft reviews do not count until signed.
import type { Metadata } from "next";
import Link from "next/link";
import { formatEuroCents } from "@/lib/format";
import { perCapYear } from "@/lib/malus/cap-years";
import { quarterLabel } from "@/lib/periods";
import { malusLedgerPage } from "@/lib/reviews/output-pages";

export const metadata: Metadata = { title: "Malusoverzicht" };

const euro = (cents: number | null) => (cents === null ? "geen maximum" : formatEuroCents(cents));

export default async function MalusLedgerPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { ledger } = await malusLedgerPage(org, id);
  const { contract } = ledger;
  const base = `/${org}/contracten/${id}`;
  const yearWord = contract.malusCapPeriod === "calendar_year" ? "Per kalenderjaar" : "Per contractjaar";
  return (
    <>
      <p className="small no-print">
        <Link href={base}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Malusoverzicht</h1>
          <p>
            {contract.title}
            {contract.reference ? ` (${contract.reference})` : ""} · alleen definitieve reviews tellen mee
          </p>
          <p className="small">
            Een maximum per jaar telt {perCapYear({ period: contract.malusCapPeriod, startDate: contract.startDate })}, zoals bij het
            contract vastgelegd.
          </p>
        </div>
        <div className="actions no-print">
          <a href={`/api/v1/${org}/contracts/${id}/malus`} className="button button-secondary" download>
            CSV voor financiën
          </a>
        </div>
      </div>

      <section className="card" aria-labelledby="totaal">
        <h2 id="totaal">Totaal over het contract</h2>
        <dl className="facts">
          <dt>Malus volgens de regels</dt>
          <dd>{formatEuroCents(ledger.totals.rawCents)}</dd>
          <dt>Kwijtgescholden</dt>
          <dd>{formatEuroCents(ledger.totals.waivedCents)}</dd>
          <dt>Toegepast</dt>
          <dd>
            <strong>{formatEuroCents(ledger.totals.appliedCents)}</strong>
          </dd>
        </dl>
      </section>

      {ledger.lines.length === 0 ? (
        <section className="card">
          <p>Er is nog geen malus toegepast: geen definitieve review met een malus.</p>
        </section>
      ) : (
        <>
          <Totals caption={yearWord} period={contract.malusCapPeriod === "calendar_year" ? "Jaar" : "Contractjaar"} rows={ledger.byYear} />
          <Totals caption="Per kwartaal" period="Kwartaal" rows={ledger.byQuarter.map((q) => ({ ...q, label: quarterLabel(q.quarter) }))} />
          <section className="card" aria-labelledby="per-kpi">
            <h2 id="per-kpi">Per KPI per kwartaal</h2>
            <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel malus per KPI per kwartaal">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">Kwartaal</th>
                    <th scope="col">KPI</th>
                    <th scope="col" className="num">
                      Volgens regel
                    </th>
                    <th scope="col" className="num">
                      Kwijtgescholden
                    </th>
                    <th scope="col">Reden kwijtschelding</th>
                    <th scope="col" className="num">
                      Toegepast
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ledger.lines.map((l) => (
                    <tr key={`${l.key}-${l.kpiId}`}>
                      <td>
                        <Link href={`${base}/reviews/${l.key}/rapport`}>{quarterLabel(l.quarter)}</Link>
                      </td>
                      <th scope="row">{l.kpiName}</th>
                      <td className="num">{formatEuroCents(l.rawCents)}</td>
                      <td className="num">{l.waivedCents > 0 ? formatEuroCents(l.waivedCents) : "—"}</td>
                      <td>
                        {l.waiverReason ?? "—"}
                        {l.waiverApprovedBy ? <div className="small muted">goedgekeurd door {l.waiverApprovedBy}</div> : null}
                      </td>
                      <td className="num">{formatEuroCents(l.appliedCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}

      <section className="card" aria-labelledby="maxima">
        <h2 id="maxima">Maxima per KPI</h2>
        {ledger.caps.length === 0 && !ledger.allKpis ? (
          <p className="muted">Geen KPI met een malusregel in een definitieve review.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="group" aria-label="Tabel maxima per KPI">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col">Per kwartaal (hoogste toegepast / maximum)</th>
                  <th scope="col">{yearWord} (toegepast / maximum)</th>
                  <th scope="col">Looptijd (toegepast / maximum)</th>
                </tr>
              </thead>
              <tbody>
                {[...ledger.caps, ...(ledger.allKpis ? [ledger.allKpis] : [])].map((c) => (
                  <tr key={c.kpiId || "alle"}>
                    <th scope="row">{c.kpiName}</th>
                    <td>
                      {formatEuroCents(c.maxQuarterCents)} / {c.caps.quarter ?? "geen maximum"}
                    </td>
                    <td>
                      {c.byYear.length === 0
                        ? `${formatEuroCents(0)} / ${c.caps.year ?? "geen maximum"}`
                        : c.byYear.map((y) => (
                            <div key={y.key}>
                              {y.label}: {formatEuroCents(y.appliedCents)} / {euro(y.capCents)}
                            </div>
                          ))}
                    </td>
                    <td>
                      {formatEuroCents(c.contractCents)} / {euro(c.contractCapCents)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

type TotalRow = { key: string; label: string; rawCents: number; waivedCents: number; appliedCents: number };

function Totals({ caption, period, rows }: { caption: string; period: string; rows: TotalRow[] }) {
  return (
    <section className="card" aria-label={caption}>
      <h2>{caption}</h2>
      <div className="table-wrap" tabIndex={0} role="group" aria-label={`Tabel ${caption.toLowerCase()}`}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{period}</th>
              <th scope="col" className="num">
                Volgens regel
              </th>
              <th scope="col" className="num">
                Kwijtgescholden
              </th>
              <th scope="col" className="num">
                Toegepast
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatEuroCents(r.rawCents)}</td>
                <td className="num">{formatEuroCents(r.waivedCents)}</td>
                <td className="num">{formatEuroCents(r.appliedCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
