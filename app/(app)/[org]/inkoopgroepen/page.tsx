import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { myMemberships } from "@/lib/auth/pages";
import { formatDate } from "@/lib/format";
import { memberGroupsPage } from "@/lib/groups/pages";
import { amsterdamToday } from "@/lib/time";
import { answerInvitationAction, consentAction, leaveGroupAction, publishNowAction, startGroupAction, takeOverAction } from "./actions";
import { Adoption } from "./adoption";
import { ButtonForm, StartGroupForm } from "./client";

export const metadata: Metadata = { title: "Inkoopgroepen" };

export default async function GroupsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, mayTakePart, groups } = await memberGroupsPage(org);
  const mySlugs = new Set((await myMemberships())?.memberships.map((m) => m.slug));
  const invited = groups.filter((g) => g.status === "invited");
  const joined = groups.filter((g) => g.status === "joined");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Inkoopgroepen</h1>
          <p>
            In een inkoopgroep spreken opdrachtgevers samen standaarden af: een no-regret minimum dat iedereen in eigen aanbestedingen en
            contracten toepast, met een plus- en maximumniveau erboven, en een minimum dat in de tijd stijgt. Jullie nemen een standaard
            over in de eigen KPI-bibliotheek en gebruiken haar in contracten op het niveau dat past. De groep ziet per standaard op welk
            niveau jullie haar toepassen; jullie resultaten ziet zij alleen als jullie daarvoor kiezen.
          </p>
        </div>
      </div>
      {invited.length > 0 ? (
        <section className="card" aria-labelledby="uitnodigingen">
          <h2 id="uitnodigingen">Uitnodigingen</h2>
          <ul className="stack">
            {invited.map((g) => (
              <li key={g.groupId}>
                <p>
                  <strong>{g.name}</strong> nodigde {actor.org.name} uit op {formatDate(amsterdamToday(g.invitedAt))}.
                </p>
                {mayTakePart ? (
                  <div className="actions">
                    <ButtonForm
                      action={answerInvitationAction.bind(null, org)}
                      values={{ groupId: g.groupId, join: "true", version: g.version }}
                      label="Lid worden"
                    />
                    <ButtonForm
                      action={answerInvitationAction.bind(null, org)}
                      values={{ groupId: g.groupId, join: "false", version: g.version }}
                      label="Afslaan"
                      variant="secondary"
                    />
                  </div>
                ) : (
                  <p className="small muted">De beheerder of coördinator van jullie organisatie beslist.</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {joined.map((g) => (
        <section key={g.groupId} className="card" aria-labelledby={`groep-${g.groupId}`}>
          <h2 id={`groep-${g.groupId}`}>{g.name}</h2>
          <p className="small muted">
            Lid ·{" "}
            {mySlugs.has(g.slug) ? (
              <Link href={`/${g.slug}`}>Naar de groep</Link>
            ) : (
              "Een plek in de groep zelf krijg je van de groepscoördinator."
            )}
          </p>
          {g.standards.length === 0 ? (
            <p>De groep heeft nog geen standaard gepubliceerd.</p>
          ) : (
            <div className="table-wrap" role="region" aria-label={`Standaarden van ${g.name}`} tabIndex={0}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">Standaard</th>
                    <th scope="col">Van kracht</th>
                    <th scope="col">In jullie bibliotheek</th>
                    <th scope="col">In jullie contracten</th>
                    <th scope="col">Resultaten delen</th>
                  </tr>
                </thead>
                <tbody>
                  {g.standards.map((s) => (
                    <tr key={s.templateId}>
                      <th scope="row">
                        {s.name}
                        {s.next ? (
                          <div className="small muted">
                            Versie {s.next.number} gaat in op {formatDate(s.next.effectiveFrom)}
                          </div>
                        ) : null}
                      </th>
                      <td>{s.inForce ? `Versie ${s.inForce.number}, sinds ${formatDate(s.inForce.effectiveFrom)}` : "Nog niet"}</td>
                      <td>
                        {s.taken ? (
                          s.taken.number === s.inForce?.number ? (
                            <Badge tone="green">Versie {s.taken.number}</Badge>
                          ) : (
                            <Badge tone="amber">Versie {s.taken.number}: verouderd</Badge>
                          )
                        ) : (
                          <Badge>Niet overgenomen</Badge>
                        )}
                        {mayTakePart && s.inForce && s.taken?.number !== s.inForce.number ? (
                          <ButtonForm
                            action={takeOverAction.bind(null, org)}
                            values={{ groupId: g.groupId, templateId: s.templateId }}
                            label={s.taken ? `Versie ${s.inForce.number} overnemen` : "Overnemen in KPI-bibliotheek"}
                            variant="secondary"
                          />
                        ) : null}
                      </td>
                      <td>
                        <Adoption levels={s.adoption} none="Nog niet toegepast" />
                      </td>
                      <td>
                        {s.consented ? <Badge tone="green">Gedeeld</Badge> : <Badge>Niet gedeeld</Badge>}
                        {mayTakePart && s.inForce ? (
                          <ButtonForm
                            action={consentAction.bind(null, org)}
                            values={{ groupId: g.groupId, templateId: s.templateId, share: s.consented ? "false" : "true" }}
                            label={s.consented ? "Stoppen met delen" : "Resultaten delen"}
                            variant="secondary"
                            confirm={
                              s.consented
                                ? undefined
                                : `Jullie resultaten op "${s.name}" delen met ${g.name}? De groep ziet dan per jaar de mediaan van jullie contracten op deze standaard.`
                            }
                          />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {mayTakePart ? (
            <div className="actions">
              <ButtonForm
                action={publishNowAction.bind(null, org)}
                values={{ groupId: g.groupId }}
                label="Stand nu bijwerken"
                variant="secondary"
              />
              <ButtonForm
                action={leaveGroupAction.bind(null, org)}
                values={{ groupId: g.groupId, version: g.version }}
                label="Groep verlaten"
                variant="danger"
                confirm={`${g.name} verlaten? De groep ziet vanaf dan niets meer van ${actor.org.name}, en jullie mensen verliezen hun plek in de groep. De overgenomen standaarden blijven in jullie bibliotheek.`}
              />
            </div>
          ) : null}
        </section>
      ))}
      {joined.length === 0 && invited.length === 0 ? (
        <section className="card">
          <p>{actor.org.name} is (nog) geen lid van een inkoopgroep.</p>
        </section>
      ) : null}
      {mayTakePart ? (
        <section className="card" aria-labelledby="starten">
          <h2 id="starten">Een groep starten</h2>
          <p>Start een groep en nodig daarna andere opdrachtgevers uit. Jij wordt de groepscoördinator.</p>
          <StartGroupForm action={startGroupAction.bind(null, org)} />
        </section>
      ) : null}
    </>
  );
}
