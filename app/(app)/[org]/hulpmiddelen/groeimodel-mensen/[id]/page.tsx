import type { Metadata } from "next";
import { peopleAssessmentPage } from "@/lib/guidance/assessment/pages";
import { AssessmentHeader } from "../../_components/assessment-header";
import { PeopleResult } from "../_components/result";
import "../../_components/tools.css";

export const metadata: Metadata = { title: "Inschatting groeimodel mensen" };

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
};

export default async function PeopleAssessmentPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { opgeslagen } = await searchParams;
  const { actor, assessment, shares, tipping } = await peopleAssessmentPage(org, id);
  return (
    <article className="tool-print">
      <AssessmentHeader
        back={`/${org}/hulpmiddelen/groeimodel-mensen`}
        toolTitle="Groeimodel mensen"
        orgName={actor.org.name}
        assessment={assessment}
        saved={Boolean(opgeslagen)}
      />
      <section aria-labelledby="verdeling">
        <h2 id="verdeling">Verdeling van de mensen</h2>
        <PeopleResult shares={shares} tipping={tipping} />
      </section>
    </article>
  );
}
