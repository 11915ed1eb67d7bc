import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDate, formatDateTime, formatMeasure } from "@/lib/format";
import { groupHomePage } from "@/lib/groups/pages";
import { inviteOrganisationAction, publishStandardAction, removeMemberAction } from "../inkoopgroepen/actions";
import { AdoptionMatrix } from "../inkoopgroepen/adoption-matrix";
import { InviteOrganisationForm, PublishStandardForm, RemoveMemberForm } from "../inkoopgroepen/client";

const STATUS = {
  invited: { label: "Uitgenodigd", tone: "amber" },
  joined: { label: "Lid", tone: "green" },
  declined: { label: "Afgeslagen", tone: "grey" },
  left: { label: "Vertrokken", tone: "grey" },
  removed: { label: "Verwijderd", tone: "grey" },
} as const;

/** The home page of a buyer group: its members, standards, the adoption matrix and the shared results. */
export async function GroupHome({ org, standard, search }: { org: string; standard?: string; search?: string }) {
  const page = await groupHomePage(org, { standaard: standard, zoek: search });
  const { actor, mayManage, standards, matrix, results } = page;
  // One form for all: a button per member would make a group of fifty members a heavy page.
  const removable = page.members
    .filter((m) => m.status === "joined" || m.status === "invited")
    .map((m) => ({ id: m.organisationId, name: m.name, version: m.version, joined: m.status === "joined" }));
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{actor.org.name}</h1>
          <p>
            De gezamenlijke standaarden van deze inkoopgroep, hoe ver de leden ze hebben overgenomen en — waar een lid daarvoor kiest — hun
            resultaten. De groep leest nooit de contracten van een lid: elk lid stuurt zijn eigen stand, en haalt die weg zodra het stopt
            met delen of de groep verlaat.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="standaarden">
        <h2 id="standaarden">Standaarden</h2>
        {standards.length === 0 ? (
          <p>
            Nog geen standaarden.{" "}
            {mayManage ? (
              <>
                Schrijf er een in de <Link href={`/${org}/kpi-bibliotheek/nieuw`}>KPI-bibliotheek van de groep</Link>, met een no-regret
                minimum, een plus- en een maximumniveau, en publiceer haar hier.
              </>
            ) : null}
          </p>
        ) : (
          <ul className="stack">
            {standards.map((s) => (
              <li key={s.id}>
                <h3>
                  <Link href={`/${org}/kpi-bibliotheek/${s.id}`}>{s.name}</Link>
                </h3>
                <p className="small">
                  {s.inForce
                    ? `Van kracht: versie ${s.inForce.number}, sinds ${formatDate(s.inForce.effectiveFrom)}.`
                    : "Nog niet van kracht."}{" "}
                  {s.next ? `Versie ${s.next.number} verhoogt het minimum per ${formatDate(s.next.effectiveFrom)}.` : ""}
                  {s.versions.length === 0 ? "Nog niet gepubliceerd: de leden zien haar pas na publicatie." : ""}
                </p>
                {mayManage ? (
                  <details>
                    <summary>Nieuwe versie publiceren</summary>
                    <p className="small muted">
                      De versie neemt de standaard over zoals hij nu in de bibliotheek van de groep staat. Een gepubliceerde versie
                      verandert nooit meer; leden met een KPI onder het nieuwe minimum zien dat als afwijking, en passen hun contract aan
                      via een review.
                    </p>
                    <PublishStandardForm action={publishStandardAction.bind(null, org)} templateId={s.id} today={page.today} />
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="overname">
        <h2 id="overname">Overname door de leden</h2>
        {matrix.length === 0 || standards.length === 0 ? (
          <p>Nog niets te tonen: er zijn nog geen leden of standaarden.</p>
        ) : (
          <>
            <p className="small muted">
              Per lid en standaard het aantal contracten per ambitieniveau (minimum, plus, maximum), en hoeveel daarvan onder het minimum
              liggen dat nu geldt.{page.oldest ? ` Elk lid werkt zijn stand bij; de oudste is van ${formatDateTime(page.oldest)}.` : ""}
            </p>
            <AdoptionMatrix
              standards={standards.map((s) => ({ id: s.id, name: s.name }))}
              rows={matrix.map((m) => ({
                name: m.name,
                cells: m.cells.map((c) => c.levels.map((l) => [l.label, l.contracts, l.deviations] as [string, number, number])),
              }))}
            />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="resultaten">
        <h2 id="resultaten">Resultaten</h2>
        {!results ? (
          <p>
            Nog geen gedeelde resultaten. Een lid deelt zijn resultaten per standaard, op de pagina Inkoopgroepen van de eigen organisatie.
          </p>
        ) : (
          <>
            {page.withResults.length > 1 ? (
              <form method="get" className="inline-form" aria-label="Standaard kiezen">
                <div className="field">
                  <label htmlFor="groep-standaard">Standaard</label>
                  <select id="groep-standaard" name="standaard" defaultValue={results.standard.id}>
                    {page.withResults.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <button type="submit" className="button button-secondary">
                    Tonen
                  </button>
                </div>
              </form>
            ) : null}
            <ResultsTable r={results} />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="leden">
        <h2 id="leden">Leden</h2>
        <ul className="plain-list">
          {page.members.map((m) => (
            <li key={m.organisationId}>
              {m.name} <Badge tone={STATUS[m.status].tone}>{STATUS[m.status].label}</Badge>
            </li>
          ))}
        </ul>
        {mayManage && removable.length > 0 ? (
          <>
            <h3>Een lid verwijderen of een uitnodiging intrekken</h3>
            <RemoveMemberForm action={removeMemberAction.bind(null, org)} members={removable} />
          </>
        ) : null}
        {mayManage ? (
          <>
            <h3>Een opdrachtgever uitnodigen</h3>
            <InviteSearch org={org} standard={standard} invite={page.invite} />
            <p className="small muted">
              Mensen van de leden geef je een rol in de groep onder <Link href={`/${org}/beheer`}>Beheer</Link>.
            </p>
          </>
        ) : null}
      </section>
    </>
  );
}

type Invite = Awaited<ReturnType<typeof groupHomePage>>["invite"];

/**
 * First a name to search by (a plain GET form: it works before and without the page's scripts),
 * then the matches, at most a handful, to invite one of.
 */
function InviteSearch({ org, standard, invite }: { org: string; standard?: string; invite: Invite }) {
  const error = invite.tooShort ? `Typ minstens ${invite.minLength} tekens van de naam.` : null;
  return (
    <>
      <form method="get" className="inline-form" role="search" aria-label="Opdrachtgever zoeken">
        {standard ? <input type="hidden" name="standaard" value={standard} /> : null}
        <div className="field">
          <label htmlFor="groep-zoek">Naam van de opdrachtgever</label>
          <span className="hint" id="groep-zoek-hint">
            Minstens {invite.minLength} tekens; je ziet hoogstens {invite.limit} opdrachtgevers die nog geen lid of uitgenodigd zijn.
          </span>
          <input
            id="groep-zoek"
            type="search"
            name="zoek"
            defaultValue={invite.query}
            maxLength={100}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? "groep-zoek-hint groep-zoek-error" : "groep-zoek-hint"}
          />
          {error ? (
            <p className="field-error" id="groep-zoek-error">
              {error}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="button button-secondary">
            Zoeken
          </button>
        </div>
      </form>
      {invite.query && !error ? (
        invite.matches.length === 0 ? (
          <p role="status">Geen opdrachtgever gevonden die &ldquo;{invite.query}&rdquo; in de naam heeft en nog niet bij de groep hoort.</p>
        ) : (
          <>
            <p role="status">
              {invite.matches.length === invite.limit
                ? `De eerste ${invite.limit} opdrachtgevers met “${invite.query}” in de naam; typ meer van de naam om verder te zoeken.`
                : `${invite.matches.length === 1 ? "1 opdrachtgever" : `${invite.matches.length} opdrachtgevers`} met “${invite.query}” in de naam.`}
            </p>
            <InviteOrganisationForm
              action={inviteOrganisationAction.bind(null, org)}
              options={invite.matches.map((o) => ({ value: o.id, label: o.name }))}
            />
          </>
        )
      ) : null}
    </>
  );
}

type Results = NonNullable<Awaited<ReturnType<typeof groupHomePage>>["results"]>;

/** One standard's shared results: its members by year, the latest three, and the group's median below. */
function ResultsTable({ r }: { r: Results }) {
  return (
    <div>
      <h3>{r.standard.name}</h3>
      <div className="table-wrap" role="region" aria-label={`Resultaten ${r.standard.name}`} tabIndex={0}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Lid</th>
              {r.years.map((year) => (
                <th key={year} scope="col" className="numeric">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.byMember.map((m) => (
              <tr key={m.organisationId}>
                <th scope="row">{m.name}</th>
                {m.values.map((v, i) => (
                  <td key={r.years[i]} className="numeric">
                    {v ? formatMeasure(v.value, r.standard.unitLabel) : "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">De groep (mediaan van de leden)</th>
              {r.medians.map((m) => (
                <td key={m.year} className="numeric">
                  <strong>{m.median === null ? "—" : formatMeasure(m.median, r.standard.unitLabel)}</strong>
                  <div className="small muted">
                    {m.members} {m.members === 1 ? "lid" : "leden"}
                  </div>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
