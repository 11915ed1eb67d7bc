import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { templateFormPage } from "@/lib/kpi-library/pages";
import { AMBITION_SOURCE, levelChoices, templatePackageOptions } from "@/lib/kpi-library/rules";
import { TemplateForm } from "../_components/template-form";
import { saveTemplateAction } from "../actions";

export const metadata: Metadata = { title: "Nieuw KPI-sjabloon" };

const EMPTY_LEVEL = { description: "", interpolation: "linear", milestones: [{ offset: "0", value: "" }] };

export default async function NewTemplatePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  const { indicators } = await templateFormPage(actor, null);
  return (
    <>
      <p className="small">
        <Link href={`/${org}/kpi-bibliotheek`}>← KPI-bibliotheek</Link>
      </p>
      <h1>Nieuw KPI-sjabloon</h1>
      <div className="card">
        <TemplateForm
          action={saveTemplateAction.bind(null, org, null)}
          initial={{
            name: "",
            description: "",
            indicatorId: "",
            kind: "quantitative",
            obligation: "inspanning",
            purchasingPackage: "",
            measurement: "",
            evidenceRequired: "",
            scoreMeanings: { "1": "", "2": "", "3": "", "4": "" },
            levels: { minimum: EMPTY_LEVEL, plus: EMPTY_LEVEL, maximum: EMPTY_LEVEL },
            malus: { type: "none" },
          }}
          indicators={indicators}
          packages={templatePackageOptions}
          levels={levelChoices}
          source={AMBITION_SOURCE}
          submitLabel="Sjabloon opslaan"
        />
      </div>
    </>
  );
}
