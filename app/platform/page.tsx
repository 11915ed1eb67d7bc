import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { operatorPage } from "@/lib/operators/pages";
import { signOutAction } from "../(app)/actions";
import { createBuyerAction, reactivateAction, suspendAction } from "./actions";
import { CreateBuyerForm, ReactivateForm, SuspendForm } from "./client";

export const metadata: Metadata = { title: "Platformbeheer" };

/**
 * The operators' screen: the register of organisations (who, not what they hold), onboarding a
 * new buyer, suspending and reactivating. An operator sees an organisation's data only when
 * invited into it like anyone else.
 */
export default async function PlatformPage() {
  const { operator, organisations } = await operatorPage();
  return (
    <main className="platform-page">
      <div className="page-header">
        <div>
          <h1>Platformbeheer</h1>
          <p>
            Ingelogd als {operator.name ?? operator.email}. Hier maak je een nieuwe opdrachtgever aan en schort je een organisatie op of
            heropen je haar. Je ziet hier geen gegevens van organisaties; daarvoor moet een organisatie je uitnodigen.
          </p>
        </div>
        <div className="actions">
          <Link href="/">Naar de start</Link>
          <form action={signOutAction}>
            <button type="submit" className="button button-secondary">
              Uitloggen
            </button>
          </form>
        </div>
      </div>
      <section className="card" aria-labelledby="nieuwe-opdrachtgever">
        <h2 id="nieuwe-opdrachtgever">Nieuwe opdrachtgever</h2>
        <CreateBuyerForm action={createBuyerAction} />
      </section>
      <section className="card" aria-labelledby="organisaties">
        <h2 id="organisaties">Organisaties ({organisations.length})</h2>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Organisatie</th>
                <th scope="col">Soort</th>
                <th scope="col">KvK / OIN</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={`${o.id}-${o.version}`}>
                  <td>
                    {o.name}
                    <div className="small muted">/{o.slug}</div>
                  </td>
                  <td>{o.kind === "buyer" ? "Opdrachtgever" : "Leverancier"}</td>
                  <td>{[o.kvk, o.oin].filter(Boolean).join(" / ") || "—"}</td>
                  <td>
                    {o.suspendedAt ? (
                      <>
                        Opgeschort sinds {formatDateTime(o.suspendedAt)}
                        {o.suspendedReason ? <div className="small muted">{o.suspendedReason}</div> : null}
                      </>
                    ) : (
                      "Actief"
                    )}
                  </td>
                  <td>
                    {o.suspendedAt ? (
                      <ReactivateForm action={reactivateAction} organisationId={o.id} version={o.version} name={o.name} />
                    ) : (
                      <SuspendForm action={suspendAction} organisationId={o.id} version={o.version} name={o.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
