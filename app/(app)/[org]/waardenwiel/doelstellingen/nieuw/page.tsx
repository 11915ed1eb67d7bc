import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { newTargetPage } from "@/lib/targets/pages";
import { TargetForm } from "../_components/target-form";
import { saveTarget } from "../actions";

export const metadata: Metadata = { title: "Nieuwe doelstelling" };

export default async function NewTargetPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "targets.edit")) notFound();
  const { indicators } = await newTargetPage(actor);
  return (
    <>
      <p className="small">
        <Link href={`/${org}/waardenwiel/doelstellingen`}>← Doelstellingen</Link>
      </p>
      <h1>Nieuwe doelstelling</h1>
      <div className="card">
        <TargetForm
          action={saveTarget.bind(null, org, null)}
          indicators={indicators}
          initial={{
            name: "",
            description: "",
            indicatorId: "",
            baseYear: "",
            baseValue: "",
            // Two empty rows: most targets name an intermediate and a final year (2025 and 2030).
            milestones: [
              { year: "", mode: "change_percent", value: "" },
              { year: "", mode: "change_percent", value: "" },
            ],
          }}
          submitLabel="Doelstelling opslaan"
        />
      </div>
    </>
  );
}
