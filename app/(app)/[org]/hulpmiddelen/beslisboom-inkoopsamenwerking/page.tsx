import type { Metadata } from "next";
import Link from "next/link";
import { treeToolPage } from "@/lib/guidance/assessment/pages";
import { INPUT_STEP, LEVEL_STEP, TERM_STEP, type TreeOption, type TreeStep } from "@/lib/guidance/cooperation-tree/content";
import { saveCooperationTreeAssessmentAction } from "../actions";
import { SaveAssessmentForm } from "../_components/assessment-form";
import { AssessmentHistory } from "../_components/assessment-history";
import { SourceNote } from "../_components/source-note";
import { NotValidated, PhaseRecommendations, TreeOutcome } from "./_components/outcome";
import "../_components/tools.css";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Beslisboom inkoopsamenwerking" };

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function StepFieldset<V extends string>(props: { step: TreeStep<V>; chosen?: string; error?: string }) {
  const { step } = props;
  const errorId = `${step.field}-error`;
  return (
    <fieldset className="field tree-step" aria-describedby={props.error ? errorId : undefined}>
      <legend>
        Stap {step.number}. {step.title}
      </legend>
      <div className="choice-cards">
        {step.options.map((option: TreeOption<V>) => (
          <label key={option.value} className="choice-card">
            <span className="choice-card-head">
              <input
                type="radio"
                name={step.field}
                value={option.value}
                defaultChecked={props.chosen === option.value}
                aria-invalid={props.error ? true : undefined}
              />
              <strong>{option.label}</strong>
              {option.notValidated ? <NotValidated /> : null}
            </span>
            <span className="small">{option.advice}</span>
            {option.onlyFor ? <span className="small muted">Alleen bij lange termijn.</span> : null}
          </label>
        ))}
      </div>
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
      <SourceNote reference={step.reference} />
    </fieldset>
  );
}

export default async function CooperationTreePage({ params, searchParams }: Props) {
  const { org } = await params;
  const data = await treeToolPage(org, await searchParams);
  const base = `/${org}/hulpmiddelen/beslisboom-inkoopsamenwerking`;
  const hasErrors = Object.keys(data.errors).length > 0;
  return (
    <>
      <p className="small">
        <Link href={`/${org}/hulpmiddelen`}>← Hulpmiddelen</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Beslisboom inkoopsamenwerking</h1>
          <p>
            Wil je met andere opdrachtgevers samen duurzaam inkopen, bijvoorbeeld in een buyer group? Kies in drie stappen de vorm van
            samenwerking en zie welke afspraken de handreiking buyer groups aanbeveelt, met de aanbevelingen per fase.
          </p>
        </div>
      </div>

      <form method="get" action={`${base}#uitkomst`} className="card tree-steps" noValidate>
        <h2>Drie stappen</h2>
        {hasErrors ? (
          <Notice arrival tone="error">
            Maak bij elke stap een keuze die in de beslisboom bestaat.
          </Notice>
        ) : null}
        <StepFieldset step={TERM_STEP} chosen={data.chosen.term} error={data.errors.term} />
        <StepFieldset step={INPUT_STEP} chosen={data.chosen.input} error={data.errors.input} />
        <StepFieldset step={LEVEL_STEP} chosen={data.chosen.level} error={data.errors.level} />
        <div>
          <button type="submit" className="button">
            Uitkomst tonen
          </button>
        </div>
      </form>

      {data.outcome ? (
        <section className="card" aria-labelledby="uitkomst">
          <h2 id="uitkomst">Voorgestelde samenwerking</h2>
          <p>
            <strong>
              {data.outcome.term.label} · {data.outcome.input.label} · {data.outcome.level.label}
            </strong>
          </p>
          <TreeOutcome outcome={data.outcome} />
        </section>
      ) : null}

      {data.outcome && data.canEdit ? (
        <section className="card" aria-labelledby="bewaren">
          <h2 id="bewaren">Keuze bewaren</h2>
          <SaveAssessmentForm
            action={saveCooperationTreeAssessmentAction.bind(null, org)}
            hidden={[
              ["term", data.outcome.answers.term],
              ["input", data.outcome.answers.input],
              ["level", data.outcome.answers.level],
            ]}
            today={data.today}
            submitLabel="Keuze bewaren"
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="fasen">
        <h2 id="fasen">Aanbevelingen per fase</h2>
        <p className="small muted">Deze aanbevelingen gelden voor elke vorm van samenwerking; ze volgen de fasen van een buyer group.</p>
        <PhaseRecommendations />
      </section>

      <AssessmentHistory
        heading="Bewaarde keuzes"
        empty="Er zijn nog geen keuzes bewaard."
        base={base}
        items={data.history}
        columns={[
          {
            header: "Route",
            cell: (a) => (
              <>
                {a.path}
                {a.notValidated ? <NotValidated /> : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
