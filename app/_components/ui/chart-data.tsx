"use client";

import { useState, type ReactNode } from "react";

/**
 * The numbers behind a chart, for screen readers and anyone who wants them exactly: a table behind
 * a disclosure, the first column as row headers. The table is drawn when the disclosure opens; its
 * data is in the page already, and the closed tables of the contract dashboard (fifteen KPIs ×
 * sixteen quarters) were a third of that page's HTML and of the server's rendering time.
 */
export function ChartData(props: {
  caption: string;
  columns: string[];
  rows: Array<Array<ReactNode>>;
  numeric?: number[];
  summary?: string;
}) {
  const [open, setOpen] = useState(false);
  const numeric = new Set(props.numeric ?? props.columns.map((_, i) => i).slice(1));
  return (
    <details className="chart-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{props.summary ?? "Tabel bij deze grafiek"}</summary>
      {open ? (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">{props.caption}</caption>
            <thead>
              <tr>
                {props.columns.map((c, i) => (
                  <th key={c} scope="col" className={numeric.has(i) ? "num" : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className={numeric.has(i) ? "num" : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
