"use client";

import { TargetChart } from "@/app/(app)/[org]/waardenwiel/doelstellingen/_components/target-chart";
import { FILTER_PARAMS } from "@/lib/dashboard/filters";
import type { DashboardView } from "@/lib/dashboard/shape";
import { formatShare, formatVerifiedShare } from "@/lib/dashboard/rules";
import { formatEuroCents, formatMeasure, formatNumber, formatPercent } from "@/lib/format";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { DisciplineBars, ValueBars } from "./charts";
import { ChartData } from "@/app/_components/ui/chart-data";
import { Empty, Section } from "./section";
import { AttentionTable, Heatmap, MalusTable, PromisesTable, ScoreTable } from "./tables";
import { PrintHeader } from "./print-header";
import { PeriodStatus } from "./period-status";
import { WheelProgress } from "./wheel-progress";

type Props = { data: DashboardView; org: string; orgName: string; search: string; onChange: (next: URLSearchParams) => void };

const ql = (key: string) => quarterLabel(quarterFromKey(key));

export function Sections({ data, org, orgName, search, onChange }: Props) {
  const common = { org, search };
  const period = `${ql(data.filters.from)} t/m ${ql(data.filters.to)}`;
  const unit = data.packages.indicator?.unitLabel ?? "";
  const disciplineRows = data.discipline.map((d) => ({ ...d, label: ql(d.quarter) }));
  const chooseIndicator = (id: string) => {
    const next = new URLSearchParams(search);
    next.set(FILTER_PARAMS.indicatorId, id);
    onChange(next);
  };
  return (
    <>
      <PrintHeader data={data} orgName={orgName} />
      <PeriodStatus data={data} />
      <p className="verified-summary">
        {data.verification.values === 0
          ? `Nog geen geaccepteerde waarden in ${period}.`
          : `${formatShare(data.verification.share)} van de ${data.verification.values} geaccepteerde waarden in ${period} is geverifieerd (${data.verification.verifiedValues}); betwiste en nog niet geverifieerde waarden tellen niet als geverifieerd.${data.filters.verifiedOnly ? " De cijfers hieronder tonen alleen geverifieerde waarden." : ""}`}
      </p>
      <Section
        id="waardenwiel"
        title="Waardenwiel naar voortgang"
        exports={["themas"]}
        {...common}
        intro={`Per thema het aandeel KPI's op koers in het laatste definitieve kwartaalgesprek van elk contract (${period}), met de trend ten opzichte van het gesprek daarvoor. Niet gescoorde KPI's tellen niet mee.`}
      >
        {data.wheel.themes.length === 0 ? (
          <Empty>Er is nog geen Waardenwiel van de organisatie.</Empty>
        ) : (
          <WheelProgress wheel={data.wheel} />
        )}
      </Section>

      <Section
        id="witte-vlekken"
        title="Witte vlekken"
        exports={["witte-vlekken"]}
        {...common}
        intro="Thema's met de hoogste prioriteit waar geen enkele actieve KPI aan bijdraagt."
      >
        {data.gaps.length === 0 ? (
          <Empty>Elk thema met de hoogste prioriteit wordt door ten minste één actieve KPI gediend.</Empty>
        ) : (
          <ul className="gap-list">
            {data.gaps.map((g) => (
              <li key={g.id}>
                <strong>{g.name}</strong>{" "}
                <span className="muted small">
                  ({g.pillarLabel}, prioriteit {g.priorityRank})
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section
        id="doelstellingen"
        title="Doelstellingen"
        exports={["doelstellingen"]}
        {...common}
        intro={`De gerealiseerde waarden van ${data.filters.verifiedOnly ? "alleen geverifieerde waarden van " : ""}alle contracten op de indicator van de doelstelling, per jaar (alle jaren; de contractfilters gelden wel), tegen de doellijn. Het aandeel geverifieerd telt in waarden, niet in hun som.`}
      >
        {data.targets.length === 0 ? <Empty>Er zijn nog geen doelstellingen vastgelegd.</Empty> : null}
        {data.targets.map((t) => (
          <div key={t.id} className="dashboard-target">
            <h3>{t.name}</h3>
            <TargetChart
              description={`${t.textAlternative} Gerealiseerd: ${
                t.years
                  .filter((y) => y.actual !== null)
                  .map(
                    (y) =>
                      `${y.year} ${formatMeasure(y.actual, t.unitLabel)}${y.incomplete ? ` (onvolledig, ${y.quarters} van 4 kwartalen)` : ""}`,
                  )
                  .join(", ") || "nog niets"
              }.`}
              unitLabel={t.unitLabel}
              series={t.years.map((y) => ({ year: y.year, target: y.target ?? undefined, kind: y.kind }))}
              actuals={t.years.filter((y) => y.actual !== null && y.charted).map((y) => ({ year: y.year, value: y.actual! }))}
              percentage={t.percentage}
            />
            {t.fed ? (
              <p className="small">
                {t.years
                  .filter((y) => y.actual !== null)
                  .slice(-2)
                  .map(
                    (y) =>
                      `${y.year}: ${formatMeasure(y.actual, t.unitLabel)} uit ${y.contracts} ${y.contracts === 1 ? "contract" : "contracten"}, ${y.quarters} van 4 kwartalen${y.incomplete ? ` (onvolledig${y.charted ? "" : ", niet in de grafiek"})` : ""}${y.baseShare === null ? "" : `, ${formatPercent(y.baseShare * 100, 1)} van het basisjaar`}; ${formatVerifiedShare(y.verifiedShare)}`,
                  )
                  .join(" · ")}
              </p>
            ) : (
              <p className="small muted">
                Nog geen contract levert cijfers voor deze doelstelling: geen KPI meet {t.indicatorName} of een intensiteit die daarin
                omrekent (zoals per maaltijd of per ton, met de hoeveelheid van het kwartaal). Kies bij een KPI van een contract deze
                indicator, of een intensiteit die erin omrekent.
              </p>
            )}
            <ChartData
              caption={`${t.name}: doel en realisatie per jaar`}
              columns={["Jaar", "Doel", "Gerealiseerd", "Contracten", "Kwartalen", "Geverifieerd (van de waarden)"]}
              rows={t.years.map((y) => [
                y.year,
                formatMeasure(y.target, t.unitLabel),
                y.incomplete ? `${formatMeasure(y.actual, t.unitLabel)} (onvolledig)` : formatMeasure(y.actual, t.unitLabel),
                y.contracts,
                y.actual === null ? "—" : `${y.quarters} van 4`,
                y.values === 0 ? "—" : `${formatShare(y.verifiedShare)} (${y.verifiedValues} van ${y.values})`,
              ])}
            />
          </div>
        ))}
      </Section>

      <Section
        id="pakketten"
        title={`${data.packages.indicator?.name ?? "Uitstoot"} per inkooppakket`}
        exports={["pakketten"]}
        {...common}
        intro={`De som van de geaccepteerde${data.filters.verifiedOnly ? " en geverifieerde" : ""} waarden in ${period}. Het aandeel geverifieerd telt in waarden, niet in hun som.`}
      >
        {data.options.indicators.length > 1 ? (
          <div className="field inline-field no-print">
            <label htmlFor="f-indicator">Indicator</label>
            <select id="f-indicator" value={data.packages.indicator?.id ?? ""} onChange={(e) => chooseIndicator(e.target.value)}>
              {data.options.indicators.map((i) => (
                <option key={i.id} value={i.id}>{`${i.name} (${i.unitLabel})`}</option>
              ))}
            </select>
          </div>
        ) : null}
        {data.packages.bars.length === 0 ? (
          <Empty>Nog geen geaccepteerde waarden van een optelbare indicator in deze periode.</Empty>
        ) : (
          <>
            <ValueBars
              unit={unit}
              data={data.packages.bars.map((b) => ({ label: b.label, value: b.value }))}
              description={`${data.packages.indicator?.name} per inkooppakket, ${period}: ${data.packages.bars.map((b) => `${b.label} ${formatMeasure(b.value, unit)} (${formatVerifiedShare(b.verifiedShare)})`).join(", ")}.`}
            />
            <ChartData
              caption="Waarde per inkooppakket"
              columns={["Inkooppakket", `Waarde (${unit})`, "Contracten", "Geverifieerd (van de waarden)"]}
              rows={data.packages.bars.map((b) => [
                b.label,
                formatNumber(b.value),
                b.contracts,
                `${formatShare(b.verifiedShare)} (${b.verifiedValues} van ${b.values})`,
              ])}
            />
          </>
        )}
      </Section>

      <Section
        id="toezeggingen"
        title="Toezegging en levering"
        exports={["toezeggingen"]}
        {...common}
        intro={`${data.promises.short} van ${data.promises.total} toezeggingen worden niet waargemaakt; ${data.promises.noData} nog zonder geaccepteerde waarde. Tekorten eerst${data.promises.total > data.promises.rows.length ? `; de eerste ${data.promises.rows.length} staan hier, de export bevat alle` : ""}.`}
      >
        <PromisesTable org={org} promises={data.promises} />
      </Section>

      <Section
        id="malus"
        title="Malus"
        exports={[
          { table: "malus-kwartaal", label: "per kwartaal" },
          { table: "malus-contract", label: "per contract" },
        ]}
        {...common}
        intro={`Totaal ${formatEuroCents(data.malus.totalCents)} bij ${data.malus.contractsWithMalus} ${data.malus.contractsWithMalus === 1 ? "contract" : "contracten"}, uit definitieve kwartaalgesprekken in ${period}.`}
      >
        {data.malus.perQuarter.length === 0 ? (
          <Empty>Geen definitieve kwartaalgesprekken in deze periode.</Empty>
        ) : (
          <>
            <ValueBars
              euros
              unit="€"
              colour="#a4262c"
              data={data.malus.perQuarter.map((m) => ({ label: ql(m.quarter), value: m.cents / 100 }))}
              description={`Malus per kwartaal: ${data.malus.perQuarter.map((m) => `${ql(m.quarter)} ${formatEuroCents(m.cents)}`).join(", ")}.`}
            />
            <ChartData
              caption="Malus per kwartaal"
              columns={["Kwartaal", "Malus", "Contracten met malus"]}
              rows={data.malus.perQuarter.map((m) => [
                data.closedQuarters.includes(m.quarter) ? `${ql(m.quarter)} (afgesloten)` : ql(m.quarter),
                formatEuroCents(m.cents),
                m.contracts,
              ])}
            />
            <MalusTable org={org} malus={data.malus} />
          </>
        )}
      </Section>

      <Section
        id="totaalscore"
        title="Totaalscore per leverancier en inkooppakket"
        exports={[
          { table: "totaalscore-leverancier", label: "per leverancier" },
          { table: "totaalscore-pakket", label: "per inkooppakket" },
        ]}
        {...common}
        intro={`Het gemiddelde van de totaalscores (0–100) van de definitieve kwartaalgesprekken in ${period}, de laagste eerst. Een totaalscore is het gewogen gemiddelde van de afgesproken scores: op koers 100, risico 50, niet op koers 0 punten, hoogstens 50 als een knock-out-KPI niet op koers is.`}
      >
        {data.scores.bySupplier.length === 0 ? (
          <Empty>Geen definitieve kwartaalgesprekken met een totaalscore in deze periode.</Empty>
        ) : (
          <>
            <ScoreTable caption="Gemiddelde totaalscore per leverancier" first="Leverancier" groups={data.scores.bySupplier} />
            <ScoreTable caption="Gemiddelde totaalscore per inkooppakket" first="Inkooppakket" groups={data.scores.byPackage} />
          </>
        )}
      </Section>

      <Section
        id="rapportagediscipline"
        title="Rapportagediscipline"
        exports={["rapportagediscipline"]}
        {...common}
        intro="Per kwartaal: rapportages op tijd (eerste indiening uiterlijk op de uiterste datum), te laat, ontbrekend (datum verstreken) en nog niet verschuldigd."
      >
        {disciplineRows.length === 0 ? (
          <Empty>Geen rapportages verschuldigd in deze periode.</Empty>
        ) : (
          <>
            <DisciplineBars
              data={disciplineRows}
              description={`Rapportagediscipline: ${disciplineRows.map((d) => `${d.label}: ${d.onTime} op tijd, ${d.late} te laat, ${d.missing} ontbreekt`).join("; ")}.`}
            />
            <ChartData
              caption="Rapportages per kwartaal"
              columns={["Kwartaal", "Op tijd", "Te laat", "Ontbreekt", "Nog niet verschuldigd"]}
              rows={disciplineRows.map((d) => [d.label, d.onTime, d.late, d.missing, d.notDue])}
            />
          </>
        )}
      </Section>

      <Section
        id="heatmap"
        title="KPI-status per contract en kwartaal"
        exports={["heatmap"]}
        {...common}
        intro={`KPI's op koers van het aantal gescoorde, per definitief kwartaalgesprek; de contracten met het laagste aandeel eerst${data.heatmap.contracts > data.heatmap.rows.length ? ` (${data.heatmap.rows.length} van ${data.heatmap.contracts}; de export bevat alle)` : ""}. Groen: ten minste 75 % op koers, oranje: ten minste 50 %, rood: minder.`}
      >
        <Heatmap org={org} heatmap={data.heatmap} quarters={data.quarters} closedQuarters={data.closedQuarters} />
      </Section>

      <Section
        id="aandacht"
        title="Contracten die aandacht vragen"
        exports={["aandacht"]}
        {...common}
        intro={`${data.attention.total} ${data.attention.total === 1 ? "contract" : "contracten"} met KPI's niet op koers in het laatste definitieve gesprek, rapportages over de uiterste datum of open acties over datum.`}
      >
        <AttentionTable org={org} attention={data.attention} />
      </Section>
      <p className="muted small print-only">Aandeel op koers: {formatShare(null)} betekent nog geen gescoorde KPI&apos;s.</p>
    </>
  );
}
