import type { Metadata } from "next";
import { chartThemes, yearWheelPage } from "@/lib/waardenwiel/pages";
import { MAX_TOP_PRIORITY } from "@/lib/waardenwiel/rules";
import { setPrioritiesAction } from "../../actions";
import { WheelChart } from "../../_components/wheel-chart";
import { PriorityForm } from "../../_components/wheel-forms";
import { PrioritisedThemes } from "../../_components/wheel-views";

export const metadata: Metadata = { title: "Prioriteiten" };

export default async function PrioritiesPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { wheel, canEdit, themesByPriority } = await yearWheelPage(org, year);
  return (
    <div className="wheel-columns">
      <section className="card" aria-labelledby="prioriteiten">
        <h2 id="prioriteiten">4. Prioriteer de thema&apos;s</h2>
        <p>
          Rangschik de thema&apos;s naar hoe belangrijk ze voor de organisatie zijn: 1 is het belangrijkst. Elk thema krijgt een eigen rang,
          tenzij jullie bewust kiezen voor een gedeelde rang. Geef hoogstens {MAX_TOP_PRIORITY} thema&apos;s de hoogste prioriteit; de
          prioriteit helpt later bepalen wat een eis en wat een gunningscriterium wordt.
        </p>
        {wheel.themes.length === 0 ? (
          <p className="muted">Zet eerst thema&apos;s op de ring.</p>
        ) : canEdit ? (
          <PriorityForm
            action={setPrioritiesAction.bind(null, org)}
            wheel={{ id: wheel.id, version: wheel.version }}
            themes={themesByPriority}
          />
        ) : (
          <PrioritisedThemes themes={themesByPriority} />
        )}
      </section>
      <section className="card sticky-chart" aria-labelledby="wiel">
        <h2 id="wiel">Het wiel</h2>
        <WheelChart themes={chartThemes(wheel)} title={`Waardenwiel ${wheel.year}`} centre={["Waardenwiel", String(wheel.year)]} compact />
      </section>
    </div>
  );
}
