import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { IMPORT_COLUMNS } from "@/lib/kpi-library/import/columns";
import { importPage } from "@/lib/kpi-library/pages";
import { SPREADSHEET_UPLOAD_LIMIT } from "@/lib/spreadsheet/upload-limit";
import { importKpisAction } from "./actions";
import { ImportForm } from "./client";

export const metadata: Metadata = { title: "KPI's importeren" };

export default async function KpiImportPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org);
  const { contract } = await orNotFound(importPage(actor, id));
  const template = `/api/v1/${org}/contracts/${id}/kpi-import-template`;
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>KPI&apos;s importeren</h1>
          <p>
            Voeg meerdere KPI&apos;s tegelijk toe vanuit een CSV- of Excel-bestand. Ze worden voorstellen aan de leverancier. Zolang één
            regel niet klopt, wordt niets geïmporteerd.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="sjabloon">
        <h2 id="sjabloon">1. Download het sjabloon</h2>
        <p>
          Het sjabloon heeft de juiste kolommen en een voorbeeldregel die je vervangt. Getallen schrijf je met een komma (12,5), kwartalen
          als 2027 K2. In een CSV-bestand mag een puntkomma of een komma tussen de kolommen staan.
        </p>
        <div className="actions">
          <a href={`${template}?formaat=xlsx`} className="button button-secondary" download>
            Sjabloon als Excel (XLSX)
          </a>
          <a href={`${template}?formaat=csv`} className="button button-secondary" download>
            Sjabloon als CSV
          </a>
        </div>
        <details className="small">
          <summary>De kolommen van het sjabloon</summary>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Kolom</th>
                  <th scope="col">Toelichting</th>
                </tr>
              </thead>
              <tbody>
                {IMPORT_COLUMNS.map((c) => (
                  <tr key={c.key}>
                    <td className="nowrap">{c.header}</td>
                    <td>
                      {c.help}
                      {c.required ? " Verplicht." : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>
      <section className="card" aria-labelledby="uploaden">
        <h2 id="uploaden">2. Upload en controleer</h2>
        <ImportForm action={importKpisAction.bind(null, org, id)} limit={SPREADSHEET_UPLOAD_LIMIT} />
      </section>
    </>
  );
}
