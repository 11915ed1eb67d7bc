import type { Metadata } from "next";
import { indicatorsForGoals, yearWheelPage } from "@/lib/waardenwiel/pages";
import { GoalEditor } from "../../_components/goal-editor";

export const metadata: Metadata = { title: "Doelen" };

export default async function GoalsPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { wheel, canEdit } = await yearWheelPage(org, year);
  const indicators = canEdit ? await indicatorsForGoals(org) : [];
  return (
    <section className="card" aria-labelledby="doelen">
      <h2 id="doelen">6. Concretiseer de doelen</h2>
      <p>
        Vertaal de thema&apos;s naar kwalitatieve en kwantitatieve doelen. Een kwantitatief doel meet je op een indicator uit de catalogus
        (bijvoorbeeld CO2-uitstoot in ton of het aandeel plantaardige eiwitten), met een basisjaar en een doeljaar, zodat de KPI&apos;s van
        contracten er later op kunnen optellen.
      </p>
      <GoalEditor org={org} wheel={wheel} canEdit={canEdit} indicators={indicators} />
    </section>
  );
}
