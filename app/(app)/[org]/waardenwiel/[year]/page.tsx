import type { Metadata } from "next";
import Link from "next/link";
import { chartThemes, yearWheelPage } from "@/lib/waardenwiel/pages";
import { WheelChart } from "../_components/wheel-chart";
import { PrioritisedThemes } from "../_components/wheel-views";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Waardenwiel" };

export default async function YearWheelPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; year: string }>;
  searchParams: Promise<{ nieuw?: string }>;
}) {
  const { org, year } = await params;
  const { nieuw } = await searchParams;
  const { actor, wheel, steps, themesByPriority, base } = await yearWheelPage(org, year);
  const next = steps.find((s) => !s.done);
  return (
    <>
      {nieuw ? <Notice arrival>Het Waardenwiel voor {wheel.year} is aangemaakt. Loop de stappen hierboven door.</Notice> : null}
      <div className="wheel-columns chart-first">
        <section className="card" aria-labelledby="wiel">
          <h2 id="wiel">Het wiel</h2>
          <WheelChart
            themes={chartThemes(wheel)}
            title={`Waardenwiel ${wheel.year} van ${actor.org.name}`}
            centre={["Waardenwiel", String(wheel.year)]}
          />
        </section>
        <div>
          <section className="card" aria-labelledby="ambitie">
            <h2 id="ambitie">Duurzame ambitie</h2>
            {wheel.ambition ? <p className="vision-ambition">{wheel.ambition}</p> : <p className="muted">Nog niet geformuleerd.</p>}
            {next ? (
              <p>
                Volgende stap:{" "}
                <Link href={`${base}/${next.slug}`}>
                  {next.number}. {next.title}
                </Link>{" "}
                — {next.summary}
              </p>
            ) : (
              <p>Alle acht stappen zijn gezet. Meet en monitor de voortgang en stel het wiel jaarlijks bij.</p>
            )}
          </section>
          <section className="card" aria-labelledby="themas">
            <h2 id="themas">Thema&apos;s op volgorde van prioriteit</h2>
            <PrioritisedThemes themes={themesByPriority} />
          </section>
        </div>
      </div>
    </>
  );
}
