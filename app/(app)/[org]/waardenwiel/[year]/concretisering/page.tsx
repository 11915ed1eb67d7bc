import type { Metadata } from "next";
import { chartThemes, yearWheelPage } from "@/lib/waardenwiel/pages";
import { SubthemeEditor } from "../../_components/theme-editor";
import { WheelChart } from "../../_components/wheel-chart";

export const metadata: Metadata = { title: "Concretisering" };

export default async function SubthemesPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { wheel, canEdit } = await yearWheelPage(org, year);
  return (
    <div className="wheel-columns">
      <section className="card" aria-labelledby="concretisering">
        <h2 id="concretisering">3. Concretiseer de thema&apos;s</h2>
        <p>Vul de taartpunten: wat betekent elk thema concreet? Deze subthema&apos;s staan binnen in het wiel.</p>
        <SubthemeEditor org={org} wheel={wheel} canEdit={canEdit} />
      </section>
      <section className="card sticky-chart" aria-labelledby="wiel">
        <h2 id="wiel">Het wiel</h2>
        <WheelChart themes={chartThemes(wheel)} title={`Waardenwiel ${wheel.year}`} centre={["Waardenwiel", String(wheel.year)]} compact />
      </section>
    </div>
  );
}
