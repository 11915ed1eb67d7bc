import type { Metadata } from "next";
import { yearWheelPage } from "@/lib/waardenwiel/pages";
import { EXAMPLE_AMBITION } from "@/lib/waardenwiel/templates";
import { updateAmbitionAction } from "../../actions";
import { AmbitionForm } from "../../_components/wheel-forms";
import { PrioritisedThemes } from "../../_components/wheel-views";

export const metadata: Metadata = { title: "Ambitie" };

export default async function AmbitionPage({ params }: { params: Promise<{ org: string; year: string }> }) {
  const { org, year } = await params;
  const { wheel, canEdit, themesByPriority } = await yearWheelPage(org, year);
  return (
    <div className="wheel-columns">
      <section className="card" aria-labelledby="ambitie">
        <h2 id="ambitie">5. Formuleer de duurzame ambitie</h2>
        <p>
          Vat de thema&apos;s, hun concretisering en de prioriteiten samen in één zin waar iedereen naartoe kan werken, met een jaartal. De
          belangrijkste thema&apos;s staan hiernaast.
        </p>
        {canEdit ? (
          <AmbitionForm
            action={updateAmbitionAction.bind(null, org)}
            wheel={{ id: wheel.id, version: wheel.version }}
            ambition={wheel.ambition}
            example={EXAMPLE_AMBITION}
          />
        ) : wheel.ambition ? (
          <p className="vision-ambition">{wheel.ambition}</p>
        ) : (
          <p className="muted">Nog niet geformuleerd.</p>
        )}
      </section>
      <section className="card" aria-labelledby="belangrijkst">
        <h2 id="belangrijkst">De thema&apos;s op volgorde</h2>
        <PrioritisedThemes themes={themesByPriority.slice(0, 6)} />
      </section>
    </div>
  );
}
