import type { Metadata } from "next";
import { formatDate } from "@/lib/format";
import { chartThemes, yearWheelPage } from "@/lib/waardenwiel/pages";
import { publishWheelAction } from "../../actions";
import { PrintButton } from "../../_components/print-button";
import { WheelChart } from "../../_components/wheel-chart";
import { WheelForm } from "../../_components/wheel-form";
import { PrioritisedThemes } from "../../_components/wheel-views";

export const metadata: Metadata = { title: "Visieplaat" };

/** The visieplaat (step 7): ambition, wheel and prioritised themes with goals, on one A4 page when printed. */
export default async function VisionPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { actor, wheel, canEdit, themesByPriority } = await yearWheelPage(org, year);
  const shared = wheel.publishedAt ? formatDate(wheel.publishedAt.toISOString().slice(0, 10)) : null;
  return (
    <>
      <section className="card no-print" aria-labelledby="engagement">
        <h2 id="engagement">7. Creëer engagement en draagvlak</h2>
        <p>
          Deel de visieplaat met de organisatie en met geïnteresseerde leveranciers, zodat iedereen weet waar jullie naartoe werken.{" "}
          {shared ? `Gedeeld met de organisatie op ${shared}.` : "De visieplaat is nog niet gedeeld."}
        </p>
        <div className="actions">
          <PrintButton />
          {canEdit ? (
            <WheelForm
              action={publishWheelAction.bind(null, org)}
              wheel={{ id: wheel.id, version: wheel.version }}
              compact
              submitLabel={shared ? "Opnieuw delen met de organisatie" : "Delen met de organisatie"}
            />
          ) : null}
        </div>
      </section>
      <article className="vision-page" aria-labelledby="visieplaat">
        <header className="vision-head">
          <h2 id="visieplaat">Onze duurzame ambitie {wheel.year}</h2>
          <span className="muted">{actor.org.name}</span>
        </header>
        <div className="vision-top">
          <WheelChart
            themes={chartThemes(wheel)}
            title={`Waardenwiel ${wheel.year} van ${actor.org.name}`}
            centre={["Waardenwiel", String(wheel.year)]}
            compact
          />
          <div>
            <p className="vision-ambition">{wheel.ambition ?? "De ambitie is nog niet geformuleerd."}</p>
            <p className="vision-intro">
              Het Waardenwiel laat zien wat duurzaamheid voor {actor.org.name} betekent: de thema&apos;s op de buitenste ring, wat ze
              concreet maken daarbinnen, en de prioriteit in het genummerde rondje. Hieronder staan de thema&apos;s op volgorde van
              prioriteit, met de doelen waaraan wij en onze leveranciers samen werken.
            </p>
          </div>
        </div>
        <PrioritisedThemes themes={themesByPriority} headingLevel={3} columns />
        <footer className="vision-foot">
          Waardenwiel {wheel.year} van {actor.org.name}
          {shared ? `, gedeeld op ${shared}` : ", concept"}. Opgesteld volgens het stappenplan van de Handreiking Regeneratief FM (Buyer
          Group FM): de drie inkooppijlers ecologisch &amp; sociaal, samenwerking en gedragsverandering.
        </footer>
      </article>
    </>
  );
}
