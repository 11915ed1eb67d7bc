import type { Metadata } from "next";
import { apiReference } from "@/lib/http/openapi";

export const metadata: Metadata = { title: "REST API" };

/** The readable form of /api/v1/openapi.json: every operation with its scope, parameters and schemas. */
export default function ApiReferencePage() {
  const { operations, scopes } = apiReference();
  return (
    <main className="platform-page">
      <div className="page-header">
        <div>
          <h1>Groeipad REST API</h1>
          <p>
            Alle adressen beginnen met <code>/api/v1/{"{org}"}</code>, de slug van je organisatie. Stuur een API-token mee als{" "}
            <code>Authorization: Bearer gp_…</code> (Beheer → API-tokens). Antwoorden zijn JSON als <code>{'{ "data": … }'}</code>; lijsten
            komen in pagina&apos;s met <code>next</code> als cursor. Fouten zijn problem details (RFC 9457) met een Nederlandse{" "}
            <code>detail</code> en een vaste <code>code</code>. De machineleesbare beschrijving:{" "}
            <a href="/api/v1/openapi.json">openapi.json</a> (OpenAPI 3.1).
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="scopes">
        <h2 id="scopes">Scopes</h2>
        <dl>
          {scopes.map((s) => (
            <div key={s.scope}>
              <dt>
                <code>{s.scope}</code>
              </dt>
              <dd>{s.label}</dd>
            </div>
          ))}
        </dl>
      </section>
      {operations.map((op) => (
        <section key={`${op.method} ${op.path}`} className="card" aria-labelledby={op.anchor}>
          <h2 id={op.anchor}>
            <code>
              {op.method.toUpperCase()} {op.path}
            </code>
          </h2>
          <p>{op.summary}</p>
          <p className="small">
            {op.scope ? (
              <>
                Scope: <code>{op.scope}</code>
              </>
            ) : (
              "Alleen voor een ingelogde gebruiker in de browser, niet met een API-token."
            )}
          </p>
          {op.body ? (
            <details>
              <summary>Inhoud van het verzoek ({op.body.type})</summary>
              <pre className="small">{JSON.stringify(op.body.schema, null, 2)}</pre>
            </details>
          ) : null}
          <details>
            <summary>Antwoord {op.files ? `(bestand: ${op.files.join(", ")})` : "(JSON)"}</summary>
            <pre className="small">{JSON.stringify(op.response, null, 2)}</pre>
          </details>
        </section>
      ))}
    </main>
  );
}
