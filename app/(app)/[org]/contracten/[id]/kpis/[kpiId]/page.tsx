import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { decimalInput, formatDateTime, formatMeasure } from "@/lib/format";
import { formatTarget, growthPathChart, unitOf } from "@/lib/kpis/chart";
import { INTERPOLATIONS } from "@/lib/kpis/growth-path";
import { pathInterpolation } from "@/lib/kpis/rules";
import { malusFormValues } from "@/lib/malus/rule-form";
import type { MalusRule } from "@/lib/malus/rule";
import { describeKpiMalus } from "@/lib/malus/sentence";
import { kpiDetailPage } from "@/lib/kpis/pages";
import { counterpartyLabel, isChangeToAgreedKpi } from "@/lib/kpis/policy";
import { KPI_LIFECYCLE, SIDE_LABELS } from "@/lib/kpis/proposal";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import {
  decideKpiAction,
  setGrowthPathAction,
  setKpiThemesAction,
  setMalusRuleAction,
  updateKpiAction,
  withdrawKpiChangeAction,
} from "../actions";
import { ChangeSummary } from "../_components/change-summary";
import { DecideKpi, WithdrawKpiChange } from "../_components/decide-kpi";
import { GrowthPathChart } from "../_components/growth-path-chart";
import { KpiFacts } from "../_components/kpi-facts";
import { KpiForm } from "../_components/kpi-form";
import { GrowthPathForm, KpiThemesForm, MalusRuleForm } from "./client";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "KPI" };

const NOTICES: Record<string, string> = {
  voorgesteld: "Je voorstel is opgeslagen. De andere partij kan het nu accepteren of afwijzen.",
  geaccepteerd: "Het voorstel is geaccepteerd: de KPI is actief.",
  afgewezen: "Het voorstel is afgewezen.",
  "wijziging-geaccepteerd": "De wijziging is geaccepteerd: de KPI is weer actief, met de gewijzigde afspraken.",
  "wijziging-afgewezen": "De wijziging is afgewezen: de afgesproken versie van de KPI geldt weer.",
  "wijziging-ingetrokken": "Je wijziging is ingetrokken: de afgesproken versie van de KPI geldt weer.",
  "uit-toezegging":
    "De toezegging is omgezet in een KPI-voorstel met een groeipad naar de toegezegde waarde. De opdrachtnemer beslist erover.",
};

const label = (key: string | null) => (key ? quarterLabel(quarterFromKey(key)) : "—");

export default async function KpiPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string; kpiId: string }>;
  searchParams: Promise<{ melding?: string }>;
}) {
  const { org, id, kpiId } = await params;
  const { melding } = await searchParams;
  const page = await kpiDetailPage(org, id, kpiId);
  const { kpi, contract, controls } = page;
  const unit = unitOf(kpi);
  const chart = growthPathChart(
    kpi,
    page.quarters.map((q) => quarterFromKey(q.key)),
  );
  const lifecycle = KPI_LIFECYCLE[kpi.status];
  const malus = describeKpiMalus(
    { obligation: kpi.obligation, malusRule: kpi.malusRule as MalusRule | null },
    unit,
    kpi.indicator?.direction,
    { period: contract.malusCapPeriod, startDate: contract.startDate },
    kpi.indicator?.activityUnitLabel,
  );
  const latest = kpi.versions.at(-1);
  const list = `/${org}/contracten/${id}/kpis`;
  const change = isChangeToAgreedKpi(kpi);
  const side = page.actor.org.kind;
  const otherSide = side === "buyer" ? "supplier" : "buyer";
  // Before an agreed KPI is changed, say where the change goes; the notice after saving repeats it.
  const reopenNote = `Deze KPI is afgesproken met ${counterpartyLabel(otherSide, contract)}. Een wijziging gaat als voorstel naar die partij: tot die haar accepteert, staat de KPI op "Voorgesteld". Wordt ze afgewezen, dan geldt weer de afgesproken versie.`;
  return (
    <>
      <p className="small">
        <Link href={list}>← KPI&apos;s van {contract.title}</Link>
      </p>
      {melding && NOTICES[melding] ? <Notice arrival>{NOTICES[melding]}</Notice> : null}
      <div className="page-header">
        <div>
          <h1>{kpi.name}</h1>
          <p>
            <Badge tone={lifecycle.tone}>{lifecycle.label}</Badge> · {change ? "wijziging voorgesteld" : "voorgesteld"} door de{" "}
            {SIDE_LABELS[kpi.proposedByKind]}
            {kpi.proposedByName ? ` (${kpi.proposedByName})` : ""}
          </p>
        </div>
        {controls.mayDecide ? (
          <DecideKpi
            action={decideKpiAction.bind(null, org, id, "detail")}
            id={kpi.id}
            version={kpi.version}
            name={kpi.name}
            change={change}
          />
        ) : controls.mayWithdraw ? (
          <WithdrawKpiChange action={withdrawKpiChangeAction.bind(null, org, id)} id={kpi.id} version={kpi.version} name={kpi.name} />
        ) : null}
      </div>
      {change ? (
        <Notice tone="info">
          <p>
            Deze KPI was afgesproken. De {SIDE_LABELS[kpi.proposedByKind]} stelt een wijziging voor; tot de{" "}
            {SIDE_LABELS[kpi.proposedByKind === "buyer" ? "supplier" : "buyer"]} die accepteert, staat de KPI op &quot;Voorgesteld&quot;.
            Wordt de wijziging afgewezen of ingetrokken, dan geldt weer de afgesproken versie.
          </p>
          <ChangeSummary page={page} unit={unit} />
        </Notice>
      ) : null}
      {kpi.status === "active" && page.started ? (
        <Notice tone="info">
          Dit contract is gestart: deze KPI wijzigt alleen nog via het kwartaalgesprek, waar beide partijen besluiten over een bijgesteld
          groeipad of het laten vervallen van de KPI. De doelen van eerdere kwartalen blijven staan.
        </Notice>
      ) : null}
      {kpi.status === "active" && kpi.rejectionReason ? (
        <Notice tone="info">Het laatste voorstel om deze KPI te wijzigen is afgewezen: {kpi.rejectionReason}</Notice>
      ) : null}
      {kpi.status === "rejected" ? (
        <div className="alert alert-error" role="note">
          Afgewezen{kpi.decidedByName ? ` door ${kpi.decidedByName}` : ""}: {kpi.rejectionReason}
        </div>
      ) : null}

      <div className="grid-2">
        <KpiFacts kpi={kpi} promisesHref={`/${org}/contracten/${id}/toezeggingen`} />
        <section className="card" aria-labelledby="thema">
          <h2 id="thema">Waardenwiel</h2>
          {kpi.themes.length > 0 ? (
            <ul className="theme-list">
              {kpi.themes.map((t) => (
                <li key={t.id}>{t.name}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nog niet gekoppeld aan een thema van het Waardenwiel.</p>
          )}
          {page.themes.length === 0 ? (
            <p className="small muted">
              Dit contract heeft nog geen eigen Waardenwiel.{" "}
              <Link href={`/${org}/contracten/${id}/waardenwiel`}>Naar het Waardenwiel van dit contract</Link>
            </p>
          ) : controls.themes !== "none" ? (
            <>
              {controls.themes === "reopen" ? <p className="small muted">{reopenNote}</p> : null}
              <KpiThemesForm
                action={setKpiThemesAction.bind(null, org, id)}
                id={kpi.id}
                version={kpi.version}
                themes={page.themes}
                selected={kpi.themes.map((t) => t.id)}
                submitLabel={controls.themes === "reopen" ? "Wijziging voorstellen" : "Thema's opslaan"}
              />
            </>
          ) : null}
        </section>
      </div>

      {page.innovations.length > 0 ? (
        <section className="card" aria-labelledby="innovaties">
          <h2 id="innovaties">Innovaties die op deze KPI effect hebben</h2>
          <ul>
            {page.innovations.map((i) => (
              <li key={i.id}>
                <Link href={`/${org}/contracten/${id}/innovaties#innovatie-${i.id}`}>{i.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="groeipad">
        <h2 id="groeipad">Groeipad</h2>
        {latest ? (
          <>
            <p className="muted small">
              {INTERPOLATIONS[pathInterpolation(kpi.kind, latest.interpolation)]}. Versie {latest.version}, geldt vanaf{" "}
              {label(latest.effectiveFrom)}
              {latest.reason ? `: ${latest.reason.replace(/[.!?]$/, "")}` : ""}.
            </p>
            <GrowthPathChart
              description={chart.description}
              unitLabel={chart.unit}
              quarters={page.quarters}
              targets={chart.targets}
              milestones={chart.milestones}
              superseded={chart.superseded}
              changes={chart.changes}
              nowKey={page.currentQuarter}
            />
            <details className="target-table">
              <summary>Doelen per kwartaal als tabel</summary>
              <div className="table-wrap">
                <table className="data">
                  <caption className="visually-hidden">Doel per kwartaal van {kpi.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Kwartaal</th>
                      <th scope="col" className="num">
                        Doel ({unit})
                      </th>
                      <th scope="col">Versie</th>
                      <th scope="col">Mijlpaal</th>
                    </tr>
                  </thead>
                  <tbody>
                    {kpi.targets.map((t) => (
                      <tr key={t.key}>
                        <th scope="row">{quarterLabel(t.quarter)}</th>
                        <td className="num">{t.target === undefined ? "—" : formatTarget(t.target, kpi)}</td>
                        <td>{t.version ?? "—"}</td>
                        <td>{t.isMilestone ? "ja" : ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
            {kpi.versions.length > 1 ? (
              <>
                <h3>Versies</h3>
                <ol className="version-list">
                  {kpi.versions.map((v) => (
                    <li key={v.version}>
                      Versie {v.version}, vanaf {label(v.effectiveFrom)} ({formatDateTime(v.createdAt)}){v.reason ? `: ${v.reason}` : ""}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </>
        ) : (
          <p className="muted">Er is nog geen groeipad vastgelegd.</p>
        )}
        {controls.path !== "none" ? (
          <details className="edit-details" open={!latest}>
            <summary>
              {controls.path === "reopen" ? "Wijziging van het groeipad voorstellen" : latest ? "Groeipad wijzigen" : "Groeipad vastleggen"}
            </summary>
            {controls.path === "reopen" ? <p className="small muted">{reopenNote}</p> : null}
            <GrowthPathForm
              action={setGrowthPathAction.bind(null, org, id)}
              id={kpi.id}
              version={kpi.version}
              quarters={page.quarters}
              initial={(latest?.milestones ?? []).map((m) => ({ quarter: m.quarter, value: decimalInput(m.value) }))}
              interpolation={latest?.interpolation ?? "linear"}
              unitLabel={unit}
              scoreMeanings={kpi.kind === "qualitative" ? (kpi.scoreMeanings ?? {}) : null}
              submitLabel={controls.path === "reopen" ? "Wijziging voorstellen" : "Groeipad opslaan"}
            />
          </details>
        ) : null}
      </section>

      <section className="card" aria-labelledby="malus">
        <h2 id="malus">Malus</h2>
        <p className="malus-sentence">{malus}</p>
        {controls.malus !== "none" ? (
          <details className="edit-details">
            <summary>
              {controls.malus === "reopen"
                ? "Wijziging van de malusregel voorstellen"
                : `Malusregel ${kpi.malusRule ? "wijzigen" : "vastleggen"}`}
            </summary>
            {controls.malus === "reopen" ? <p className="small muted">{reopenNote}</p> : null}
            <MalusRuleForm
              action={setMalusRuleAction.bind(null, org, id)}
              id={kpi.id}
              version={kpi.version}
              initial={malusFormValues(kpi.malusRule as MalusRule | null)}
              unitLabel={unit}
              submitLabel={controls.malus === "reopen" ? "Wijziging voorstellen" : "Malusregel opslaan"}
            />
          </details>
        ) : kpi.obligation === "resultaat" && side === "supplier" ? (
          <p className="small muted">De malusregel legt de opdrachtgever vast.</p>
        ) : kpi.obligation === "resultaat" && kpi.status === "active" && controls.edit === "none" && side === "buyer" ? (
          <p className="small muted">
            Het contract loopt: een malusregel leg je nu vast of wijzig je met een besluit in de{" "}
            <Link href={`/${org}/contracten/${id}/reviews`}>kwartaalreview</Link> (Besluiten → Malusregel vastleggen). Hij geldt vanaf het
            kwartaal daarna.
          </p>
        ) : null}
      </section>

      {controls.edit !== "none" ? (
        <section className="card" aria-labelledby="wijzigen">
          <h2 id="wijzigen">{controls.edit === "reopen" ? "Wijziging voorstellen" : "KPI wijzigen"}</h2>
          {controls.edit === "reopen" ? <p className="muted">{reopenNote}</p> : null}
          {kpi.status === "proposed" && kpi.proposedByKind !== side ? (
            <p className="muted">Als je dit voorstel wijzigt, wordt het jouw tegenvoorstel: daarna beslist de andere partij.</p>
          ) : null}
          <KpiForm
            action={updateKpiAction.bind(null, org, id)}
            initial={{
              id: kpi.id,
              version: kpi.version,
              name: kpi.name,
              description: kpi.description ?? "",
              indicatorId: kpi.indicatorId ?? "",
              kind: kpi.kind,
              obligation: kpi.obligation,
              scoreMeanings: kpi.scoreMeanings ?? { "1": "", "2": "", "3": "", "4": "" },
              baselineValue: kpi.baselineValue === null ? "" : formatMeasure(kpi.baselineValue, ""),
              baselineQuarter: kpi.baselineQuarter ? label(kpi.baselineQuarter) : "",
              measurement: kpi.measurement ?? "",
              evidenceRequired: kpi.evidenceRequired ?? "",
              evidenceMandatory: kpi.evidenceMandatory,
              knockOut: kpi.knockOut,
              weight: formatMeasure(kpi.weight, ""),
              themeIds: kpi.themes.map((t) => t.id),
            }}
            indicators={page.indicators.map((i) => ({ ...i, own: i.own !== null }))}
            themes={page.themes}
            submitLabel={controls.edit === "reopen" ? "Wijziging voorstellen" : "KPI opslaan"}
          />
        </section>
      ) : null}
    </>
  );
}
