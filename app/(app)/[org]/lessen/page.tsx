// Lessons learned from the reviews of all contracts of the buyer, searchable (checklist IV.3
// item 4): a GET form, so a search can be bookmarked and shared.
import type { Metadata } from "next";
import Link from "next/link";
import { quarterFromKey, quarterLabel } from "@/lib/periods";
import { formatDay } from "@/lib/format";
import { LESSONS_LIMIT } from "@/lib/reviews/lessons";
import { lessonsPage } from "@/lib/reviews/output-pages";

export const metadata: Metadata = { title: "Geleerde lessen" };

export default async function LessonsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const { org } = await params;
  const query = ((await searchParams).q ?? "").slice(0, 200);
  const { hits } = await lessonsPage(org, query);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Geleerde lessen</h1>
          <p>Wat in de kwartaalreviews van alle contracten is geleerd.</p>
        </div>
      </div>
      <form method="get" role="search" className="card field">
        <label htmlFor="lessen-zoek">Zoeken in de geleerde lessen</label>
        <span className="hint" id="lessen-zoek-hint">
          Elk woord moet in de les voorkomen, bijvoorbeeld: leverancier bewijs
        </span>
        <div className="actions">
          <input
            id="lessen-zoek"
            name="q"
            type="search"
            defaultValue={query}
            aria-describedby="lessen-zoek-hint"
            style={{ flex: "1 1 20rem" }}
          />
          <button type="submit" className="button">
            Zoeken
          </button>
        </div>
      </form>
      <p role="status" className="small muted">
        {query
          ? hits.length === 0
            ? `Geen geleerde lessen gevonden met "${query}".`
            : `${hits.length}${hits.length === LESSONS_LIMIT ? "+" : ""} gevonden met "${query}".`
          : hits.length === 0
            ? "Er zijn nog geen geleerde lessen vastgelegd. Ze komen uit de kwartaalreviews."
            : `De ${hits.length} meest recente geleerde lessen.`}
      </p>
      {hits.length > 0 ? (
        <ul className="card lessons-list" style={{ listStyle: "none", paddingLeft: "1.5rem" }}>
          {hits.map((h) => (
            <li key={h.id}>
              <p>{h.body}</p>
              <p className="small muted">
                <Link href={`/${org}/contracten/${h.contractId}/reviews/${h.quarter}/rapport`}>
                  {h.contractTitle}
                  {h.contractReference ? ` (${h.contractReference})` : ""} · {quarterLabel(quarterFromKey(h.quarter))}
                </Link>{" "}
                · {h.authorName} · {formatDay(h.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
