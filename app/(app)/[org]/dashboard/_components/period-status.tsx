"use client";

import type { DashboardView } from "@/lib/dashboard/shape";
import { quarterFromKey, quarterLabel } from "@/lib/periods";

const ql = (key: string) => quarterLabel(quarterFromKey(key));

/**
 * Which quarters of the period are closed (their figures are the close's record) and the
 * corrections to closed quarters that fall in the period, each naming the quarter it corrects.
 */
export function PeriodStatus({ data }: { data: Pick<DashboardView, "quarters" | "closedQuarters" | "corrections"> }) {
  return (
    <section className="card period-status" aria-labelledby="perioden-status">
      <h2 id="perioden-status">Perioden</h2>
      <ul className="period-strip">
        {data.quarters.map((q) => {
          const closed = data.closedQuarters.includes(q);
          return (
            <li key={q} className={closed ? "period-chip period-chip-closed" : "period-chip"}>
              <span>{ql(q)}</span> <span className="small">{closed ? "Afgesloten" : "Open"}</span>
            </li>
          );
        })}
      </ul>
      {data.closedQuarters.length > 0 ? (
        <p className="muted small">Afgesloten kwartalen tonen de cijfers zoals ze bij het afsluiten zijn vastgelegd.</p>
      ) : null}
      {data.corrections.length > 0 ? (
        <div className="table-wrap">
          <table className="data">
            <caption>Correcties op afgesloten kwartalen</caption>
            <thead>
              <tr>
                <th scope="col">In kwartaal</th>
                <th scope="col">Corrigeert</th>
                <th scope="col">Contract</th>
                <th scope="col">Onderwerp</th>
                <th scope="col">Was</th>
                <th scope="col">Wordt</th>
                <th scope="col">Reden</th>
              </tr>
            </thead>
            <tbody>
              {data.corrections.map((c, i) => (
                <tr key={`${c.corrects}-${c.contractId}-${c.subject}-${i}`}>
                  <td>{ql(c.quarter)}</td>
                  <td>{ql(c.corrects)}</td>
                  <td>{c.contractTitle}</td>
                  <td>{c.subject}</td>
                  <td>{c.before ?? "—"}</td>
                  <td>{c.after ?? "—"}</td>
                  <td>{c.reason ?? "Gewijzigde rapportage na afsluiten"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
