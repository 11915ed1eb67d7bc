import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditLabel } from "@/lib/audit";
import { readAuditLog } from "@/lib/audit-log/queries";
import { can, roleLabel, rolesFor } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime, sentence } from "@/lib/format";
import { listBuyerRelations } from "@/lib/members/buyer-relations";
import { listMembers, listOpenInvitations } from "@/lib/members/queries";
import { changeRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./actions";
import { InviteMemberForm, InvitePrefillScope, MemberRow, ResendInvitationButton, RevokeInvitationButton } from "./client";
import { BuyerRelations } from "./relations";
import { withTenant } from "@/lib/tenancy";

export const metadata: Metadata = { title: "Beheer" };

export default async function AdminPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  const manages = can(actor.org.kind, actor.role, "members.invite");
  const readsAudit = can(actor.org.kind, actor.role, "audit.read");
  if (!manages && !readsAudit) notFound();
  const seesRelations = manages && actor.org.kind === "supplier";
  const [members, invitations, events, relations] = await withTenant(actor, (tx) =>
    Promise.all([
      listMembers(tx, { organisationId: actor.org.id }),
      manages ? listOpenInvitations(tx, { organisationId: actor.org.id }) : Promise.resolve([]),
      readsAudit ? readAuditLog(tx, { tenantId: actor.org.id, filters: {}, limit: 10 }).then((log) => log.events) : Promise.resolve([]),
      seesRelations ? listBuyerRelations(tx, { supplierOrgId: actor.org.id }) : Promise.resolve([]),
    ]),
  );
  const roles = rolesFor(actor.org.kind).map((r) => ({ value: r, label: roleLabel(actor.org.kind, r) }));
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Beheer</h1>
          <p>{sentence(`Gebruikers en rollen van ${actor.org.name}`)}</p>
        </div>
      </div>
      {manages ? (
        <InvitePrefillScope>
          <section className="card" aria-labelledby="leden">
            <h2 id="leden">Leden ({members.length})</h2>
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">Naam</th>
                    <th scope="col">Rol</th>
                    <th scope="col">
                      <span className="visually-hidden">Acties</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {members.map((m) => (
                    <MemberRow
                      key={`${m.userId}-${m.version}`}
                      member={{ ...m, name: m.name ?? m.email, roleLabel: roleLabel(actor.org.kind, m.role) }}
                      roles={roles}
                      isSelf={m.userId === actor.userId}
                      changeRole={changeRoleAction.bind(null, org)}
                      remove={removeMemberAction.bind(null, org)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {seesRelations ? <BuyerRelations org={org} organisationName={actor.org.name} relations={relations} /> : null}
          <section className="card" aria-labelledby="uitnodigen">
            <h2 id="uitnodigen">Iemand uitnodigen</h2>
            <InviteMemberForm action={inviteMemberAction.bind(null, org)} roles={roles} />
            {invitations.length > 0 ? (
              <>
                <h3 style={{ marginTop: "1.5rem" }}>Openstaande uitnodigingen</h3>
                <div className="table-wrap">
                  <table className="data">
                    <thead>
                      <tr>
                        <th scope="col">E-mailadres</th>
                        <th scope="col">Rol</th>
                        <th scope="col">Geldig tot</th>
                        <th scope="col">
                          <span className="visually-hidden">Acties</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {invitations.map((i) => (
                        // Keyed by address: a resent invitation is a new row, and its button keeps its focus.
                        <tr key={i.email}>
                          <td>{i.email}</td>
                          <td>{roleLabel(actor.org.kind, i.role)}</td>
                          <td>{formatDateTime(i.expiresAt)}</td>
                          <td>
                            <div className="actions">
                              <ResendInvitationButton action={inviteMemberAction.bind(null, org)} email={i.email} role={i.role} />
                              <RevokeInvitationButton action={revokeInvitationAction.bind(null, org)} invitationId={i.id} email={i.email} />
                            </div>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}
          </section>
        </InvitePrefillScope>
      ) : null}
      {can(actor.org.kind, actor.role, "api_tokens.manage") ? (
        <section className="card" aria-labelledby="koppelingen">
          <h2 id="koppelingen">Koppelingen</h2>
          <p className="small muted">
            Laat andere systemen (contractbeheer, rapportage) met een eigen API-token gegevens lezen of rapportages indienen.{" "}
            <Link href={`/${org}/beheer/api-tokens`}>API-tokens beheren</Link>
          </p>
          {can(actor.org.kind, actor.role, "webhooks.manage") ? (
            <p className="small muted">
              Laat een ander systeem direct horen wanneer een rapportage, KPI of kwartaalreview verandert.{" "}
              <Link href={`/${org}/beheer/webhooks`}>Webhooks beheren</Link>
            </p>
          ) : null}
          {can(actor.org.kind, actor.role, "sso.manage") ? (
            <p className="small muted">
              Laat mensen inloggen met de eigen inlogdienst van de organisatie (SSO met OpenID Connect).{" "}
              <Link href={`/${org}/beheer/inlogdiensten`}>Inlogdiensten beheren</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {readsAudit ? (
        <section className="card" aria-labelledby="logboek">
          <h2 id="logboek">Logboek</h2>
          <p className="small muted">
            De laatste wijzigingen in je organisatie. Het logboek kan niet worden aangepast.{" "}
            <Link href={`/${org}/beheer/logboek`}>Het hele logboek, met filters en downloads</Link>
          </p>
          {events.length === 0 ? (
            <p className="muted">Nog geen wijzigingen.</p>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">Wanneer</th>
                    <th scope="col">Wie</th>
                    <th scope="col">Wat</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((e) => (
                    <tr key={e.id}>
                      <td className="small">{formatDateTime(e.createdAt)}</td>
                      <td>{e.actor ?? "—"}</td>
                      <td>{auditLabel(e.entity, e.action)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
