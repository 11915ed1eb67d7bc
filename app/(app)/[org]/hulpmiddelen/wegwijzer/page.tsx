import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { WEGWIJZER_QUESTIONS } from "@/lib/guidance/wegwijzer/content";
import { wegwijzerPage } from "@/lib/guidance/wegwijzer/pages";
import { AdviceSections } from "../_components/advice";
import { saveWegwijzerRunAction } from "../actions";
import { SaveRunForm } from "./client";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Wegwijzer organisatie strategische inkoop" };

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WegwijzerPage({ params, searchParams }: Props) {
  const { org } = await params;
  const data = await wegwijzerPage(org, await searchParams);
  const base = `/${org}/hulpmiddelen/wegwijzer`;
  return (
    <>
      <p className="small">
        <Link href={`/${org}/hulpmiddelen`}>← Hulpmiddelen</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Wegwijzer organisatie strategische inkoop</h1>
          <p>
            Beantwoord vijf vragen over een inkoopproject. Je krijgt per inkoopactiviteit tips over hoe je de inkoop organiseert, samengevat
            in eigen woorden en met de vindplaats in de PIANOo-handreiking.
          </p>
        </div>
      </div>

      {/* A plain GET form: the answers end up in the address, so the advice can be bookmarked and shared. */}
      <form method="get" action={`${base}#advies`} className="card wegwijzer-questions" noValidate>
        <h2>Vragen</h2>
        {Object.keys(data.errors).length > 0 ? (
          <Notice arrival tone="error">
            Beantwoord alle vijf vragen om het advies te zien.
          </Notice>
        ) : null}
        {WEGWIJZER_QUESTIONS.map((question, index) => {
          const name = `q${question.number}`;
          const error = data.errors[name];
          return (
            <fieldset key={name} className="field question" aria-describedby={error ? `${name}-error` : undefined}>
              <legend>
                {question.number}. {question.dimension}? {question.text}
              </legend>
              <div className="radio-stack">
                {question.options.map((option) => (
                  <label key={option.number}>
                    <input
                      type="radio"
                      name={name}
                      value={option.number}
                      defaultChecked={data.chosen[index] === option.number}
                      aria-invalid={error ? true : undefined}
                    />
                    {option.label}
                  </label>
                ))}
              </div>
              {error ? (
                <p className="field-error" id={`${name}-error`}>
                  {error}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <div>
          <button type="submit" className="button">
            Advies tonen
          </button>
        </div>
      </form>

      {data.advice && data.complete ? (
        <section className="card" aria-labelledby="advies">
          <h2 id="advies">Advies voor deze antwoorden</h2>
          <p className="small muted">
            Eerst een samenvatting, dan per inkoopactiviteit de algemene tips en de tips bij je antwoorden. Onder elke tip staat waar hij in
            de handreiking staat: de cel in het schema (bijvoorbeeld S32).
          </p>
          <AdviceSections advice={data.advice} headingLevel={3} />
        </section>
      ) : null}

      {data.complete && data.canEdit ? (
        <section className="card" aria-labelledby="bewaren">
          <h2 id="bewaren">Advies bewaren</h2>
          <SaveRunForm action={saveWegwijzerRunAction.bind(null, org)} answers={[...data.complete]} contracts={data.contractOptions} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="bewaard">
        <h2 id="bewaard">Bewaarde adviezen</h2>
        {data.runs.length === 0 ? (
          <p>Er zijn nog geen adviezen bewaard.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col">Contract in voorbereiding</th>
                  <th scope="col">Bewaard door</th>
                  <th scope="col">Op</th>
                </tr>
              </thead>
              <tbody>
                {data.runs.map((run) => (
                  <tr key={run.id}>
                    <td>
                      <Link href={`${base}/${run.id}`}>{run.title}</Link>
                    </td>
                    <td>{run.contractTitle ?? <span className="muted">—</span>}</td>
                    <td>{run.createdBy}</td>
                    <td className="nowrap">{formatDateTime(run.createdAt)}</td>
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
