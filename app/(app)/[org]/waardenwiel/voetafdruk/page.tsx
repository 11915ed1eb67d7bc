import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/app/_components/ui/notice";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { packageLabel } from "@/lib/contracts/rules";
import { baselineFormValues, footprintPage } from "@/lib/footprint/pages";
import { formatMeasure, formatNumber } from "@/lib/format";
import { BaselineForm } from "./_components/footprint-forms";
import { saveBaseline } from "./actions";

export const metadata: Metadata = { title: "CO2-voetafdruk per inkooppakket" };

export default async function FootprintPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
}) {
  const { org } = await params;
  const { opgeslagen } = await searchParams;
  const actor = await requireActor(org);
  if (actor.org.kind !== "buyer" || !can(actor.org.kind, actor.role, "wheel.read")) notFound();
  const canEdit = can(actor.org.kind, actor.role, "targets.edit");
  const page = await footprintPage(actor);
  const base = `/${org}/waardenwiel/voetafdruk`;
  const { fte, fteYear } = page.baseline;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>CO2-voetafdruk per inkooppakket</h1>
          <p>
            Waar is de meeste CO2-reductie te halen? Per facilitair inkooppakket een voetafdruk in kilogram CO2-equivalent per FTE per jaar
            (scope 1, 2 en 3 volgens het Greenhouse Gas Protocol), maal het aantal FTE van {actor.org.name}. De pakketten met de grootste
            impact zijn kandidaten voor een strategische, duurzame aanbesteding.
          </p>
          <p className="small muted">
            Het sjabloon volgt de Buyer Group FM-handreiking (bijlage 4, figuur 14): een gemiddelde van de scans van meerdere organisaties
            (PHI Factory, 2023). De tekst geeft alleen het cijfer voor catering, 133 kilogram per FTE, het gemiddelde van zes scans; de
            uitstoot verschilt per organisatie, dus vul waar het kan een eigen meting in.
          </p>
        </div>
      </div>
      {opgeslagen ? <Notice arrival>De voetafdruk van {packageLabel(opgeslagen)} is opgeslagen.</Notice> : null}
      <section className="card" aria-labelledby="fte">
        <h2 id="fte">Omvang van de organisatie</h2>
        {canEdit ? (
          <BaselineForm action={saveBaseline.bind(null, org)} initial={baselineFormValues(page)} />
        ) : (
          <p>
            {fte === null
              ? "Het aantal FTE is nog niet ingevuld."
              : `${formatNumber(Number(fte), 1)} FTE${fteYear ? ` in ${fteYear}` : ""}.`}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="pakketten">
        <h2 id="pakketten">Inkooppakketten naar impact</h2>
        {fte === null ? <p className="small muted">Zonder aantal FTE is er nog geen rangorde: vul eerst de omvang in.</p> : null}
        {canEdit ? (
          <p className="small muted">Kies een inkooppakket om zijn voetafdruk, de bron en de koppeling met het Waardenwiel in te vullen.</p>
        ) : null}
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Inkooppakketten gerangschikt naar CO2-impact per jaar</caption>
            <thead>
              <tr>
                <th scope="col">Rang</th>
                <th scope="col">Inkooppakket</th>
                <th scope="col">Kilogram CO2e per FTE per jaar</th>
                <th scope="col">Impact in ton CO2e per jaar</th>
                <th scope="col">Bron</th>
                <th scope="col">Strategisch</th>
                <th scope="col">Prioriteiten</th>
                <th scope="col">Contracten</th>
              </tr>
            </thead>
            <tbody>
              {page.packages.map((p) => (
                <tr key={p.purchasingPackage}>
                  <td>{p.rank ?? "—"}</td>
                  <th scope="row">
                    {/* The name is the way in: a last column of edit links sat beyond the table's
                        visible width on an ordinary screen, so it could only be reached by scrolling. */}
                    {canEdit ? (
                      <Link href={`${base}/${p.purchasingPackage}`}>
                        {p.label}
                        <span className="visually-hidden"> bewerken</span>
                      </Link>
                    ) : (
                      p.label
                    )}
                  </th>
                  <td>
                    {p.kgPerFte !== null ? formatMeasure(p.kgPerFte, "kg") : "nog niet bekend"}
                    {p.templateKgPerFte ? (
                      <span className="small muted"> (sjabloon: {formatMeasure(p.templateKgPerFte, "kg")})</span>
                    ) : null}
                  </td>
                  <td>{p.impactTonnes === null ? "—" : `${formatNumber(p.impactTonnes, 1)} ton`}</td>
                  <td className="small">{p.source ? `${p.source}${p.sourceYear ? `, ${p.sourceYear}` : ""}` : "—"}</td>
                  <td>{p.strategic ? "Ja" : "Nee"}</td>
                  <td className="small">{p.themes.length > 0 ? p.themes.join(", ") : "—"}</td>
                  <td className="small">
                    {p.contracts.length === 0 ? (
                      "—"
                    ) : (
                      <ul className="plain-list">
                        {p.contracts.map((c) => (
                          <li key={c.id}>
                            <Link href={`/${org}/contracten/${c.id}`}>{c.title}</Link> ({c.status.toLowerCase()})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small muted">
          Impact is het aantal FTE maal de voetafdruk per FTE, afgerond op een tiende ton: de cijfers per FTE zijn gemiddelden, een grotere
          nauwkeurigheid zou meer beloven dan ze waarmaken.
        </p>
      </section>
    </>
  );
}
