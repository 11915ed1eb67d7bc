import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { editIndicatorPage } from "@/lib/indicators/pages";
import { removeIndicator, saveIndicator } from "../actions";
import { DeleteIndicatorButton, IndicatorForm } from "../client";

export const metadata: Metadata = { title: "Indicator bewerken" };

export default async function EditIndicatorPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "indicators.manage")) notFound();
  const { id: indicatorId, initial, intensity, absoluteChoices } = await orNotFound(editIndicatorPage(actor, id));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/waardenwiel/indicatoren`}>← Indicatoren</Link>
      </p>
      <h1>Indicator bewerken</h1>
      {intensity ? <p>{intensity}</p> : null}
      <div className="card">
        <IndicatorForm
          action={saveIndicator.bind(null, org, indicatorId)}
          initial={initial}
          absoluteChoices={absoluteChoices}
          submitLabel="Wijzigingen opslaan"
        />
      </div>
      <section className="card" aria-labelledby="verwijderen">
        <h2 id="verwijderen">Verwijderen</h2>
        <p className="small muted">
          Een indicator die door een doelstelling of een doel in het Waardenwiel wordt gebruikt, kun je niet verwijderen.
        </p>
        <DeleteIndicatorButton action={removeIndicator.bind(null, org)} id={indicatorId} name={initial.name} />
      </section>
    </>
  );
}
