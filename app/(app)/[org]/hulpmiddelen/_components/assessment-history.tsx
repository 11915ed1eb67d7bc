import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";

type Saved = { id: string; title: string; assessedOn: string; createdBy: string | null };
type Column<T> = { header: string; cell: (assessment: T) => ReactNode };

/** The saved assessments of a guidance tool: date, title (linking to the result), the tool's own columns, author. */
export function AssessmentHistory<T extends Saved>(props: {
  heading: string;
  empty: string;
  base: string;
  items: T[];
  columns: Column<T>[];
}) {
  return (
    <section className="card" aria-labelledby="bewaard">
      <h2 id="bewaard">{props.heading}</h2>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Titel</th>
                {props.columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
                <th scope="col">Bewaard door</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((a) => (
                <tr key={a.id}>
                  <td className="nowrap">{formatDate(a.assessedOn)}</td>
                  <td>
                    <Link href={`${props.base}/${a.id}`}>{a.title}</Link>
                  </td>
                  {props.columns.map((c) => (
                    <td key={c.header}>{c.cell(a)}</td>
                  ))}
                  <td>{a.createdBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
