import { describeQuarterSet } from "@/lib/kpis/history";
import type { KpiListPage } from "@/lib/kpis/pages";
import { quarterFromKey, quarterLabel, quarterLongLabel } from "@/lib/periods";

/**
 * Which KPIs counted in a chosen quarter, which were added and which retired (and why), derived
 * from the KPIs' history. A plain GET form, so it works without JavaScript and can be linked.
 */
export function KpiQuarterSet({ page }: { page: KpiListPage }) {
  const selected = quarterFromKey(page.selectedQuarter);
  const set = page.quarterSet;
  return (
    <section className="card" aria-labelledby="kpi-set">
      <h2 id="kpi-set">KPI-set per kwartaal</h2>
      <form method="get" className="inline-form">
        <label htmlFor="kwartaal">Kwartaal</label>
        <select id="kwartaal" name="kwartaal" defaultValue={page.selectedQuarter}>
          {page.quarters.map((q) => (
            <option key={q.key} value={q.key}>
              {q.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          Toon
        </button>
      </form>
      <h3>{quarterLongLabel(selected)}</h3>
      <p className={set.active.length === 0 ? "muted" : undefined}>{describeQuarterSet(set.active, page.selectedTiming)}</p>
      {set.added.length > 0 ? <p>Toegevoegd vanaf dit kwartaal: {set.added.map((k) => k.name).join(", ")}.</p> : null}
      {set.retired.length > 0 ? (
        <ul>
          {set.retired.map((k) => (
            <li key={k.id}>
              Vervallen vanaf dit kwartaal: {k.name}
              {k.retiredReason ? ` (${k.retiredReason})` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {page.history.length > 0 ? (
        <details>
          <summary>Geschiedenis van de KPI-set</summary>
          <ul>
            {page.history.map((e) => (
              <li key={`${e.kpiId}-${e.kind}`}>
                {quarterLabel(quarterFromKey(e.quarter))}: {e.name} {e.kind === "added" ? "toegevoegd" : "vervallen"}
                {e.reason ? ` (${e.reason})` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
