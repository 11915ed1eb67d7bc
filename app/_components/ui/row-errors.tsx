// The problems of an uploaded file, a row each: the KPI import and the report values upload show
// them the same way, so a user who met one recognises the other.
export type RowError = { row: number; column?: string | null; message: string };

export function RowErrorsTable({ errors, caption }: { errors: readonly RowError[]; caption?: string }) {
  return (
    <div className="table-wrap">
      <table className="data import-errors">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col" className="num">
              Regel
            </th>
            <th scope="col">Kolom</th>
            <th scope="col">Wat klopt er niet</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.row}-${i}`}>
              <td className="num">{e.row}</td>
              <td>{e.column ?? "–"}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
