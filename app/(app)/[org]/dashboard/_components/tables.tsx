"use client";

import Link from "next/link";
import type { DashboardView } from "@/lib/dashboard/shape";
import { formatShare, shareBand, shareOf } from "@/lib/dashboard/rules";
import { formatEuroCents, formatMeasure } from "@/lib/format";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { Empty } from "./section";

const ql = (key: string | null) => (key ? quarterLabel(quarterFromKey(key)) : "—");
const WORST = ["geen scores", "alles op koers", "slechtste: risico", "slechtste: niet op koers"];

export function PromisesTable({ org, promises }: { org: string; promises: DashboardView["promises"] }) {
  if (promises.total === 0) return <Empty>Er zijn nog geen toezeggingen uit de inschrijvingen vastgelegd.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Toezeggingen naast de gerealiseerde waarden, tekorten eerst</caption>
        <thead>
          <tr>
            <th scope="col">Contract</th>
            <th scope="col">Toezegging</th>
            <th scope="col" className="num">
              Toegezegd
            </th>
            <th scope="col" className="num">
              Gerealiseerd
            </th>
            <th scope="col">Oordeel</th>
          </tr>
        </thead>
        <tbody>
          {promises.rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link href={`/${org}/contracten/${p.contractId}`}>{p.title}</Link>
              </th>
              <td>
                {p.description}
                <br />
                <span className="muted small">{p.indicatorName}</span>
              </td>
              <td className="num">{formatMeasure(p.promised, p.unitLabel)}</td>
              <td className="num">
                {formatMeasure(p.realised, p.unitLabel)}
                {p.realisedQuarter ? <span className="muted small"> ({ql(p.realisedQuarter)})</span> : null}
              </td>
              <td>
                {p.gap === null ? (
                  <span className="badge badge-grey">Nog geen levering</span>
                ) : p.gap > 0 ? (
                  <span className="badge badge-red">Schiet tekort: {formatMeasure(p.gap, p.unitLabel)}</span>
                ) : (
                  <span className="badge badge-green">Waargemaakt</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Contracts × quarters: colour and the words "1 van 2 op koers" in every cell, never colour alone. */
export function Heatmap({
  org,
  heatmap,
  quarters,
  closedQuarters = [],
}: {
  org: string;
  heatmap: DashboardView["heatmap"];
  quarters: string[];
  closedQuarters?: string[];
}) {
  if (heatmap.rows.length === 0) return <Empty>Nog geen definitieve kwartaalgesprekken in deze periode.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data heatmap">
        <caption className="visually-hidden">KPI's op koers per contract en kwartaal, uit definitieve kwartaalgesprekken</caption>
        <thead>
          <tr>
            <th scope="col">Contract</th>
            <th scope="col" className="num">
              Periode
            </th>
            <th scope="col" className="num">
              Totaalscore (laatste)
            </th>
            {quarters.map((q) => (
              <th key={q} scope="col" className="num">
                {ql(q)}
                {closedQuarters.includes(q) ? <span className="period-closed-mark">Afgesloten</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => {
            const cells = new Map(row.cells.map((c) => [c.quarter, c]));
            return (
              <tr key={row.contractId}>
                <th scope="row">
                  <Link href={`/${org}/contracten/${row.contractId}`}>{row.title}</Link>
                </th>
                <td className="num">{formatShare(row.share)}</td>
                <td className="num">{row.latestScore ?? "–"}</td>
                {quarters.map((q) => {
                  const cell = cells.get(q);
                  if (!cell)
                    return (
                      <td key={q} className="heat heat-empty">
                        <span className="visually-hidden">geen review</span>
                      </td>
                    );
                  const share = shareOf(cell.onTrack, cell.scored);
                  return (
                    <td
                      key={q}
                      className={`heat heat-${shareBand(share).band}`}
                      title={`${WORST[cell.worst]}${cell.score === null ? "" : `, totaalscore ${cell.score}`}`}
                    >
                      {cell.scored > 0 ? `${cell.onTrack}/${cell.scored}` : "–"}
                      <span className="visually-hidden">
                        {" "}
                        op koers, {WORST[cell.worst]}
                        {cell.score === null ? "" : `, totaalscore ${cell.score}`}
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Average overall scores per supplier or purchasing package, lowest first. */
export function ScoreTable({ caption, first, groups }: { caption: string; first: string; groups: DashboardView["scores"]["bySupplier"] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col" className="num">
              Gemiddelde totaalscore
            </th>
            <th scope="col" className="num">
              Reviews
            </th>
            <th scope="col" className="num">
              Contracten
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.name}>
              <th scope="row">{g.name}</th>
              <td className="num">{g.score}</td>
              <td className="num">{g.reviews}</td>
              <td className="num">{g.contracts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AttentionTable({ org, attention }: { org: string; attention: DashboardView["attention"] }) {
  if (attention.total === 0)
    return <Empty>Geen contracten met KPI&apos;s niet op koers, achterstallige rapportages of verlopen acties.</Empty>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">Contracten die aandacht vragen</caption>
        <thead>
          <tr>
            <th scope="col">Contract</th>
            <th scope="col" className="num">
              KPI&apos;s niet op koers
            </th>
            <th scope="col" className="num">
              Rapportages te laat
            </th>
            <th scope="col" className="num">
              Acties over datum
            </th>
          </tr>
        </thead>
        <tbody>
          {attention.rows.map((a) => (
            <tr key={a.contractId}>
              <th scope="row">
                <Link href={`/${org}/contracten/${a.contractId}`}>{a.title}</Link>
              </th>
              <td className="num">{a.offTrack > 0 ? `${a.offTrack} (${ql(a.reviewQuarter)})` : "0"}</td>
              <td className="num">{a.overdueReports > 0 ? `${a.overdueReports} (oudste ${ql(a.oldestOverdue)})` : "0"}</td>
              <td className="num">{a.overdueActions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MalusTable({ org, malus }: { org: string; malus: DashboardView["malus"] }) {
  if (malus.perContract.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>Malus per contract</caption>
        <thead>
          <tr>
            <th scope="col">Contract</th>
            <th scope="col" className="num">
              Malus
            </th>
            <th scope="col" className="num">
              Kwartalen met malus
            </th>
          </tr>
        </thead>
        <tbody>
          {malus.perContract.map((m) => (
            <tr key={m.contractId}>
              <th scope="row">
                <Link href={`/${org}/contracten/${m.contractId}`}>{m.title}</Link>
              </th>
              <td className="num">{formatEuroCents(m.cents)}</td>
              <td className="num">{m.quarters}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
