import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { webhooksPage } from "@/lib/webhooks/pages";
import { createEndpointAction, deleteEndpointAction, setEndpointEnabledAction } from "./actions";
import { CreateEndpointForm, EndpointButtons } from "./client";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, endpoints, events } = await webhooksPage(org);
  const eventLabel = new Map(events.map((e) => [e.value, e.label]));
  return (
    <>
      <div className="page-header">
        <div>
          <p className="small">
            <Link href={`/${org}/beheer`}>Beheer</Link>
          </p>
          <h1>Webhooks</h1>
          <p>
            Een webhook meldt een ander systeem van {actor.org.name} wat er op een contract gebeurt: een rapportage ingediend of beoordeeld,
            een KPI voorgesteld of besloten, een kwartaalreview definitief. Het bericht bevat alleen kenmerken en de status; de details
            leest het systeem via de API. Elk bericht is ondertekend (kop <code>Groeipad-Signature</code>) en wordt bij een storing later
            opnieuw geprobeerd.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="endpoints">
        <h2 id="endpoints">Endpoints ({endpoints.length})</h2>
        {endpoints.length === 0 ? (
          <p>Nog geen endpoints.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Adres</th>
                  <th scope="col">Gebeurtenissen</th>
                  <th scope="col">Gemaakt</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Acties</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((e) => (
                  <tr key={`${e.id}-${e.version}`}>
                    <td>
                      <code className="small">{e.url}</code>
                      {e.description ? <div className="small muted">{e.description}</div> : null}
                      <div className="small">
                        <Link href={`/${org}/beheer/webhooks/${e.id}`}>Wijzigen en bezorglog</Link>
                      </div>
                    </td>
                    <td>
                      {e.events.map((event) => (
                        <span key={event} className="small" style={{ display: "block" }} title={eventLabel.get(event)}>
                          <code>{event}</code>
                        </span>
                      ))}
                    </td>
                    <td>
                      {formatDateTime(e.createdAt)}
                      <div className="small muted">door {e.createdBy ?? "onbekend"}</div>
                    </td>
                    <td>{e.disabledAt ? `Uit sinds ${formatDateTime(e.disabledAt)}` : "Aan"}</td>
                    <td>
                      <EndpointButtons
                        toggle={setEndpointEnabledAction.bind(null, org)}
                        remove={deleteEndpointAction.bind(null, org)}
                        endpointId={e.id}
                        version={e.version}
                        enabled={!e.disabledAt}
                        url={e.url}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="nieuw-endpoint">
        <h2 id="nieuw-endpoint">Nieuw endpoint</h2>
        <CreateEndpointForm action={createEndpointAction.bind(null, org)} events={events} />
      </section>
    </>
  );
}
