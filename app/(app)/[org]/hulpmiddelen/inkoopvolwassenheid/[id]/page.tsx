import type { Metadata } from "next";
import { maturityAssessmentPage } from "@/lib/guidance/assessment/pages";
import { AssessmentHeader } from "../../_components/assessment-header";
import { MaturityResult } from "../_components/result";
import "../../_components/tools.css";

export const metadata: Metadata = { title: "Inschatting inkoopvolwassenheid" };

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
};

export default async function MaturityAssessmentPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { opgeslagen } = await searchParams;
  const { actor, assessment, position } = await maturityAssessmentPage(org, id);
  return (
    <article className="tool-print">
      <AssessmentHeader
        back={`/${org}/hulpmiddelen/inkoopvolwassenheid`}
        toolTitle="Inkoopvolwassenheid"
        orgName={actor.org.name}
        assessment={assessment}
        saved={Boolean(opgeslagen)}
      />
      <section aria-labelledby="positie">
        <h2 id="positie">Waar de organisatie staat</h2>
        <MaturityResult position={position} headingLevel={3} />
      </section>
      <section aria-labelledby="afgevinkt">
        <h2 id="afgevinkt">Afgevinkte onderdelen per stadium</h2>
        {position.stages.map((s) => (
          <div key={s.stage.number} className="maturity-stage-summary">
            <h3>
              Stadium {s.stage.number}: {s.stage.question}
            </h3>
            <ul className="tick-list">
              {s.stage.items.map((item) => {
                const done = s.ticked.includes(item);
                return (
                  <li key={item.id} className={done ? "ticked" : "unticked"}>
                    <span aria-hidden="true">{done ? "✓" : "○"}</span> {item.text}
                    <span className="visually-hidden">{done ? " (op orde)" : " (nog niet)"}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </section>
    </article>
  );
}
