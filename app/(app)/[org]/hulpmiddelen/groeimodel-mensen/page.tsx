import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatPercent } from "@/lib/format";
import { peopleToolPage } from "@/lib/guidance/assessment/pages";
import {
  PEOPLE_FACTORS,
  PEOPLE_GROUPS,
  PEOPLE_GUIDANCE,
  PEOPLE_REFLECTION_SCALE,
  TIPPING_POINT,
} from "@/lib/guidance/people-growth/content";
import { shareField } from "@/lib/guidance/people-growth/rules";
import { savePeopleGrowthAssessmentAction } from "../actions";
import { SaveAssessmentForm } from "../_components/assessment-form";
import { SourceNote } from "../_components/source-note";
import { PeopleResult } from "./_components/result";
import { PeopleTrendChart } from "./_components/trend-chart";
import "../_components/tools.css";

export const metadata: Metadata = { title: "Groeimodel mensen" };

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PeopleGrowthPage({ params, searchParams }: Props) {
  const { org } = await params;
  const data = await peopleToolPage(org, await searchParams);
  const base = `/${org}/hulpmiddelen/groeimodel-mensen`;
  const names = Object.fromEntries(PEOPLE_GROUPS.map((g) => [g.id, g.name]));
  const trendText = data.trend
    .map((r) => `${formatDate(r.assessedOn)}: ${PEOPLE_GROUPS.map((g) => `${g.name.toLowerCase()} ${formatPercent(r[g.id])}`).join(", ")}`)
    .join("; ");
  return (
    <>
      <p className="small">
        <Link href={`/${org}/hulpmiddelen`}>← Hulpmiddelen</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Groeimodel mensen</h1>
          <p>
            Hoe verdelen de mensen van {data.actor.org.name} zich over de drie groepen van het groeimodel? Leg je inschatting vast, volg de
            verdeling in de tijd en zie of het kantelpunt van ongeveer {TIPPING_POINT.share} % in zicht komt.
          </p>
        </div>
      </div>

      <section className="card" aria-labelledby="groepen">
        <h2 id="groepen">De drie groepen</h2>
        <p className="small muted">
          Figuur 11 toont de organisatie als afspiegeling van {PEOPLE_REFLECTION_SCALE.map((s) => s.toLowerCase()).join(" tot ")}. Bij elke
          groep staan de belangrijke factoren zoals de bijlage ze geeft.
        </p>
        <div className="people-groups">
          {PEOPLE_GROUPS.map((g) => (
            <div key={g.id} className="people-group">
              <h3>{g.name}</h3>
              <p>{g.summary}</p>
              <dl aria-label={`Belangrijke factoren ${g.name.toLowerCase()}`}>
                {PEOPLE_FACTORS.map((f) => (
                  <div key={f} style={{ display: "contents" }}>
                    <dt>{f}</dt>
                    <dd>{g.factors[f]}</dd>
                  </div>
                ))}
              </dl>
              <SourceNote reference={g.reference} />
            </div>
          ))}
        </div>
        {PEOPLE_GUIDANCE.map((g) => (
          <div key={g.text} className="guidance-note">
            <p>{g.text}</p>
            <SourceNote reference={g.reference} />
          </div>
        ))}
      </section>

      <form method="get" action={`${base}#verdeling`} className="card" noValidate>
        <h2>Jouw inschatting</h2>
        <p className="small muted">Vul per groep een percentage in (een decimaal mag, met een komma). Samen is het 100 %.</p>
        {data.errors.shares ? (
          <div className="alert alert-error" role="alert" id="shares-error">
            {data.errors.shares}
          </div>
        ) : null}
        <div className="share-fields">
          {PEOPLE_GROUPS.map((g) => {
            const name = shareField(g.id);
            const id = `field-${g.id}`;
            const error = data.errors[name];
            return (
              <div key={g.id} className="field">
                <label htmlFor={id}>{g.name} (%)</label>
                <input
                  id={id}
                  name={name}
                  type="text"
                  inputMode="decimal"
                  defaultValue={data.values[name]}
                  aria-invalid={Boolean(error || data.errors.shares)}
                  aria-describedby={
                    [error ? `${id}-error` : null, data.errors.shares ? "shares-error" : null].filter(Boolean).join(" ") || undefined
                  }
                />
                {error ? (
                  <p className="field-error" id={`${id}-error`}>
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        <div style={{ marginTop: "1rem" }}>
          <button type="submit" className="button">
            Verdeling tonen
          </button>
        </div>
      </form>

      {data.shares && data.tipping ? (
        <section className="card" aria-labelledby="verdeling">
          <h2 id="verdeling">Verdeling</h2>
          <PeopleResult shares={data.shares} tipping={data.tipping} />
        </section>
      ) : null}

      {data.shares && data.canEdit ? (
        <section className="card" aria-labelledby="bewaren">
          <h2 id="bewaren">Inschatting bewaren</h2>
          <SaveAssessmentForm
            action={savePeopleGrowthAssessmentAction.bind(null, org)}
            hidden={PEOPLE_GROUPS.map((g) => [shareField(g.id), data.values[shareField(g.id)]!])}
            today={data.today}
            submitLabel="Inschatting bewaren"
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="verloop">
        <h2 id="verloop">Verloop in de tijd</h2>
        {data.trend.length === 0 ? (
          <p>Er zijn nog geen inschattingen bewaard.</p>
        ) : (
          <>
            <PeopleTrendChart
              points={data.trend.map((r) => ({
                ...r,
                label: formatDate(r.assessedOn),
              }))}
              names={names}
              threshold={TIPPING_POINT.share}
              description={`Aandeel per groep per inschatting, met het kantelpunt bij ${TIPPING_POINT.share} % actieve ambassadeurs. ${trendText}.`}
            />
            <div className="table-wrap">
              <table className="data">
                <caption className="visually-hidden">Bewaarde inschattingen van de verdeling</caption>
                <thead>
                  <tr>
                    <th scope="col">Datum</th>
                    <th scope="col">Titel</th>
                    {PEOPLE_GROUPS.map((g) => (
                      <th key={g.id} scope="col" className="num">
                        {g.name}
                      </th>
                    ))}
                    <th scope="col">Kantelpunt</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.trend].reverse().map((r) => (
                    <tr key={r.id}>
                      <td className="nowrap">{formatDate(r.assessedOn)}</td>
                      <td>
                        <Link href={`${base}/${r.id}`}>{r.title}</Link>
                      </td>
                      {PEOPLE_GROUPS.map((g) => (
                        <td key={g.id} className="num">
                          {formatPercent(r[g.id])}
                        </td>
                      ))}
                      <td>{r.reached ? "Bereikt" : "Nog niet"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
