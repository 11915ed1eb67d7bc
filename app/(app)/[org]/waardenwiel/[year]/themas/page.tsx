import type { Metadata } from "next";
import { chartThemes, yearWheelPage } from "@/lib/waardenwiel/pages";
import { NewThemeCard, ThemeEditor } from "../../_components/theme-editor";
import { WheelChart } from "../../_components/wheel-chart";

export const metadata: Metadata = { title: "Thema's" };

export default async function ThemesPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { actor, wheel, canEdit } = await yearWheelPage(org, year);
  return (
    <div className="wheel-columns">
      <div>
        <section className="card" aria-labelledby="themas">
          <h2 id="themas">2. Definieer duurzaamheid</h2>
          <p>
            Zet op de buitenste ring de thema&apos;s die voor {actor.org.name} met duurzaamheid te maken hebben, zoals CO2-uitstoot,
            circulariteit, klimaatadaptatie of samenwerking. Alle drie de inkooppijlers horen terug te komen.
          </p>
          <ThemeEditor org={org} wheel={wheel} canEdit={canEdit} />
        </section>
        {canEdit ? <NewThemeCard org={org} wheel={wheel} /> : null}
      </div>
      <section className="card sticky-chart" aria-labelledby="wiel">
        <h2 id="wiel">Het wiel</h2>
        <WheelChart themes={chartThemes(wheel)} title={`Waardenwiel ${wheel.year}`} centre={["Waardenwiel", String(wheel.year)]} compact />
      </section>
    </div>
  );
}
