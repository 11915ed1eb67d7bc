import type { Metadata } from "next";
import Link from "next/link";
import { apiTokensPage } from "@/lib/api-tokens/pages";
import { formatDateTime } from "@/lib/format";
import { createTokenAction, revokeTokenAction } from "./actions";
import { CreateTokenForm, RevokeTokenButton } from "./client";

export const metadata: Metadata = { title: "API-tokens" };

export default async function ApiTokensPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, tokens, scopes, expiry } = await apiTokensPage(org);
  return (
    <>
      <div className="page-header">
        <div>
          <p className="small">
            <Link href={`/${org}/beheer`}>Beheer</Link>
          </p>
          <h1>API-tokens</h1>
          <p>
            Met een API-token koppelt een ander systeem aan Groeipad namens {actor.org.name}: het stuurt het token mee als{" "}
            <code>Authorization: Bearer …</code>. Een token handelt met jouw rol, beperkt tot de scopes die je kiest, en staat met zijn naam
            in het logboek bij alles wat het wijzigt.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="tokens">
        <h2 id="tokens">Tokens ({tokens.length})</h2>
        {tokens.length === 0 ? (
          <p>Nog geen tokens.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Gemaakt</th>
                  <th scope="col">Laatst gebruikt</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Acties</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => {
                  const live = t.state === "active";
                  return (
                    <tr key={`${t.id}-${t.version}`}>
                      <td>
                        {t.name}
                        <div className="small muted">
                          <code>{t.prefix}…</code>
                        </div>
                      </td>
                      <td>
                        {t.scopes.map((s) => (
                          <code key={s} className="small" style={{ display: "block" }}>
                            {s}
                          </code>
                        ))}
                      </td>
                      <td>
                        {formatDateTime(t.createdAt)}
                        <div className="small muted">door {t.createdBy ?? "onbekend"}</div>
                      </td>
                      <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Nog niet"}</td>
                      <td>
                        {t.revokedAt
                          ? `Ingetrokken op ${formatDateTime(t.revokedAt)}`
                          : live
                            ? `Geldig tot ${formatDateTime(t.expiresAt)}`
                            : `Verlopen op ${formatDateTime(t.expiresAt)}`}
                      </td>
                      <td>
                        {live ? (
                          <RevokeTokenButton action={revokeTokenAction.bind(null, org)} tokenId={t.id} version={t.version} name={t.name} />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="nieuw-token">
        <h2 id="nieuw-token">Nieuw token</h2>
        <CreateTokenForm action={createTokenAction.bind(null, org)} scopes={scopes} expiry={expiry} />
      </section>
    </>
  );
}
