import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { contractDashboardPage } from "@/lib/contract-dashboard/pages";
import { formatDate, formatEuroCents } from "@/lib/format";
import { KpiPanel } from "./_components/kpi-panel";

export const metadata: Metadata = { title: "Contractdashboard" };

export default async function ContractDashboardPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const page = await contractDashboardPage(org, id);
  const { contract } = page;
  const base = `/${org}/contracten/${id}`;
  const isBuyer = page.actor.org.kind === "buyer";
  return (
    <>
      <p className="small">
        <Link href={base}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Dashboard: {contract.title}</h1>
          <p>
            {isBuyer ? (contract.supplierName ?? "nog geen leverancier") : `opdrachtgever: ${contract.buyerName}`} ·{" "}
            {formatDate(contract.startDate)} – {formatDate(contract.endDate)}
          </p>
        </div>
        <div className="actions">
          <Link href={`${base}/reviews`} className="button button-secondary">
            Kwartaalreviews
          </Link>
          <Link href={`${base}/malus`} className="button button-secondary">
            Malusoverzicht
          </Link>
        </div>
      </div>
      <div className="stats">
        <div className="stat">
          <div className="value">{page.kpis.length}</div>
          <div className="label">KPI&apos;s</div>
        </div>
        <div className="stat">
          <div className="value">{page.malus.length}</div>
          <div className="label">definitieve reviews</div>
        </div>
        <div className="stat">
          <div className="value">{formatEuroCents(page.malusTotalCents)}</div>
          <div className="label">malus toegepast</div>
        </div>
        <div className="stat">
          <div className="value">{page.actions.length}</div>
          <div className="label">open acties{page.overdueActions > 0 ? `, waarvan ${page.overdueActions} te laat` : ""}</div>
        </div>
      </div>
      {page.kpis.length === 0 ? (
        <div className="card">
          <p>Dit contract heeft nog geen actieve KPI&apos;s.</p>
        </div>
      ) : (
        page.kpis.map((kpi) => <KpiPanel key={kpi.id} kpi={kpi} quarters={page.quarters} nowKey={page.currentQuarter} />)
      )}
      <section className="card" aria-labelledby="malus">
        <h2 id="malus">Totaalscore en malus per kwartaal</h2>
        {page.malus.length === 0 ? (
          <p className="muted">Nog geen definitieve reviews.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Review</th>
                  <th scope="col" className="num">
                    Totaalscore
                  </th>
                  <th scope="col" className="num">
                    Op koers
                  </th>
                  <th scope="col" className="num">
                    Som per KPI
                  </th>
                  <th scope="col" className="num">
                    Toegepast
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.malus.map((m) => (
                  <tr key={m.key}>
                    <th scope="row">{m.label}</th>
                    <td className="num">{m.overallScore ?? "—"}</td>
                    <td className="num">
                      {m.onTrack} van {m.scored}
                    </td>
                    <td className="num">{formatEuroCents(m.kpiLinesCents)}</td>
                    <td className="num">{formatEuroCents(m.appliedCents)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Totaal</th>
                  <td />
                  <td />
                  <td />
                  <td className="num">
                    <strong>{formatEuroCents(page.malusTotalCents)}</strong>
                  </td>
                </tr>
              </tbody>
            </table>
            <p className="small muted">
              Totaalscore: het gewogen gemiddelde van de afgesproken scores (op koers 100, risico 50, niet op koers 0 punten; niet gescoorde
              KPI&apos;s tellen niet mee), hoogstens 50 als een knock-out-KPI niet op koers is. Toegepast is de malus na kwijtschelding en
              plafonds. Beide zijn vastgelegd bij ondertekening.
            </p>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="acties">
        <h2 id="acties">Open acties</h2>
        {page.actions.length === 0 ? (
          <p className="muted">Er staan geen acties open.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Actie</th>
                  <th scope="col">Eigenaar</th>
                  <th scope="col">Uiterlijk</th>
                </tr>
              </thead>
              <tbody>
                {page.actions.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {a.title}
                      <div className="small muted">uit review {a.reviewLabel}</div>
                    </td>
                    <td>
                      {a.ownerName}
                      <div className="small muted">{a.ownerSide === "buyer" ? "opdrachtgever" : "leverancier"}</div>
                    </td>
                    <td className="nowrap">
                      {formatDate(a.dueDate)} {a.overdue ? <Badge tone="red">Te laat</Badge> : null}
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
