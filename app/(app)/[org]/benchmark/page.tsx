import type { Metadata } from "next";
import { benchmarkPage } from "@/lib/benchmark/pages";
import { POSITION_LABELS } from "@/lib/benchmark/rules";
import { formatDate, formatDateTime, formatMeasure } from "@/lib/format";
import { participationAction } from "./actions";
import { ParticipationForm } from "./client";

export const metadata: Metadata = { title: "Benchmark" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BenchmarkPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Search }) {
  const { org } = await params;
  const search = await searchParams;
  const pick = (key: string) => (typeof search[key] === "string" ? (search[key] as string) : undefined);
  const { actor, participation, mayManage, view } = await benchmarkPage(org, { jaar: pick("jaar"), pakket: pick("pakket") });
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Benchmark</h1>
          <p>
            Vergelijk de resultaten van jullie contracten met die van andere opdrachtgevers die meedoen, per inkooppakket en jaar: de
            mediaan en het middelste deel (van het eerste tot het derde kwart) van alle deelnemers, en waar jullie staan. Elke organisatie
            telt één keer mee, met de mediaan van haar contracten. Een cijfer van minder dan vijf organisaties wordt nooit getoond, ook niet
            na filteren, zodat niemand de cijfers van één opdrachtgever kan herleiden.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="deelname">
        <h2 id="deelname">Deelname</h2>
        <p>
          {participation.since
            ? `${actor.org.name} doet mee sinds ${formatDate(participation.since)}.`
            : `${actor.org.name} doet niet mee. Wie meedoet, deelt de geaccepteerde resultaten van de eigen contracten alleen als deel van de anonieme cijfers, en ziet die van de anderen.`}
        </p>
        {mayManage ? (
          <ParticipationForm
            action={participationAction.bind(null, org)}
            takingPart={Boolean(participation.since)}
            version={participation.version}
          />
        ) : participation.since ? null : (
          <p className="small muted">De beheerder of coördinator van jullie organisatie kan jullie aanmelden.</p>
        )}
      </section>
      {view ? (
        <>
          <form method="get" className="card inline-form" aria-label="Filters">
            <div className="field">
              <label htmlFor="benchmark-jaar">Jaar</label>
              <select id="benchmark-jaar" name="jaar" defaultValue={String(view.year)}>
                {view.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="benchmark-pakket">Inkooppakket</label>
              <select id="benchmark-pakket" name="pakket" defaultValue={view.purchasingPackage}>
                {view.packages.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" className="button button-secondary">
                Tonen
              </button>
            </div>
          </form>
          <section className="card" aria-labelledby="cijfers">
            <h2 id="cijfers">
              Cijfers {view.year}, {view.packages.find((p) => p.value === view.purchasingPackage)?.label.toLowerCase()}
            </h2>
            {view.rows.length === 0 ? (
              <p>
                Voor dit jaar en inkooppakket doen op geen enkele indicator {view.minOrganisations} of meer organisaties mee; er is dus nog
                niets te vergelijken.
              </p>
            ) : (
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">Indicator</th>
                      <th scope="col">Eerste kwart</th>
                      <th scope="col">Mediaan</th>
                      <th scope="col">Derde kwart</th>
                      <th scope="col">Deelnemers</th>
                      <th scope="col">Jullie resultaat</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.rows.map((r) => (
                      <tr key={r.indicatorId}>
                        <th scope="row">
                          {r.name}
                          <div className="small muted">{r.direction === "lower_better" ? "lager is beter" : "hoger is beter"}</div>
                        </th>
                        <td>{formatMeasure(r.p25, r.unitLabel)}</td>
                        <td>{formatMeasure(r.median, r.unitLabel)}</td>
                        <td>{formatMeasure(r.p75, r.unitLabel)}</td>
                        <td>
                          {r.organisations} organisaties
                          <div className="small muted">{r.contracts} contracten</div>
                        </td>
                        <td>
                          {r.own ? (
                            <>
                              {formatMeasure(r.own.value, r.unitLabel)}
                              <div className="small">{POSITION_LABELS[r.position!]}</div>
                              <div className="small muted">
                                {r.own.contracts} {r.own.contracts === 1 ? "contract" : "contracten"}
                              </div>
                            </>
                          ) : (
                            <span className="muted">Geen eigen resultaat</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {view.uncompared.length > 0 ? (
              <p className="small">
                Jullie eigen resultaten zonder vergelijking (minder dan {view.minOrganisations} organisaties):{" "}
                {view.uncompared.map((o) => `${o.name}: ${formatMeasure(o.value, o.unitLabel)}`).join("; ")}.
              </p>
            ) : null}
            {view.refreshedAt ? <p className="small muted">Bijgewerkt op {formatDateTime(view.refreshedAt)}; elke nacht opnieuw.</p> : null}
          </section>
        </>
      ) : null}
    </>
  );
}
