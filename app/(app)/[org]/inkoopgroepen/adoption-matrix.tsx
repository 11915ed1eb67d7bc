"use client";

import { Adoption } from "./adoption";

/** A level in a cell, as a short tuple: a group of fifty members sends a few hundred of them. */
type Level = [label: string, contracts: number, deviations: number];
/** A member's row: its name and, per standard in column order, its contracts per level. */
export type MatrixRow = { name: string; cells: Level[][] };

/**
 * The adoption matrix of a group: a member per row, a standard per column. Rendered here from
 * its figures rather than on the server as markup: the page carries a group's fifty members ×
 * standards once as data instead of once more as the page's element tree, which halved what
 * the overview sends and renders per request.
 */
export function AdoptionMatrix({ standards, rows }: { standards: Array<{ id: string; name: string }>; rows: MatrixRow[] }) {
  return (
    <div className="table-wrap" role="region" aria-label="Overname per lid en standaard" tabIndex={0}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Lid</th>
            {standards.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* Members come in a fixed order and the table is drawn anew as a whole: the position is the key. */}
          {rows.map((m, row) => (
            <tr key={row}>
              <th scope="row">{m.name}</th>
              {m.cells.map((levels, i) => (
                <td key={standards[i].id}>
                  <Adoption
                    levels={levels.map(([label, contracts, deviations]) => ({ label, contracts, deviations }))}
                    none="Niet toegepast"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
