import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { templateFormPage } from "@/lib/kpi-library/pages";
import { AMBITION_SOURCE, levelChoices, templatePackageOptions } from "@/lib/kpi-library/rules";
import { DeleteTemplateForm } from "../_components/delete-template-form";
import { TemplateForm } from "../_components/template-form";
import { deleteTemplateAction, saveTemplateAction } from "../actions";

export const metadata: Metadata = { title: "KPI-sjabloon bewerken" };

export default async function EditTemplatePage({ params }: { params: Promise<{ org: string; templateId: string }> }) {
  const { org, templateId } = await params;
  const actor = await requireActor(org);
  const { indicators, initial } = await orNotFound(templateFormPage(actor, templateId));
  if (!initial) return null;
  return (
    <>
      <p className="small">
        <Link href={`/${org}/kpi-bibliotheek`}>← KPI-bibliotheek</Link>
      </p>
      <h1>KPI-sjabloon bewerken</h1>
      <p className="muted">
        Een wijziging geldt voor contracten die het sjabloon hierna overnemen. KPI&apos;s die al zijn overgenomen, blijven zoals ze zijn
        afgesproken.
      </p>
      <div className="card">
        <TemplateForm
          action={saveTemplateAction.bind(null, org, templateId)}
          initial={initial}
          indicators={indicators}
          packages={templatePackageOptions}
          levels={levelChoices}
          source={AMBITION_SOURCE}
          submitLabel="Wijzigingen opslaan"
        />
      </div>
      <section className="card" aria-labelledby="verwijderen">
        <h2 id="verwijderen">Verwijderen</h2>
        <p>Het sjabloon verdwijnt uit de bibliotheek. KPI&apos;s die ervan zijn overgenomen, blijven bestaan.</p>
        <DeleteTemplateForm action={deleteTemplateAction.bind(null, org, templateId)} version={initial.version} name={initial.name} />
      </section>
    </>
  );
}
