import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { promisesPage } from "@/lib/kpis/pages";
import { KPI_LIFECYCLE } from "@/lib/kpis/proposal";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { promiseToKpiAction, recordPromiseAction } from "../kpis/actions";
import { PromiseForm, PromiseToKpiButton } from "./client";
import { formatMeasure } from "@/lib/format";

export const metadata: Metadata = { title: "Toezeggingen" };

export default async function PromisesPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const page = await promisesPage(org, id);
  const { contract } = page;
  const base = `/${org}/contracten/${id}`;
  return (
    <>
      <p className="small">
        <Link href={`${base}/kpis`}>← KPI&apos;s van {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Toezeggingen uit de inschrijving</h1>
          <p>
            Wat de leverancier in de inschrijving beloofde, zoals de MKI-waarde van het asfalt. Een toezegging wordt met één klik een KPI
            met een resultaatverplichting, zodat erop gestuurd wordt. Wat de andere inschrijvers beloofden staat bij de{" "}
            <Link href={`${base}/aanbesteding`}>aanbesteding</Link>.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="lijst">
        <h2 id="lijst">Toezeggingen</h2>
        {page.promises.length === 0 ? (
          <p className="muted">Er zijn nog geen toezeggingen vastgelegd.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Toezegging</th>
                  <th scope="col">Indicator</th>
                  <th scope="col" className="num">
                    Waarde
                  </th>
                  <th scope="col">Vanaf</th>
                  <th scope="col">KPI</th>
                </tr>
              </thead>
              <tbody>
                {page.promises.map((p) => {
                  const live = p.kpis.filter((k) => k.status !== "rejected");
                  return (
                    <tr key={p.id}>
                      <td>
                        {p.description}
                        {p.source ? <div className="small muted">{p.source}</div> : null}
                      </td>
                      <td>{p.indicator.name}</td>
                      <td className="num nowrap">{formatMeasure(p.value, p.indicator.unitLabel)}</td>
                      <td className="nowrap">{p.dueQuarter ? quarterLabel(quarterFromKey(p.dueQuarter)) : "hele looptijd"}</td>
                      <td>
                        {live.map((k) => (
                          <div key={k.id}>
                            <Link href={`${base}/kpis/${k.id}`}>{k.name}</Link>{" "}
                            <Badge tone={KPI_LIFECYCLE[k.status].tone}>{KPI_LIFECYCLE[k.status].label}</Badge>
                          </div>
                        ))}
                        {live.length === 0 && page.mayEdit ? (
                          <PromiseToKpiButton action={promiseToKpiAction.bind(null, org, id)} promiseId={p.id} label={p.description} />
                        ) : live.length === 0 ? (
                          <span className="muted">nog geen KPI</span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {page.mayEdit ? (
        <section className="card" aria-labelledby="nieuw">
          <h2 id="nieuw">Toezegging vastleggen</h2>
          <PromiseForm action={recordPromiseAction.bind(null, org, id)} indicators={page.indicators} quarters={page.quarters} />
        </section>
      ) : null}
    </>
  );
}
