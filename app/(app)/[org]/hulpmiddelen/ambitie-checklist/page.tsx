import type { Metadata } from "next";
import Link from "next/link";
import { guidanceActor } from "@/lib/guidance/actor";
import { procurementsInPreparationPage } from "@/lib/guidance/procurement/pages";

export const metadata: Metadata = { title: "Checklist ambitieformulering inkooptraject" };

/** The buyer's procurements in preparation (draft contracts), each with its checklist progress. */
export default async function ProcurementChecklistIndex({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor } = await guidanceActor(org);
  const rows = await procurementsInPreparationPage(actor);
  return (
    <>
      <p className="small">
        <Link href={`/${org}/hulpmiddelen`}>← Hulpmiddelen</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Checklist ambitieformulering inkooptraject</h1>
          <p>
            Zeven stappen om de ambitie van een inkooptraject te formuleren, van voorbereiding tot meten en monitoren. Kies een contract in
            voorbereiding; na de gunning blijft de checklist bij het contract bewaard.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="in-voorbereiding">
        <h2 id="in-voorbereiding">Inkooptrajecten in voorbereiding</h2>
        {rows.length === 0 ? (
          <p className="muted">
            Er zijn geen contracten in voorbereiding. Maak een contract aan met de status concept om met de checklist te beginnen.
          </p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Contract</th>
                  <th scope="col">Voortgang</th>
                  <th scope="col">Gedeeld met leverancier</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.contract.id}>
                    <td>
                      <Link href={`/${org}/contracten/${row.contract.id}/ambitie-checklist`}>{row.contract.title}</Link>
                    </td>
                    <td>
                      {row.checked} van {row.total} punten ({row.percent}%)
                    </td>
                    <td>{row.shared ? "Ja" : "Nee"}</td>
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
