import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatEuroCents, formatPercent } from "@/lib/format";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { supplierDashboardPage } from "@/lib/supplier-dashboard/pages";

export const metadata: Metadata = { title: "Prestaties" };

function shareText(share: number | null): string {
  return share === null ? "—" : formatPercent(share * 100, 0);
}

/** The change since the review before: "↑ 12 sinds vorige review". */
function trendText(change: number): string {
  if (change === 0) return "gelijk aan vorige review";
  return `${change > 0 ? "↑" : "↓"} ${Math.abs(change)} sinds vorige review`;
}

function shareTone(share: number | null): "green" | "amber" | "red" | "grey" {
  if (share === null) return "grey";
  return share >= 0.75 ? "green" : share >= 0.5 ? "amber" : "red";
}

export default async function PerformancePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const page = await supplierDashboardPage(org);
  const { totals } = page;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Prestaties</h1>
          <p>
            Hoe {page.actor.org.name} presteert op {totals.contracts === 1 ? "het contract" : `de ${totals.contracts} contracten`} bij{" "}
            {totals.buyers === 1 ? "één opdrachtgever" : `${totals.buyers} opdrachtgevers`}.
          </p>
        </div>
      </div>
      <div className="stats">
        <div className="stat">
          <div className="value">{totals.onTime}</div>
          <div className="label">rapportages op tijd</div>
        </div>
        <div className="stat">
          <div className="value">{totals.late}</div>
          <div className="label">rapportages te laat</div>
        </div>
        <div className="stat">
          <div className="value">{totals.missing}</div>
          <div className="label">rapportages ontbreken</div>
        </div>
        <div className="stat">
          <div className="value">{formatEuroCents(totals.malusCents)}</div>
          <div className="label">malus toegepast</div>
        </div>
        <div className="stat">
          <div className="value">{totals.openActions}</div>
          <div className="label">open acties{totals.overdueActions > 0 ? `, waarvan ${totals.overdueActions} te laat` : ""}</div>
        </div>
      </div>
      <section className="card" aria-labelledby="per-contract">
        <h2 id="per-contract">Per contract</h2>
        {page.rows.length === 0 ? (
          <p className="muted">Uw organisatie is nog geen partij bij een lopend contract.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Contract</th>
                  <th scope="col">Opdrachtgever</th>
                  <th scope="col">KPI&apos;s op koers (laatste review)</th>
                  <th scope="col" className="num">
                    Totaalscore
                  </th>
                  <th scope="col" className="num">
                    Op tijd
                  </th>
                  <th scope="col" className="num">
                    Te laat
                  </th>
                  <th scope="col" className="num">
                    Ontbreekt
                  </th>
                  <th scope="col" className="num">
                    Malus
                  </th>
                  <th scope="col" className="num">
                    Open acties
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.contractId}>
                    <td>
                      <Link href={`/${org}/contracten/${r.contractId}/dashboard`}>{r.title}</Link>
                      {r.reference ? <div className="small muted">{r.reference}</div> : null}
                    </td>
                    <td>{r.buyerName}</td>
                    <td>
                      {r.latestReviewQuarter ? (
                        <>
                          <Badge tone={shareTone(r.share)}>{shareText(r.share)}</Badge>{" "}
                          <span className="small">
                            {r.onTrack} van {r.scored} · {quarterLabel(quarterFromKey(r.latestReviewQuarter))}
                          </span>
                        </>
                      ) : (
                        <span className="small muted">nog geen definitieve review</span>
                      )}
                    </td>
                    <td className="num">
                      {r.overallScore ?? "—"}
                      {r.overallScore !== null && r.previousOverallScore !== null ? (
                        <div className="small muted">{trendText(r.overallScore - r.previousOverallScore)}</div>
                      ) : null}
                    </td>
                    <td className="num">{r.onTime}</td>
                    <td className="num">{r.late}</td>
                    <td className="num">{r.missing > 0 ? <Badge tone="red">{r.missing}</Badge> : 0}</td>
                    <td className="num">{formatEuroCents(r.malusCents)}</td>
                    <td className="num">
                      {r.openActions}
                      {r.overdueActions > 0 ? <div className="small">{r.overdueActions} te laat</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="small muted">
          Een rapportage is op tijd als ze uiterlijk op de inleverdatum voor het eerst is ingediend; ze ontbreekt als die datum voorbij is
          zonder indiening. Het aandeel op koers telt de KPI&apos;s die in de laatste definitieve review als &lsquo;op koers&rsquo; zijn
          gescoord. De totaalscore is het gewogen gemiddelde van de afgesproken scores van die review (op koers 100, risico 50, niet op
          koers 0 punten), hoogstens 50 als een knock-out-KPI niet op koers is, vastgelegd bij ondertekening.
        </p>
      </section>
    </>
  );
}
