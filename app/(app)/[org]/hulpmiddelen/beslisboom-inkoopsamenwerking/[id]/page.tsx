import type { Metadata } from "next";
import { treeAssessmentPage } from "@/lib/guidance/assessment/pages";
import { AssessmentHeader } from "../../_components/assessment-header";
import { PhaseRecommendations, TreeOutcome } from "../_components/outcome";
import "../../_components/tools.css";

export const metadata: Metadata = { title: "Keuze inkoopsamenwerking" };

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
};

export default async function CooperationTreeAssessmentPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { opgeslagen } = await searchParams;
  const { actor, assessment, outcome } = await treeAssessmentPage(org, id);
  return (
    <article className="tool-print">
      <AssessmentHeader
        back={`/${org}/hulpmiddelen/beslisboom-inkoopsamenwerking`}
        toolTitle="Beslisboom inkoopsamenwerking"
        orgName={actor.org.name}
        assessment={assessment}
        saved={Boolean(opgeslagen)}
      />
      <section aria-labelledby="uitkomst">
        <h2 id="uitkomst">Voorgestelde samenwerking</h2>
        <p>
          <strong>
            {outcome.term.label} · {outcome.input.label} · {outcome.level.label}
          </strong>
        </p>
        <TreeOutcome outcome={outcome} />
      </section>
      <section aria-labelledby="fasen">
        <h2 id="fasen">Aanbevelingen per fase</h2>
        <PhaseRecommendations />
      </section>
    </article>
  );
}
