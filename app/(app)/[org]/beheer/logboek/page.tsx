import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { auditLabel } from "@/lib/audit";
import { AUDIT_PARAMS, type AuditFilterErrors, type AuditFilters } from "@/lib/audit-log/filters";
import { AUDIT_KINDS } from "@/lib/audit-log/objects";
import { auditLogPage } from "@/lib/audit-log/page";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { withTenant } from "@/lib/tenancy";

export const metadata: Metadata = { title: "Logboek" };

type Search = Record<string, string | string[] | undefined>;

/** The address of this view with other filters or another page. */
function logHref(org: string, filters: AuditFilters, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const [key, name] of Object.entries(AUDIT_PARAMS)) {
    const value = filters[key as keyof AuditFilters];
    if (value) search.set(name, value);
  }
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const query = search.toString();
  return `/${org}/beheer/logboek${query ? `?${query}` : ""}`;
}

/** Which contracts a search found, so a reader knows what the log below is about. */
function contractHint(titles: string[]): string | undefined {
  if (titles.length === 0) return undefined;
  const shown = titles.slice(0, 3).map((t) => `‘${t}’`);
  const more = titles.length > 3 ? ` en ${titles.length - 3} meer` : "";
  return `${titles.length === 1 ? "Gevonden" : `${titles.length} gevonden`}: ${shown.join(", ")}${more}.`;
}

function FilterField({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: keyof AuditFilterErrors;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: object) => ReactNode;
}) {
  const id = `filter-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name: AUDIT_PARAMS[name], "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Search> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "audit.read")) notFound();
  const search = await searchParams;
  const log = await withTenant(actor, (tx) => auditLogPage(tx, { actor, search }));
  const { filters, errors } = log;
  const exportHref = (format: string) => {
    const search = new URLSearchParams(logHref(org, filters).split("?")[1] ?? "");
    search.set("formaat", format);
    return `/api/v1/${org}/audit-log/export?${search}`;
  };
  return (
    <>
      <p className="small">
        <Link href={`/${org}/beheer`}>← Beheer</Link>
      </p>
      <h1>Logboek</h1>
      <p className="muted">
        Elke wijziging in {actor.org.name}: wie ze deed en wat er veranderde. Het logboek kan niet worden aangepast of verwijderd.
      </p>
      <section className="card" aria-labelledby="filters">
        <h2 id="filters">Filters</h2>
        <form method="get" action={`/${org}/beheer/logboek`} className="stack">
          <div className="field-row">
            <FilterField name="person" label="Persoon" error={errors.person}>
              {(aria) => (
                <select {...aria} defaultValue={filters.person ?? ""}>
                  <option value="">Iedereen</option>
                  {log.people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </FilterField>
            <FilterField name="kind" label="Soort wijziging" error={errors.kind}>
              {(aria) => (
                <select {...aria} defaultValue={filters.kind ?? ""}>
                  <option value="">Alle</option>
                  {Object.entries(AUDIT_KINDS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </FilterField>
            <FilterField
              name="contract"
              label="Contract (titel of kenmerk)"
              error={errors.contract}
              hint={contractHint(log.contractTitles)}
            >
              {(aria) => <input {...aria} type="search" defaultValue={filters.contract ?? ""} maxLength={200} />}
            </FilterField>
            <FilterField name="from" label="Van" error={errors.from}>
              {(aria) => <input {...aria} type="date" defaultValue={filters.from ?? ""} />}
            </FilterField>
            <FilterField name="to" label="Tot en met" error={errors.to}>
              {(aria) => <input {...aria} type="date" defaultValue={filters.to ?? ""} />}
            </FilterField>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              Filteren
            </button>
            <Link href={`/${org}/beheer/logboek`}>Filters wissen</Link>
            <a href={exportHref("xlsx")}>Download als Excel</a>
            <a href={exportHref("csv")}>Download als CSV</a>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="wijzigingen">
        <h2 id="wijzigingen">Wijzigingen</h2>
        {log.events.length === 0 ? (
          <p className="muted">{log.paged ? "Geen oudere wijzigingen." : "Geen wijzigingen met deze filters."}</p>
        ) : (
          <div className="table-wrap" role="region" aria-label="Wijzigingen in het logboek" tabIndex={0}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Wanneer</th>
                  <th scope="col">Wie</th>
                  <th scope="col">Wat</th>
                  <th scope="col">Wat er veranderde</th>
                </tr>
              </thead>
              <tbody>
                {log.events.map((e) => (
                  <tr key={e.id}>
                    <td className="small">{formatDateTime(e.createdAt)}</td>
                    <td>{e.actor ?? "—"}</td>
                    <td>
                      {auditLabel(e.entity, e.action)}
                      {e.object ? (
                        <div className="small">{e.object.href ? <Link href={e.object.href}>{e.object.label}</Link> : e.object.label}</div>
                      ) : null}
                    </td>
                    <td className="small">
                      {e.changes.length === 0 ? (
                        "—"
                      ) : (
                        <ul className="audit-changes">
                          {e.changes.map((c) => (
                            <li key={c.field}>
                              {c.label}: <del>{c.before ?? "leeg"}</del> → <ins>{c.after ?? "leeg"}</ins>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label="Pagina's van het logboek" className="actions" style={{ marginTop: "1rem" }}>
          {log.paged ? <Link href={logHref(org, filters)}>← Nieuwste wijzigingen</Link> : null}
          {log.next ? <Link href={logHref(org, filters, { na: log.next })}>Oudere wijzigingen →</Link> : null}
        </nav>
      </section>
    </>
  );
}
