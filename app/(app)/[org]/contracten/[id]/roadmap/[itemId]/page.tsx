import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { roadmapFormChoices, roadmapItemPage } from "@/lib/roadmap/pages";
import { DeleteRoadmapItemForm, RoadmapForm } from "../_components/roadmap-form";
import { deleteRoadmapItemAction, updateRoadmapItemAction } from "../actions";

export const metadata: Metadata = { title: "Roadmap-actie bewerken" };

export default async function RoadmapItemPage({ params }: { params: Promise<{ org: string; id: string; itemId: string }> }) {
  const { org, id, itemId } = await params;
  const actor = await requireActor(org);
  const { contract, item, themes, innovations, canEdit, today } = await orNotFound(roadmapItemPage(actor, id, itemId));
  if (!canEdit) notFound();
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}/roadmap`}>← Roadmap van {contract.title}</Link>
      </p>
      <h1>Roadmap-actie bewerken</h1>
      <div className="card">
        <RoadmapForm
          action={updateRoadmapItemAction.bind(null, org, id, item.id)}
          initial={{
            title: item.title,
            description: item.description ?? "",
            strategy: item.strategy,
            themeId: item.themeId ?? "",
            owner: item.owner ?? "",
            ownerSide: item.ownerSide,
            dueDate: item.dueDate,
            status: item.status,
            version: item.version,
          }}
          {...roadmapFormChoices(contract, themes)}
          today={today}
          submitLabel="Wijzigingen opslaan"
        />
      </div>
      {innovations.length > 0 ? (
        <section className="card" aria-labelledby="innovaties">
          <h2 id="innovaties">Innovaties die deze actie uitvoert</h2>
          <ul>
            {innovations.map((i) => (
              <li key={i.id}>
                <Link href={`/${org}/contracten/${id}/innovaties#innovatie-${i.id}`}>{i.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="verwijderen">
        <h2 id="verwijderen">Verwijderen</h2>
        <p>
          Is de actie niet meer nodig? Zet haar liever op <strong>Vervallen</strong>, dan blijft zichtbaar wat er gepland was. Verwijder
          alleen een actie die per vergissing is aangemaakt.
        </p>
        <DeleteRoadmapItemForm action={deleteRoadmapItemAction.bind(null, org, id, item.id)} version={item.version} title={item.title} />
      </section>
    </>
  );
}
