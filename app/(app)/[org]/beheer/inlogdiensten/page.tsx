import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { ssoProvidersPage } from "@/lib/sso/pages";
import { createProviderAction, deleteProviderAction, updateProviderAction } from "./actions";
import { CreateProviderForm, DeleteProviderButton, EditProviderForm } from "./client";

export const metadata: Metadata = { title: "Inlogdiensten" };

export default async function SsoProvidersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, providers, newProvider } = await ssoProvidersPage(org);
  return (
    <>
      <div className="page-header">
        <div>
          <p className="small">
            <Link href={`/${org}/beheer`}>Beheer</Link>
          </p>
          <h1>Inlogdiensten (SSO)</h1>
          <p>
            Laat mensen van {actor.org.name} inloggen met de eigen inlogdienst van de organisatie (OpenID Connect, bijvoorbeeld Microsoft
            Entra ID of Keycloak). De inlogdienst laat alleen adressen binnen van de domeinen die je hier invult, en alleen als ze lid zijn
            van {actor.org.name} of een openstaande uitnodiging hebben. Wie zo inlogt, opent alleen {actor.org.name}; andere organisaties
            van dezelfde persoon vragen hun eigen inlogdienst of een inloglink.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="providers">
        <h2 id="providers">Ingestelde inlogdiensten ({providers.length})</h2>
        {providers.length === 0 ? (
          <p>Nog geen inlogdienst: iedereen logt in met een inloglink per e-mail.</p>
        ) : (
          <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
            {providers.map((p) => (
              <li key={`${p.id}-${p.version}`} className="card" style={{ margin: 0 }}>
                <h3>{p.name}</h3>
                <dl className="facts">
                  <dt>Issuer</dt>
                  <dd>
                    <code className="break-anywhere">{p.issuer}</code>
                  </dd>
                  <dt>Client-id</dt>
                  <dd>
                    <code className="break-anywhere">{p.clientId}</code>
                  </dd>
                  <dt>E-maildomeinen</dt>
                  <dd>{p.emailDomains.join(", ")}</dd>
                  <dt>Terugkeer-URL (redirect URI)</dt>
                  <dd>
                    <code className="break-anywhere">{p.callbackUrl}</code>
                  </dd>
                  <dt>Toegevoegd</dt>
                  <dd>
                    {formatDateTime(p.createdAt)} door {p.createdBy ?? "onbekend"}
                  </dd>
                </dl>
                <details>
                  <summary>Wijzigen</summary>
                  <EditProviderForm action={updateProviderAction.bind(null, org)} provider={p} />
                </details>
                <div className="actions">
                  <DeleteProviderButton action={deleteProviderAction.bind(null, org)} providerId={p.id} version={p.version} name={p.name} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="nieuwe-inlogdienst">
        <h2 id="nieuwe-inlogdienst">Inlogdienst toevoegen</h2>
        <ol className="small">
          <li>
            Registreer Groeipad bij je inlogdienst als toepassing (client) met deze terugkeer-URL:{" "}
            <code className="break-anywhere" data-testid="new-callback-url">
              {newProvider.callbackUrl}
            </code>
          </li>
          <li>Vul hieronder het adres van de inlogdienst en de client-id en het client-secret in die je daar kreeg.</li>
          <li>
            Mensen loggen daarna in op <code>{newProvider.signInUrl}</code> met &ldquo;Via de inlogdienst van je organisatie&rdquo;.
          </li>
        </ol>
        <CreateProviderForm action={createProviderAction.bind(null, org)} providerId={newProvider.id} />
      </section>
    </>
  );
}
