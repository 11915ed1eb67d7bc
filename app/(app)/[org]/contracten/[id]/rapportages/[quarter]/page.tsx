import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDate, formatDateTime, formatMeasure, formatNumber } from "@/lib/format";
import { formatTarget } from "@/lib/kpis/chart";
import { quarterLongLabel } from "@/lib/periods";
import { evidenceUploadLimit } from "@/lib/reports/evidence";
import { reportFormPage } from "@/lib/reports/pages";
import { SPREADSHEET_UPLOAD_LIMIT } from "@/lib/spreadsheet/upload-limit";
import { DISPLAY_STATUSES, lateSubmissionText } from "@/lib/reports/rules";
import { decideReportAction, deleteEvidenceAction, saveReportAction, uploadEvidenceAction, uploadValuesAction } from "./actions";
import { DecideReportForm, DeleteEvidenceButton, EvidenceUpload, ReportForm } from "./_components/report-form";
import { ReportValues } from "./_components/report-values";
import { ReportThread, type ThreadRound } from "./_components/report-thread";
import { ReportVersions } from "./_components/report-versions";
import type { ReportRoundView } from "@/lib/reports/rounds";
import { versionCells, type VersionCell } from "@/lib/reports/versions";
import { describeFlags } from "@/lib/reports/plausibility";
import { expiryOf, factValueText } from "@/lib/supplier-profile/rules";

export const metadata: Metadata = { title: "Kwartaalrapportage" };

const toInput = (value: string | null) => (value === null ? "" : formatNumber(Number(value), 4));

type PageKpi = Awaited<ReturnType<typeof reportFormPage>>["kpis"][number];

/** What was reported, with its unit: "45 %", or for a score "score 3 (in uitvoering)". */
function reportedValue(kpi: PageKpi): string | null {
  const entered = kpi.entered;
  if (kpi.kind === "qualitative") return entered?.score ? formatTarget(String(entered.score), kpi) : null;
  return entered?.value == null ? null : formatMeasure(entered.value, kpi.indicator?.unitLabel);
}

/** A version's value of a KPI with its unit, a score with its meaning, or a dash. */
function snapshotValue(kpi: PageKpi, v: VersionCell["value"]): string {
  if (v?.score) return formatTarget(String(v.score), kpi);
  return v?.value ? formatMeasure(v.value, kpi.indicator?.unitLabel) : "–";
}

function threadRound(round: ReportRoundView): ThreadRound {
  const by = (name: string | null) => (name ? ` door ${name}` : "");
  return {
    ...round,
    asked: `Teruggestuurd${by(round.sentBackBy)} op ${formatDateTime(round.sentBackAt)}`,
    answered: round.answeredAt ? `Opnieuw ingediend${by(round.answeredBy)} op ${formatDateTime(round.answeredAt)}` : null,
  };
}

type Offers = Awaited<ReturnType<typeof reportFormPage>>["profileOffers"];

/** The choice to take the value from the supplier's own profile, when it has a fact for this KPI and quarter. */
function profileChoice(kpi: PageKpi, offers: Offers) {
  const fact = offers?.get(kpi.id);
  if (!fact) return null;
  const until = fact.validUntil ? ` (geldig tot ${formatDate(fact.validUntil)})` : "";
  return { label: `Neem over uit bedrijfsprofiel: ${factValueText(fact)}${until}`, checked: kpi.entered?.profileFactId === fact.id };
}

/** Where a value taken from the profile came from, marked when that fact has run out or soon will. */
function profileSource(kpi: PageKpi, today: string) {
  const entered = kpi.entered;
  if (!entered?.profileFactId) return null;
  const until = entered.profileValidUntil;
  const expiry = expiryOf(until, today);
  return {
    text: `Uit bedrijfsprofiel${until ? ` (geldig tot ${formatDate(until)})` : ""}, versie ${entered.profileFactVersion}.`,
    warning:
      until && expiry === "expired"
        ? `Het gegeven in het bedrijfsprofiel waar deze waarde op steunt, is verlopen op ${formatDate(until)}.`
        : until && expiry === "expiring"
          ? `Het gegeven in het bedrijfsprofiel waar deze waarde op steunt, verloopt binnenkort (${formatDate(until)}).`
          : null,
  };
}

export default async function ReportPage({ params }: { params: Promise<{ org: string; id: string; quarter: string }> }) {
  const { org, id, quarter } = await params;
  const page = await reportFormPage(org, id, quarter);
  const { contract, report, controls } = page;
  const base = `/${org}/contracten/${id}`;
  const save = saveReportAction.bind(null, org, id, page.key);
  const upload = uploadEvidenceAction.bind(null, org, id, page.key);
  const decide = decideReportAction.bind(null, org, id, page.key);
  const removeEvidence = deleteEvidenceAction.bind(null, org, id, page.key);
  const uploadValues = uploadValuesAction.bind(null, org, id, page.key);
  const evidenceLimit = evidenceUploadLimit();
  const kpis = page.kpis.map((kpi) => ({
    id: kpi.id,
    name: kpi.name,
    kind: kpi.kind,
    unit: kpi.indicator?.unitLabel ?? null,
    target: kpi.target === null ? null : formatTarget(kpi.target, kpi),
    scoreMeanings: kpi.scoreMeanings,
    value: toInput(kpi.entered?.value ?? null),
    activityUnit: kpi.indicator?.activityUnitLabel ?? null,
    quantity: toInput(kpi.entered?.quantity ?? null),
    score: kpi.entered?.score ? String(kpi.entered.score) : "",
    explanation: kpi.entered?.explanation ?? "",
    buyerComment: kpi.entered?.buyerComment ?? null,
    locked: !kpi.reopened,
    reported: reportedValue(kpi),
    flag: kpi.flags.length > 0 ? describeFlags(kpi.flags, kpi.indicator?.unitLabel ?? null) : null,
    evidenceRequired: kpi.evidenceRequired,
    evidenceMandatory: kpi.evidenceMandatory,
    profile: profileChoice(kpi, page.profileOffers),
    source: profileSource(kpi, page.today),
    evidence: (
      <>
        {kpi.evidence.length > 0 ? (
          <ul>
            {kpi.evidence.map((file) => (
              <li key={file.id}>
                <a href={`/api/v1/${org}/evidence/${file.id}`}>{file.fileName}</a>{" "}
                <span className="small">
                  ({file.sizeBytes < 1024 ? `${file.sizeBytes} bytes` : `${formatNumber(file.sizeBytes / 1024, 0)} kB`} · SHA-256{" "}
                  {file.sha256.slice(0, 12)}…)
                </span>
                {controls.canEdit && kpi.reopened ? (
                  <>
                    {" "}
                    <DeleteEvidenceButton action={removeEvidence} evidenceId={file.id} fileName={file.fileName} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="small">Nog geen bewijs toegevoegd.</p>
        )}
        {controls.canEdit && kpi.reopened ? (
          <EvidenceUpload action={upload} kpiId={kpi.id} kpiName={kpi.name} limit={evidenceLimit} />
        ) : null}
      </>
    ),
  }));
  return (
    <>
      <p className="small">
        <Link href={base}>← {contract.title}</Link> · <Link href={`/${org}/rapportages`}>Alle rapportages</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Rapportage {quarterLongLabel(page.quarter)}</h1>
          <p>
            {contract.title} · uiterlijk in te dienen op {formatDate(page.dueDate)} ·{" "}
            <Badge tone={page.status === "accepted" ? "green" : page.status === "overdue" || page.status === "sent_back" ? "red" : "amber"}>
              {DISPLAY_STATUSES[page.status]}
            </Badge>
          </p>
          {page.late ? (
            <p>
              <strong style={{ color: "var(--red-700)" }}>{lateSubmissionText(page.late)}</strong>
            </p>
          ) : null}
        </div>
      </div>
      {report?.decisionComment ? (
        <div className="alert" role="note">
          Toelichting bij het besluit: {report.decisionComment}
        </div>
      ) : null}
      {kpis.length === 0 ? (
        <p>Er zijn geen actieve KPI&apos;s in dit kwartaal; er valt niets te rapporteren.</p>
      ) : (
        <ReportForm
          resetKey={report?.status ?? "draft"}
          valuesUpload={
            controls.canEdit
              ? {
                  action: uploadValues,
                  templateUrl: `/api/v1/${org}/contracts/${id}/reports/${page.key}/template`,
                  limit: SPREADSHEET_UPLOAD_LIMIT,
                }
              : undefined
          }
          action={save}
          version={report ? String(report.version) : ""}
          narrative={report?.narrative ?? ""}
          kpis={kpis}
          editable={controls.canEdit}
          readOnly={
            <ReportValues
              narrative={report?.narrative ?? ""}
              kpis={page.kpis.map((kpi, i) => ({
                ...kpis[i],
                value: reportedValue(kpi),
                quantity: kpi.entered?.quantity == null ? null : formatMeasure(kpi.entered.quantity, kpi.indicator?.activityUnitLabel),
                verification: page.verification.get(kpi.id),
              }))}
            />
          }
          canSubmit={controls.canSubmit}
        />
      )}
      {controls.canDecide && report ? (
        <section className="card" aria-labelledby="decide-heading">
          <h2 id="decide-heading">Beoordelen</h2>
          <p>Accepteer de rapportage, of stuur haar terug met een opmerking bij de KPI&apos;s die de leverancier moet aanpassen.</p>
          <DecideReportForm
            action={decide}
            reportId={report.id}
            version={report.version}
            kpis={page.kpis.map((k) => ({ id: k.id, name: k.name }))}
          />
        </section>
      ) : null}
      {page.rounds.length > 0 ? <ReportThread rounds={page.rounds.map(threadRound)} /> : null}
      {page.submissions.length > 0 ? (
        <ReportVersions
          versions={page.submissions.map((v) => ({
            number: v.submissionNumber,
            submitted: `${formatDateTime(v.submittedAt)}${v.submittedByName ? ` · ${v.submittedByName}` : ""}`,
          }))}
          rows={page.kpis.map((kpi) => ({
            id: kpi.id,
            name: kpi.name,
            cells: versionCells(
              page.submissions.map((v) => v.snapshot),
              kpi.id,
            ).map(({ value, changed }) => ({
              shown: snapshotValue(kpi, value),
              explanation: value?.explanation ?? null,
              changed,
              evidence: (value?.evidence ?? []).map((f) => ({ ...f, href: `/api/v1/${org}/evidence/${f.id}` })),
            })),
          }))}
        />
      ) : null}
    </>
  );
}
