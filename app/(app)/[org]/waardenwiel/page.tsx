import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { chartThemes, waardenwielOverview } from "@/lib/waardenwiel/pages";
import { wheelProgress } from "@/lib/waardenwiel/rules";
import { WheelChart } from "./_components/wheel-chart";
import { createWheelAction } from "./actions";
import { CreateWheelForm } from "./client";

export const metadata: Metadata = { title: "Waardenwiel" };

export default async function WaardenwielPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, year, wheels, current, canEdit } = await waardenwielOverview(org);
  const latest = wheels[0]?.year ?? null;
  const base = `/${org}/waardenwiel`;
  const steps = current ? wheelProgress(current) : [];
  const next = steps.find((s) => !s.done);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Waardenwiel</h1>
          <p>
            De duurzame ambitie van {actor.org.name}: wat duurzaamheid voor jullie betekent, wat het zwaarst weegt en welke doelen daarbij
            horen. Elk contract en elke KPI hoort hierop terug te voeren.
          </p>
        </div>
      </div>

      {current ? (
        <section className="card" aria-labelledby="huidig">
          <div className="wheel-columns">
            <WheelChart
              themes={chartThemes(current)}
              title={`Waardenwiel ${current.year}`}
              centre={["Waardenwiel", String(current.year)]}
              compact
            />
            <div>
              <h2 id="huidig">Waardenwiel {current.year}</h2>
              <p>
                {current.publishedAt ? (
                  <Badge tone="green">Gedeeld op {formatDateTime(current.publishedAt)}</Badge>
                ) : (
                  <Badge tone="amber">Concept, nog niet gedeeld</Badge>
                )}
              </p>
              {current.ambition ? (
                <p className="vision-ambition">{current.ambition}</p>
              ) : (
                <p className="muted">Nog geen ambitie geformuleerd.</p>
              )}
              <p>
                <strong>
                  {steps.filter((s) => s.done).length} van {steps.length} stappen klaar.
                </strong>{" "}
                {next ? `Volgende stap: ${next.title.toLowerCase()}.` : "Alle stappen zijn gezet."}
              </p>
              <div className="actions">
                <Link href={`${base}/${current.year}`} className="button">
                  Open het wiel van {current.year}
                </Link>
                <Link href={`${base}/${current.year}/visie`} className="button button-secondary">
                  Visieplaat
                </Link>
              </div>
            </div>
          </div>
        </section>
      ) : (
        <section className="card" aria-labelledby="start">
          <h2 id="start">Er is nog geen Waardenwiel voor {year}</h2>
          {canEdit ? (
            <>
              <p>Kies een startpunt. Daarna loop je de acht stappen van de handreiking door: van interne analyse tot meten en monitoren.</p>
              <CreateWheelForm
                action={createWheelAction.bind(null, org)}
                defaultYear={latest !== null && latest > year ? latest + 1 : year}
                copyFromYear={latest}
                defaultTemplate={latest !== null ? "copy" : "example"}
              />
            </>
          ) : (
            <p className="muted">De coördinator MVI/KCI of een beheerder maakt het wiel aan.</p>
          )}
        </section>
      )}

      {wheels.length > 0 ? (
        <section className="card" aria-labelledby="jaren">
          <h2 id="jaren">Alle jaren</h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Jaar</th>
                  <th scope="col" className="num">
                    Thema&apos;s
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Wijzigen</th>
                </tr>
              </thead>
              <tbody>
                {wheels.map((w) => (
                  <tr key={w.id}>
                    <td>
                      <Link href={`${base}/${w.year}`}>Waardenwiel {w.year}</Link>
                    </td>
                    <td className="num">{w.themeCount}</td>
                    <td>{w.publishedAt ? <Badge tone="green">Gedeeld</Badge> : <Badge tone="amber">Concept</Badge>}</td>
                    <td>{w.year === latest ? "Actueel" : <Badge tone="grey">Alleen-lezen (er is een nieuwer wiel)</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {canEdit && current ? (
        <section className="card" aria-labelledby="nieuw-jaar">
          <h2 id="nieuw-jaar">Wiel voor een volgend jaar</h2>
          <p className="small muted">
            Zodra er een wiel voor een later jaar is, wordt het wiel van {latest} alleen-lezen: wat in een jaar is afgesproken, blijft zo
            zichtbaar.
          </p>
          <CreateWheelForm
            action={createWheelAction.bind(null, org)}
            defaultYear={(latest ?? year) + 1}
            copyFromYear={latest}
            defaultTemplate="copy"
          />
        </section>
      ) : null}
    </>
  );
}
