import { Badge } from "@/app/_components/ui/badge";

/** One submitted version's column heading: "Versie 2", and when and by whom. */
export type VersionHeading = { number: number; submitted: string };

/** What one version said about one KPI, written out with its unit. */
export type VersionCellView = {
  shown: string;
  explanation: string | null;
  changed: boolean;
  evidence: Array<{ id: string; fileName: string; href: string }>;
};

/**
 * The submitted versions side by side, per KPI the value with its unit, its explanation and its
 * evidence as that version had them; a version that changed a KPI says so in words, not colour only.
 */
export function ReportVersions({
  versions,
  rows,
}: {
  versions: VersionHeading[];
  rows: Array<{ id: string; name: string; cells: VersionCellView[] }>;
}) {
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Ingediende versies</h2>
      <div className="table-wrap card" style={{ padding: 0 }}>
        <table className="data">
          <caption className="visually-hidden">Waarden, toelichting en bewijs per ingediende versie naast elkaar</caption>
          <thead>
            <tr>
              <th scope="col">KPI</th>
              {versions.map((v) => (
                <th key={v.number} scope="col">
                  Versie {v.number}
                  <br />
                  <span className="small">{v.submitted}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, i) => (
                  <td key={versions[i].number} style={{ verticalAlign: "top", minInlineSize: "10rem" }}>
                    <strong style={{ whiteSpace: "nowrap" }}>{cell.shown}</strong>
                    {cell.changed ? (
                      <>
                        {" "}
                        <Badge tone="amber">gewijzigd</Badge>
                      </>
                    ) : null}
                    {cell.explanation ? (
                      <p className="small" style={{ margin: "0.25rem 0 0", overflowWrap: "anywhere" }}>
                        {cell.explanation}
                      </p>
                    ) : null}
                    {cell.evidence.length > 0 ? (
                      <ul className="small" style={{ margin: "0.25rem 0 0", paddingInlineStart: "1rem" }}>
                        {cell.evidence.map((file) => (
                          <li key={file.id} style={{ overflowWrap: "anywhere" }}>
                            <a href={file.href}>{file.fileName}</a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
