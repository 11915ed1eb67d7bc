"use client";

import type { ReactNode } from "react";

/** The export tables of a section; a label shows when a section has more than one. */
export type SectionExport = string | { table: string; label: string };

/** A dashboard section: a heading, its export links and its content; on paper it shares pages with the others. */
export function Section(props: {
  id: string;
  title: string;
  intro?: ReactNode;
  exports?: SectionExport[];
  org: string;
  search: string;
  children: ReactNode;
}) {
  const base = `/api/v1/${props.org}/dashboard/export?${props.search}${props.search ? "&" : ""}`;
  return (
    <section className="card dashboard-section" aria-labelledby={`${props.id}-title`} id={props.id}>
      <div className="section-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.exports && props.exports.length > 0 ? (
          <div className="section-exports no-print">
            {props.exports.map((entry) => {
              const { table, label } = typeof entry === "string" ? { table: entry, label: "" } : entry;
              const name = `${props.title.toLowerCase()}${label ? ` ${label}` : ""}`;
              return (
                <span key={table}>
                  {label ? <span className="muted">{label}: </span> : null}
                  <a href={`${base}tabel=${table}&formaat=csv`} download>
                    CSV<span className="visually-hidden"> van {name}</span>
                  </a>{" "}
                  <a href={`${base}tabel=${table}&formaat=xlsx`} download>
                    XLSX<span className="visually-hidden"> van {name}</span>
                  </a>
                </span>
              );
            })}
          </div>
        ) : null}
      </div>
      {props.intro ? <p className="muted section-intro">{props.intro}</p> : null}
      {props.children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted empty">{children}</p>;
}
