import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { AWARD_CRITERIA_TIP, PROCUREMENT_STEPS, type ProcurementStep } from "@/lib/guidance/procurement/content";
import type { StepProgress } from "@/lib/guidance/procurement/rules";
import { procurementChecklistPage } from "@/lib/guidance/procurement/pages";
import { noteField } from "@/lib/guidance/procurement/schemas";
import { PrintButton } from "../../../hulpmiddelen/_components/print-button";
import { SourceNote } from "../../../hulpmiddelen/_components/source-note";
import { ChecklistForm, ShareForm } from "./_components/forms";
import { saveChecklistAction, shareChecklistAction } from "./actions";
import "../../../hulpmiddelen/_components/tools.css";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Checklist ambitieformulering" };

type Props = {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string; gedeeld?: string }>;
};

/**
 * The checklist ambitieformulering (seed 004, bijlage 2) of one procurement: a draft contract,
 * and after the award the same contract, so everything it collected stays. The buyer ticks and
 * notes; a supplier reads it only when the buyer shared it (otherwise this page is a 404).
 */
export default async function ProcurementChecklistPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { opgeslagen, gedeeld } = await searchParams;
  const actor = await requireActor(org);
  const view = await orNotFound(procurementChecklistPage(actor, id));
  const { contract, checklist, progress, split, canEdit } = view;
  const base = `/${org}/contracten/${id}`;
  const ticked = new Set(checklist.checkedItems);
  const links = { waardenwiel: `${base}/waardenwiel`, samenwerking: `${base}/samenwerking`, kpis: `${base}/kpis` };

  // The same steps three ways: to edit (or read) here, and as the supplier would read them with
  // and without the notes, for the preview before sharing.
  const stepsWith = (notes: Record<string, string>, options: { editable: boolean; preview?: boolean }) =>
    PROCUREMENT_STEPS.map((step, index) => (
      <StepSection
        key={step.id}
        step={step}
        progress={progress.steps[index]}
        ticked={ticked}
        note={notes[step.id] ?? ""}
        editable={options.editable}
        preview={options.preview}
        href={step.link ? links[step.link.target] : null}
        extra={step.id === "vertaling" ? <AwardSplit split={split} wheelHref={links.waardenwiel} level={options.preview ? 4 : 3} /> : null}
      />
    ));
  const steps = stepsWith(checklist.notes, { editable: canEdit });
  const supplierSees = (notes: Record<string, string>) => (
    <>
      <p className="small muted">{contract.buyerName} heeft deze checklist met je gedeeld. Je kunt hem lezen, niet wijzigen.</p>
      {stepsWith(notes, { editable: false, preview: true })}
    </>
  );
  const sharedNotice = checklist.notesShared
    ? "De checklist is gedeeld met de leverancier, met je notities."
    : "De checklist is gedeeld met de leverancier, zonder je notities.";

  return (
    <div className="procurement-checklist">
      <p className="small no-print">
        <Link href={base}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Checklist ambitieformulering</h1>
          <p>
            {contract.title}
            {contract.status === "draft"
              ? " – inkooptraject in voorbereiding."
              : " – gegund: wat het inkooptraject verzamelde, blijft hier bewaard."}{" "}
            Zeven stappen van voorbereiding tot meten en monitoren; stap 3, 4, 5 en 7 lopen door in het waardenwiel, de samenwerking en de
            KPI&apos;s van dit contract.
          </p>
        </div>
        <div className="no-print">
          <PrintButton />
        </div>
      </div>
      {opgeslagen ? <Notice arrival>De checklist is opgeslagen.</Notice> : null}
      {gedeeld ? (
        <Notice arrival>{gedeeld === "1" ? sharedNotice : "De checklist wordt niet meer gedeeld met de leverancier."}</Notice>
      ) : null}

      <section className="card" aria-labelledby="voortgang">
        <h2 id="voortgang">Voortgang</h2>
        <label htmlFor="voortgang-balk">
          {progress.checked} van {progress.total} punten afgevinkt ({progress.percent}%), {progress.stepsComplete} van{" "}
          {PROCUREMENT_STEPS.length} stappen compleet
        </label>
        <progress id="voortgang-balk" max={progress.total} value={progress.checked} className="checklist-progress">
          {progress.percent}%
        </progress>
        {actor.org.kind === "buyer" ? (
          canEdit ? (
            <ShareForm
              action={shareChecklistAction.bind(null, org, id)}
              version={checklist.version}
              shared={checklist.sharedWithSupplier}
              notesShared={checklist.notesShared}
              hasSupplier={Boolean(contract.supplierOrgId)}
              hasNotes={Object.keys(checklist.notes).length > 0}
              preview={{ withNotes: supplierSees(checklist.notes), withoutNotes: supplierSees({}) }}
            />
          ) : (
            <p className="small muted">
              {checklist.sharedWithSupplier
                ? checklist.notesShared
                  ? "Gedeeld met de leverancier, met de notities."
                  : "Gedeeld met de leverancier, zonder de notities."
                : "Niet gedeeld met de leverancier."}{" "}
              Alleen de coördinator, een beheerder of de contractmanager van dit contract wijzigt deze checklist.
            </p>
          )
        ) : (
          <p className="small muted">{contract.buyerName} heeft deze checklist met je gedeeld. Je kunt hem lezen, niet wijzigen.</p>
        )}
      </section>

      {canEdit ? (
        <ChecklistForm key={checklist.version} action={saveChecklistAction.bind(null, org, id)} version={checklist.version}>
          {steps}
        </ChecklistForm>
      ) : (
        <div className="stack stack-wide">{steps}</div>
      )}
    </div>
  );
}

function StepSection(props: {
  step: ProcurementStep;
  progress: StepProgress;
  ticked: ReadonlySet<string>;
  note: string;
  editable: boolean;
  /** Drawn inside the share preview: headings a level lower and ids of their own. */
  preview?: boolean;
  href: string | null;
  extra: React.ReactNode;
}) {
  const { step, progress, editable } = props;
  const headingId = `${props.preview ? "voorbeeld-" : ""}stap-${step.number}`;
  const Heading = props.preview ? "h3" : "h2";
  const NotesHeading = props.preview ? "h4" : "h3";
  return (
    <section className="card checklist-step" aria-labelledby={headingId}>
      <Heading id={headingId}>
        Stap {step.number}: {step.title}{" "}
        <span className="small muted">
          ({progress.checked} van {progress.total}
          {progress.complete ? ", compleet" : ""})
        </span>
      </Heading>
      <p>{step.explanation}</p>
      <SourceNote reference={step.reference} />
      {progress.derived ? (
        <p className={progress.derived.met ? "derived derived-met" : "derived"}>
          <strong>{progress.derived.met ? "In het contract: gedaan. " : "In het contract: nog open. "}</strong>
          {progress.derived.label}{" "}
          {props.href && step.link ? (
            <Link href={props.href} className="no-print">
              {step.link.label} →
            </Link>
          ) : null}
        </p>
      ) : null}
      <fieldset className="checklist-items">
        <legend>{step.lead ?? "Punten bij deze stap"}</legend>
        <ul className="plain-list">
          {step.items.map((item) => {
            const checked = props.ticked.has(item.id);
            return (
              <li key={item.id}>
                <label>
                  <input
                    type="checkbox"
                    name={props.preview ? undefined : "item"}
                    value={item.id}
                    defaultChecked={checked}
                    disabled={!editable}
                  />{" "}
                  {item.text}
                  {!editable ? <span className="visually-hidden">{checked ? " (afgevinkt)" : " (nog open)"}</span> : null}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {props.extra}
      {editable ? (
        <div className="field">
          <label htmlFor={`field-${noteField(step.id)}`}>Notities bij stap {step.number}</label>
          <textarea id={`field-${noteField(step.id)}`} name={noteField(step.id)} rows={3} maxLength={4000} defaultValue={props.note} />
        </div>
      ) : props.note ? (
        <div>
          <NotesHeading>Notities</NotesHeading>
          <p className="pre-line">{props.note}</p>
        </div>
      ) : null}
    </section>
  );
}

function AwardSplit({
  split,
  wheelHref,
  level,
}: {
  split: { awardCriteria: Theme[]; requirements: Theme[]; unranked: Theme[] };
  wheelHref: string;
  level: 3 | 4;
}) {
  const none = split.awardCriteria.length === 0;
  const Heading = level === 3 ? "h3" : "h4";
  const SubHeading = level === 3 ? "h4" : "h5";
  return (
    <div className="award-split">
      <Heading>Voorstel uit het waardenwiel: gunningscriteria en eisen</Heading>
      <p className="small">
        {AWARD_CRITERIA_TIP.text} Het voorstel neemt het beste derde deel van de geprioriteerde thema&apos;s (minstens één) als
        gunningscriterium.
      </p>
      <SourceNote reference={AWARD_CRITERIA_TIP.reference} />
      {none ? (
        <p className="small muted">
          Nog geen voorstel: prioriteer eerst de thema&apos;s in het <Link href={wheelHref}>waardenwiel van dit contract</Link> (stap 3).
        </p>
      ) : (
        <div className="award-split-columns">
          <div>
            <SubHeading>Gunningscriteria (hoogste ambitie)</SubHeading>
            <ol>
              {split.awardCriteria.map((t) => (
                <li key={t.id}>
                  {t.name} <span className="small muted">(prioriteit {t.priorityRank})</span>
                </li>
              ))}
            </ol>
          </div>
          <div>
            <SubHeading>Eisen (minimaal niveau)</SubHeading>
            {split.requirements.length ? (
              <ul>
                {split.requirements.map((t) => (
                  <li key={t.id}>
                    {t.name} <span className="small muted">(prioriteit {t.priorityRank})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="small muted">Geen andere geprioriteerde thema&apos;s.</p>
            )}
          </div>
        </div>
      )}
      {split.unranked.length ? <p className="small muted">Nog zonder prioriteit: {split.unranked.map((t) => t.name).join(", ")}.</p> : null}
    </div>
  );
}

type Theme = { id: string; name: string; priorityRank: number | null };
