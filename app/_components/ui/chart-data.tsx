"use client";

import { useState, type ReactNode } from "react";
import { usePrinting } from "./print-media";

type Props = {
  caption: string;
  columns: string[];
  rows: Array<Array<ReactNode>>;
  numeric?: number[];
  summary?: string;
};

/**
 * The numbers behind a chart, for screen readers and anyone who wants them exactly: a table behind
 * a disclosure, the first column as row headers. The table is drawn when the disclosure opens; its
 * data is in the page already, and the closed tables of the contract dashboard (fifteen KPIs ×
 * sixteen quarters) were a third of that page's HTML and of the server's rendering time. On paper
 * there is nothing to open, so a printed page carries every table under its caption.
 */
export function ChartData(props: Props) {
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  if (printing) {
    return (
      <div className="chart-data chart-data-printed">
        <DataTable {...props} printed />
      </div>
    );
  }
  return (
    <details className="chart-data" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{props.summary ?? "Tabel bij deze grafiek"}</summary>
      {open ? <DataTable {...props} /> : null}
    </details>
  );
}

function DataTable(props: Props & { printed?: boolean }) {
  const numeric = new Set(props.numeric ?? props.columns.map((_, i) => i).slice(1));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className={props.printed ? "chart-data-caption" : "visually-hidden"}>{props.caption}</caption>
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
  );
}
