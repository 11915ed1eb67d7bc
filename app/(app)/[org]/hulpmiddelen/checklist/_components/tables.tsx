import { formatNumber } from "@/lib/format";
import type { DistributionRow, TrendRow } from "@/lib/guidance/checklist/view";

const mean = (value: number | null | undefined) => (value == null ? "—" : formatNumber(value, 1));

/** The numbers behind a distribution chart: counts per score, answers and mean. */
export function DistributionTable(props: { rows: DistributionRow[]; scale: string[]; caption: string; rowHeader: string }) {
  return (
    <div className="table-wrap">
      <table className="data result-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.rowHeader}</th>
            {props.scale.map((label, i) => (
              <th key={label} scope="col" className="num">
                {i + 1} {label}
              </th>
            ))}
            <th scope="col" className="num">
              Antwoorden
            </th>
            <th scope="col" className="num">
              Gemiddelde
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {/^\d/.test(r.label) ? (
                  `${r.label} ${r.text}`
                ) : (
                  <>
                    <strong>{r.label}</strong>
                    <br />
                    {r.text}
                  </>
                )}
              </th>
              {r.scores.map((n, i) => (
                <td key={i} className="num">
                  {n}
                </td>
              ))}
              <td className="num">{r.count}</td>
              <td className="num">{mean(r.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TrendTable(props: { rows: TrendRow[]; themes: { id: string; name: string }[]; openRoundIds: string[] }) {
  return (
    <div className="table-wrap">
      <table className="data result-table">
        <caption>Gemiddelde per thema per ronde (1 = Oneens, 4 = Helemaal eens)</caption>
        <thead>
          <tr>
            <th scope="col">Ronde</th>
            {props.themes.map((t) => (
              <th key={t.id} scope="col" className="num">
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.roundId}>
              <th scope="row">
                {r.label}
                {props.openRoundIds.includes(r.roundId) ? <span className="muted"> (loopt nog)</span> : null}
              </th>
              {props.themes.map((t) => (
                <td key={t.id} className="num">
                  {mean(r[t.id] as number | null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
