import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { editTargetPage } from "@/lib/targets/pages";
import { DeleteTargetButton, TargetForm } from "../_components/target-form";
import { removeTarget, saveTarget } from "../actions";

export const metadata: Metadata = { title: "Doelstelling bewerken" };

export default async function EditTargetPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "targets.edit")) notFound();
  const { target, indicators, initial } = await orNotFound(editTargetPage(actor, id));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/waardenwiel/doelstellingen`}>← Doelstellingen</Link>
      </p>
      <h1>Doelstelling bewerken</h1>
      <div className="card">
        <TargetForm action={saveTarget.bind(null, org, id)} indicators={indicators} initial={initial} submitLabel="Wijzigingen opslaan" />
      </div>
      <section className="card" aria-labelledby="verwijderen">
        <h2 id="verwijderen">Verwijderen</h2>
        <p className="small muted">Een verwijderde doelstelling blijft in het logboek zichtbaar, maar verdwijnt van de dashboards.</p>
        <DeleteTargetButton action={removeTarget.bind(null, org)} id={target.id} version={target.version} name={target.name} />
      </section>
    </>
  );
}
