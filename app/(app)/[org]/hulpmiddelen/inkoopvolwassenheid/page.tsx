import type { Metadata } from "next";
import Link from "next/link";
import { maturityToolPage } from "@/lib/guidance/assessment/pages";
import { FOCUS_LABELS, MATURITY_FIGURE, MATURITY_GUIDANCE, MATURITY_STAGES } from "@/lib/guidance/maturity/content";
import { saveMaturityAssessmentAction } from "../actions";
import { SaveAssessmentForm } from "../_components/assessment-form";
import { AssessmentHistory } from "../_components/assessment-history";
import { SourceNote } from "../_components/source-note";
import { MaturityResult } from "./_components/result";
import "../_components/tools.css";

export const metadata: Metadata = { title: "Inkoopvolwassenheid" };

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MaturityPage({ params, searchParams }: Props) {
  const { org } = await params;
  const data = await maturityToolPage(org, await searchParams);
  const base = `/${org}/hulpmiddelen/inkoopvolwassenheid`;
  const ticked = new Set(data.ticked);
  return (
    <>
      <p className="small">
        <Link href={`/${org}/hulpmiddelen`}>← Hulpmiddelen</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Inkoopvolwassenheid</h1>
          <p>
            Vink aan wat in de inkoopfunctie van {data.actor.org.name} op orde is. Je ziet in welk ontwikkelstadium je staat en wat het
            volgende stadium vraagt. De stadia en onderdelen komen uit figuur 10 van de handreiking.
          </p>
        </div>
      </div>

      <section className="card" aria-labelledby="toelichting">
        <h2 id="toelichting">Toelichting</h2>
        {MATURITY_GUIDANCE.map((g) => (
          <div key={g.title} className="guidance-note">
            <h3>{g.title}</h3>
            <p>{g.text}</p>
            <SourceNote reference={g.reference} />
          </div>
        ))}
      </section>

      <form method="get" action={`${base}#positie`} className="card" noValidate>
        <h2>{MATURITY_FIGURE.title}</h2>
        <p className="small muted">
          {MATURITY_FIGURE.axis}: {MATURITY_FIGURE.from.toLowerCase()} → {MATURITY_FIGURE.to.toLowerCase()}. Figuur:{" "}
          {MATURITY_FIGURE.credit}.
        </p>
        <input type="hidden" name="bekeken" value="1" />
        <div className="maturity-stages">
          {MATURITY_STAGES.map((stage) => (
            <fieldset key={stage.number} className="maturity-stage">
              <legend>
                <span className="muted small">
                  Stadium {stage.number} · {FOCUS_LABELS[stage.focus]}
                </span>
                <br />
                {stage.question}
              </legend>
              {stage.items.map((item) => (
                <label key={item.id} className="checkbox-label">
                  <input type="checkbox" name="item" value={item.id} defaultChecked={ticked.has(item.id)} />
                  <span>{item.text}</span>
                </label>
              ))}
              {stage.note ? <p className="small muted">{stage.note}</p> : null}
            </fieldset>
          ))}
        </div>
        <div>
          <button type="submit" className="button">
            Positie bepalen
          </button>
        </div>
      </form>

      {data.position ? (
        <section className="card" aria-labelledby="positie">
          <h2 id="positie">Waar de organisatie staat</h2>
          <MaturityResult position={data.position} headingLevel={3} />
        </section>
      ) : null}

      {data.position && data.canEdit ? (
        <section className="card" aria-labelledby="bewaren">
          <h2 id="bewaren">Inschatting bewaren</h2>
          <SaveAssessmentForm
            action={saveMaturityAssessmentAction.bind(null, org)}
            hidden={data.ticked.map((id) => ["item", id])}
            today={data.today}
            submitLabel="Inschatting bewaren"
          />
        </section>
      ) : null}

      <AssessmentHistory
        heading="Bewaarde inschattingen"
        empty="Er zijn nog geen inschattingen bewaard."
        base={base}
        items={data.history}
        columns={[
          { header: "Stadium", cell: (a) => a.reached },
          { header: "Afgevinkt", cell: (a) => `${a.ticked} van ${a.of}` },
        ]}
      />
    </>
  );
}
