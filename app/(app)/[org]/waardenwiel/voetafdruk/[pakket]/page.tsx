import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { packageFootprintForm } from "@/lib/footprint/pages";
import { PackageFootprintForm } from "../_components/footprint-forms";
import { savePackage } from "../actions";

export const metadata: Metadata = { title: "Voetafdruk van een inkooppakket" };

export default async function PackageFootprintPage({ params }: { params: Promise<{ org: string; pakket: string }> }) {
  const { org, pakket } = await params;
  const actor = await requireActor(org);
  if (actor.org.kind !== "buyer" || !can(actor.org.kind, actor.role, "targets.edit")) notFound();
  const form = await orNotFound(packageFootprintForm(actor, pakket));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/waardenwiel/voetafdruk`}>← CO2-voetafdruk per inkooppakket</Link>
      </p>
      <h1>Voetafdruk van {form.label}</h1>
      {form.fromTemplate ? (
        <p className="small muted">Ingevuld vanuit het sjabloon: controleer het getal en de bron voordat je opslaat.</p>
      ) : null}
      <div className="card">
        <PackageFootprintForm action={savePackage.bind(null, org)} initial={form.initial} themes={form.themes} />
      </div>
    </>
  );
}
