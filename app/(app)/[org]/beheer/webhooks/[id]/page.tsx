import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { webhookDeliveriesPage } from "@/lib/webhooks/pages";
import { DELIVERY_LOG_SIZE } from "@/lib/webhooks/queries";
import { PREVIOUS_SECRET_HOURS } from "@/lib/webhooks/change-actions";
import { redeliverAction, rotateSecretAction, updateEndpointAction } from "../actions";
import { EditEndpointForm, RedeliverButton, RotateSecretButton } from "../client";

export const metadata: Metadata = { title: "Webhook-endpoint" };

const STATUS_LABELS = { pending: "Wacht", succeeded: "Bezorgd", failed: "Mislukt" } as const;

export default async function WebhookDeliveriesPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { endpoint, deliveries, events } = await webhookDeliveriesPage(org, id);
  const previousSigns = endpoint.previousSecretUntil && endpoint.previousSecretUntil > new Date() ? endpoint.previousSecretUntil : null;
  return (
    <>
      <div className="page-header">
        <div>
          <p className="small">
            <Link href={`/${org}/beheer`}>Beheer</Link> / <Link href={`/${org}/beheer/webhooks`}>Webhooks</Link>
          </p>
          <h1>Webhook-endpoint</h1>
          <p>
            <code>{endpoint.url}</code>
            {endpoint.disabledAt ? " (staat uit: wachtende berichten gaan pas weg als het weer aan staat)" : null}
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="endpoint-wijzigen">
        <h2 id="endpoint-wijzigen">Adres en gebeurtenissen</h2>
        <EditEndpointForm action={updateEndpointAction.bind(null, org, endpoint.id)} events={events} endpoint={endpoint} />
      </section>
      <section className="card" aria-labelledby="geheim">
        <h2 id="geheim">Ondertekengeheim</h2>
        <p className="small">
          Maak een nieuw geheim als het huidige is uitgelekt of als je het periodiek vervangt. Het vorige geheim ondertekent dan nog{" "}
          {PREVIOUS_SECRET_HOURS} uur mee (twee waarden <code>v1</code> in <code>Groeipad-Signature</code>), zodat de ontvanger zonder
          onderbreking kan overstappen.
        </p>
        {previousSigns ? <p className="small muted">Het vorige geheim ondertekent nog mee tot {formatDateTime(previousSigns)}.</p> : null}
        <RotateSecretButton
          action={rotateSecretAction.bind(null, org, endpoint.url)}
          endpoint={endpoint}
          previousHours={PREVIOUS_SECRET_HOURS}
        />
      </section>
      <section className="card" aria-labelledby="bezorgingen">
        <h2 id="bezorgingen">De laatste {DELIVERY_LOG_SIZE} bezorgingen</h2>
        {deliveries.length === 0 ? (
          <p>Nog geen bezorgingen.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Gebeurtenis</th>
                  <th scope="col">Tijd</th>
                  <th scope="col">Status</th>
                  <th scope="col">Pogingen</th>
                  <th scope="col">Laatste antwoord</th>
                  <th scope="col">
                    <span className="visually-hidden">Acties</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((d) => (
                  <tr key={`${d.id}-${d.status}-${d.attempts}`}>
                    <td>
                      <code>{d.eventType}</code>
                      <div className="small muted">
                        bezorging <code>{d.id}</code>
                      </div>
                    </td>
                    <td>{formatDateTime(d.createdAt)}</td>
                    <td>
                      {STATUS_LABELS[d.status]}
                      {d.status === "pending" && d.attempts > 0 ? (
                        <div className="small muted">volgende poging {formatDateTime(d.nextAttemptAt)}</div>
                      ) : null}
                    </td>
                    <td>{d.attempts}</td>
                    <td>
                      {d.lastStatusCode !== null ? <code>HTTP {d.lastStatusCode}</code> : null}
                      {d.lastError ? <div className="small">{d.lastError}</div> : null}
                      {d.lastStatusCode === null && !d.lastError ? "—" : null}
                    </td>
                    <td>
                      {d.status !== "pending" ? (
                        <RedeliverButton action={redeliverAction.bind(null, org, endpoint.id)} deliveryId={d.id} />
                      ) : null}
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
