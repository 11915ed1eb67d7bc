"use client";

import { FILTER_PARAMS, VERIFIED_ONLY_VALUE } from "@/lib/dashboard/filters";
import type { DashboardView } from "@/lib/dashboard/shape";
import { SupplierSearch } from "./supplier-search";

export type QuarterOption = { value: string; label: string };

type Props = {
  data: DashboardView;
  search: string;
  quarters: QuarterOption[];
  org: string;
  onChange: (next: URLSearchParams) => void;
};

function Select(props: {
  id: string;
  /** The URL parameter, so the filter form works without JavaScript too. */
  name: string;
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  empty?: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.empty ? <option value="">{props.empty}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filters; every change goes straight into the URL, so the view can be shared. Without
 * JavaScript they are a plain GET form with a button to apply them.
 */
export function FilterBar({ data, search, quarters, org, onChange }: Props) {
  const f = data.filters;
  const set = (param: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(param, value);
    else next.delete(param);
    // The period always travels in the URL, so a shared link shows the same quarters later on.
    if (!next.get(FILTER_PARAMS.from)) next.set(FILTER_PARAMS.from, f.from);
    if (!next.get(FILTER_PARAMS.to)) next.set(FILTER_PARAMS.to, f.to);
    onChange(next);
  };
  const o = data.options;
  // A short list (lib/dashboard/suppliers.ts) holds only the chosen supplier: search for the others.
  const searchSuppliers = o.suppliers.length < o.supplierCount;
  return (
    <form method="get" className="card filter-bar no-print" aria-labelledby="filters-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="filters-title" className="visually-hidden">
        Filters
      </h2>
      <div className="filter-grid">
        <Select
          id="f-pakket"
          name={FILTER_PARAMS.package}
          label="Inkooppakket"
          value={f.package ?? ""}
          empty="Alle pakketten"
          options={o.packages}
          onChange={(v) => set(FILTER_PARAMS.package, v)}
        />
        <Select
          id="f-samenwerking"
          name={FILTER_PARAMS.cooperationForm}
          label="Samenwerkingsvorm"
          value={f.cooperationForm ?? ""}
          empty="Alle vormen"
          options={[
            { value: "transactioneel", label: "Transactioneel" },
            { value: "relationeel", label: "Relationeel" },
          ]}
          onChange={(v) => set(FILTER_PARAMS.cooperationForm, v)}
        />
        <Select
          id="f-cm"
          name={FILTER_PARAMS.managerId}
          label="Contractmanager"
          value={f.managerId ?? ""}
          empty="Alle contractmanagers"
          options={o.managers.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(v) => set(FILTER_PARAMS.managerId, v)}
        />
        {searchSuppliers ? (
          <SupplierSearch
            org={org}
            value={f.supplierId ?? ""}
            name={o.suppliers.find((s) => s.id === f.supplierId)?.name ?? null}
            total={o.supplierCount}
            onChoose={(v) => set(FILTER_PARAMS.supplierId, v)}
          />
        ) : (
          <Select
            id="f-leverancier"
            name={FILTER_PARAMS.supplierId}
            label="Leverancier"
            value={f.supplierId ?? ""}
            empty="Alle leveranciers"
            options={o.suppliers.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(v) => set(FILTER_PARAMS.supplierId, v)}
          />
        )}
        <Select
          id="f-van"
          name={FILTER_PARAMS.from}
          label="Van kwartaal"
          value={f.from}
          options={quarters}
          onChange={(v) => set(FILTER_PARAMS.from, v)}
        />
        <Select
          id="f-tot"
          name={FILTER_PARAMS.to}
          label="Tot en met kwartaal"
          value={f.to}
          options={quarters}
          onChange={(v) => set(FILTER_PARAMS.to, v)}
        />
        <div className="field">
          <label className="checkbox-label" htmlFor="f-geverifieerd">
            <input
              id="f-geverifieerd"
              name={FILTER_PARAMS.verifiedOnly}
              value={VERIFIED_ONLY_VALUE}
              type="checkbox"
              checked={f.verifiedOnly}
              aria-describedby="f-geverifieerd-hint"
              onChange={(e) => set(FILTER_PARAMS.verifiedOnly, e.target.checked ? VERIFIED_ONLY_VALUE : "")}
            />
            Alleen geverifieerde waarden
          </label>
          <p id="f-geverifieerd-hint" className="small muted">
            Doelstellingen, inkooppakketten en toezeggingen tellen dan alleen waarden die als geverifieerd zijn vastgelegd; betwiste en nog
            niet geverifieerde waarden vallen weg.
          </p>
        </div>
      </div>
      <div className="filter-actions">
        <span className="muted small">
          {o.contracts} {o.contracts === 1 ? "contract" : "contracten"} in deze selectie
        </span>
        <noscript>
          <button type="submit" className="button">
            Filters toepassen
          </button>
        </noscript>
        <button type="button" className="button button-secondary" onClick={() => onChange(new URLSearchParams())}>
          Filters wissen
        </button>
        <a
          className="button button-secondary"
          href={`/api/v1/${org}/dashboard/export?${search}${search ? "&" : ""}tabel=alle&formaat=xlsx`}
          download
        >
          Alle tabellen (XLSX)
        </a>
        <button type="button" className="button" onClick={() => window.print()}>
          Bestuursrapportage afdrukken
        </button>
      </div>
    </form>
  );
}
