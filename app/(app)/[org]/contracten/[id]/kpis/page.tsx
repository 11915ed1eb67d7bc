import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { Badge } from "@/app/_components/ui/badge";
import { formatDate } from "@/lib/format";
import { formatTarget, growthPathChart } from "@/lib/kpis/chart";
import { kpiListPage } from "@/lib/kpis/pages";
import { isChangeToAgreedKpi } from "@/lib/kpis/policy";
import { KPI_LIFECYCLE, SIDE_LABELS } from "@/lib/kpis/proposal";
import { OBLIGATIONS } from "@/lib/kpis/rules";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { decideKpiAction, proposeKpiAction } from "./actions";
import { DecideKpi } from "./_components/decide-kpi";
import { GrowthPathChart } from "./_components/growth-path-chart";
import { EMPTY_KPI, KpiForm } from "./_components/kpi-form";
import { KpiQuarterSet } from "./_components/quarter-set";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "KPI's van het contract" };

const NOTICES: Record<string, string> = {
  geaccepteerd: "Het voorstel is geaccepteerd: de KPI is actief.",
  afgewezen: "Het voorstel is afgewezen. De reden staat bij de KPI.",
  "wijziging-geaccepteerd": "De wijziging is geaccepteerd: de KPI is weer actief, met de gewijzigde afspraken.",
  "wijziging-afgewezen": "De wijziging is afgewezen: de afgesproken versie van de KPI geldt weer.",
};

export default async function ContractKpisPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{
    melding?: string;
    kwartaal?: string;
    overgenomen?: string;
    weggelaten?: string;
    gekopieerd?: string;
    geimporteerd?: string;
  }>;
}) {
  const { org, id } = await params;
  const query = await searchParams;
  const page = await kpiListPage(org, id, query.kwartaal);
  const { contract, actor } = page;
  const base = `/${org}/contracten/${id}`;
  const quarters = page.quarters.map((q) => quarterFromKey(q.key));
  const arrival = arrivalNotice(query);
  const isBuyer = actor.org.kind === "buyer";
  const charted = page.kpis.filter((k) => k.status === "active" || k.status === "proposed");
  return (
    <>
      <p className="small">
        <Link href={base}>← {contract.title}</Link>
      </p>
      {query.melding && NOTICES[query.melding] ? <Notice arrival>{NOTICES[query.melding]}</Notice> : null}
      {arrival ? <Notice arrival>{arrival}</Notice> : null}
      <div className="page-header">
        <div>
          <h1>KPI&apos;s en groeipaden</h1>
          <p>
            {contract.title} · looptijd {formatDate(contract.startDate)} – {formatDate(contract.endDate)}
          </p>
        </div>
        <div className="actions">
          <Link href={`${base}/toezeggingen`} className="button button-secondary">
            Toezeggingen uit de inschrijving
          </Link>
          {isBuyer && can(actor.org.kind, actor.role, "kpi_library.adopt") ? (
            <>
              <Link href={`/${org}/kpi-bibliotheek`} className="button button-secondary">
                Uit de KPI-bibliotheek
              </Link>
              <Link href={`${base}/kpis-kopieren`} className="button button-secondary">
                Kopiëren uit ander contract
              </Link>
              <Link href={`${base}/kpi-import`} className="button button-secondary">
                Importeren (CSV/XLSX)
              </Link>
            </>
          ) : null}
        </div>
      </div>
      {page.started ? (
        <Notice tone="info">
          Dit contract is gestart op {formatDate(contract.startDate)}. Actieve KPI&apos;s wijzigen nu alleen nog via het kwartaalgesprek:
          daar besluiten opdrachtgever en opdrachtnemer samen over nieuwe KPI&apos;s, KPI&apos;s die vervallen en een bijgesteld groeipad.
          Nieuwe voorstellen kunnen nog steeds; een geaccepteerd voorstel telt vanaf het lopende kwartaal.
        </Notice>
      ) : (
        <Notice tone="info">
          Het contract start op {formatDate(contract.startDate)}. Tot dan stellen opdrachtgever en opdrachtnemer de KPI&apos;s samen vast:
          beide partijen doen voorstellen en de andere partij accepteert of wijst af. Ook een afgesproken KPI wijzigt alleen met instemming
          van beide: een wijziging gaat als voorstel naar de andere partij.
        </Notice>
      )}

      <section className="card" aria-labelledby="kpi-lijst">
        <h2 id="kpi-lijst">KPI&apos;s van dit contract</h2>
        {page.kpis.length === 0 ? (
          <p className="muted">Er zijn nog geen KPI&apos;s voorgesteld.</p>
        ) : (
          <div className="table-wrap" role="region" aria-label="KPI's van dit contract" tabIndex={0}>
            <table className="data kpi-table">
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col">Status</th>
                  <th scope="col">Voorgesteld door</th>
                  <th scope="col" className="num">
                    Doel {quarterLabel(quarterFromKey(page.selectedQuarter))}
                  </th>
                  <th scope="col">Besluit</th>
                </tr>
              </thead>
              <tbody>
                {page.kpis.map((kpi) => {
                  const lifecycle = KPI_LIFECYCLE[kpi.status];
                  // A target only means something for a KPI that counts in the quarter (or is still on the table).
                  const counts = kpi.status === "proposed" || page.quarterSet.active.some((k) => k.id === kpi.id);
                  const target = counts ? kpi.targets.find((t) => t.key === page.selectedQuarter)?.target : undefined;
                  return (
                    <tr key={kpi.id} data-kpi={kpi.name}>
                      <td>
                        <Link href={`${base}/kpis/${kpi.id}`}>{kpi.name}</Link>
                        <div className="small muted">
                          {kpi.kind === "qualitative" ? "Kwalitatief, score 1–4" : (kpi.indicator?.name ?? "")} ·{" "}
                          {OBLIGATIONS[kpi.obligation]}
                        </div>
                      </td>
                      <td>
                        <Badge tone={lifecycle.tone}>{lifecycle.label}</Badge>
                        {isChangeToAgreedKpi(kpi) ? <div className="small muted">wijziging van een afgesproken KPI</div> : null}
                        {kpi.status === "active" && kpi.activeFrom ? (
                          <div className="small muted">vanaf {quarterLabel(quarterFromKey(kpi.activeFrom))}</div>
                        ) : null}
                      </td>
                      <td>
                        {SIDE_LABELS[kpi.proposedByKind]}
                        {kpi.proposedByName ? <div className="small muted">{kpi.proposedByName}</div> : null}
                      </td>
                      <td className={kpi.kind === "qualitative" ? "num" : "num nowrap"}>
                        {target === undefined ? "—" : formatTarget(target, kpi)}
                      </td>
                      <td>
                        {kpi.controls.mayDecide ? (
                          <DecideKpi
                            action={decideKpiAction.bind(null, org, id, "list")}
                            id={kpi.id}
                            version={kpi.version}
                            name={kpi.name}
                            change={isChangeToAgreedKpi(kpi)}
                          />
                        ) : kpi.status === "proposed" ? (
                          <span className="small muted">
                            wacht op de {SIDE_LABELS[kpi.proposedByKind === "buyer" ? "supplier" : "buyer"]}
                          </span>
                        ) : kpi.status === "rejected" ? (
                          <span className="small">{kpi.rejectionReason}</span>
                        ) : (
                          <span className="small muted">{kpi.decidedByName ? `door ${kpi.decidedByName}` : "—"}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {charted.length > 0 ? (
        <section className="card" aria-labelledby="groeipaden">
          <h2 id="groeipaden">Groeipaden in één oogopslag</h2>
          <p className="muted small">
            Het doel per kwartaal van elke actieve en voorgestelde KPI over de looptijd; open een KPI voor de tabel en de mijlpalen.
          </p>
          <ul className="kpi-overview">
            {charted.map((kpi) => {
              const chart = growthPathChart(kpi, quarters);
              return (
                <li key={kpi.id}>
                  <h3>
                    <Link href={`${base}/kpis/${kpi.id}`}>{kpi.name}</Link>
                  </h3>
                  <p className="small muted">{chart.unit}</p>
                  {kpi.versions.length > 0 ? (
                    <GrowthPathChart
                      compact
                      description={chart.description}
                      unitLabel={chart.unit}
                      quarters={page.quarters}
                      targets={chart.targets}
                      milestones={chart.milestones}
                      nowKey={page.currentQuarter}
                    />
                  ) : (
                    <p className="small muted">Nog geen groeipad.</p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <KpiQuarterSet page={page} />

      {page.mayPropose ? (
        <section className="card" aria-labelledby="voorstel">
          <h2 id="voorstel">Voorstel doen</h2>
          <p className="muted">
            Je voorstel gaat naar de {actor.org.kind === "buyer" ? "opdrachtnemer" : "opdrachtgever"}, die het accepteert of met een reden
            afwijst.
          </p>
          <KpiForm
            action={proposeKpiAction.bind(null, org, id)}
            initial={EMPTY_KPI}
            indicators={page.indicators.map((i) => ({ ...i, own: i.own !== null }))}
            themes={page.themes}
            submitLabel="Voorstel doen"
            growthPath={{ quarters: page.quarters }}
          />
        </section>
      ) : null}
    </>
  );
}

/** The message after adopting, copying or importing KPIs (those pages redirect here). */
function arrivalNotice(query: { overgenomen?: string; weggelaten?: string; gekopieerd?: string; geimporteerd?: string }) {
  if (query.overgenomen) {
    const dropped = Number(query.weggelaten ?? 0);
    return `De KPI uit de bibliotheek is als voorstel aan dit contract toegevoegd${
      dropped > 0
        ? `; ${dropped} mijlpa${dropped === 1 ? "al viel" : "len vielen"} na het einde van het contract en ${dropped === 1 ? "is" : "zijn"} weggelaten`
        : ""
    }. De leverancier accepteert of wijst het voorstel af.`;
  }
  if (query.gekopieerd) return `${Number(query.gekopieerd)} KPI('s) gekopieerd als voorstel aan de leverancier.`;
  if (query.geimporteerd) return `${Number(query.geimporteerd)} KPI('s) geïmporteerd als voorstel aan de leverancier.`;
  return null;
}
