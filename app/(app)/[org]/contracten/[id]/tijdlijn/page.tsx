// The history of a contract as one timeline, per quarter: reports, reviews, decisions, action
// items and corrections, each linking to the page where it happened.
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { timelinePage } from "@/lib/reviews/output-pages";
import { TIMELINE_KIND_LABELS, type TimelineKind } from "@/lib/reviews/timeline";

export const metadata: Metadata = { title: "Tijdlijn" };

const TONES: Record<TimelineKind, "green" | "grey" | "amber" | "red"> = {
  report: "grey",
  review: "green",
  decision: "amber",
  action: "grey",
  amendment: "red",
};

export default async function TimelinePage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { contract, quarters } = await timelinePage(org, id);
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Tijdlijn</h1>
          <p>
            {contract.title}
            {contract.reference ? ` (${contract.reference})` : ""}: rapportages, reviews, besluiten en correcties
          </p>
        </div>
      </div>
      {quarters.length === 0 ? (
        <section className="card">
          <p>Er is nog niets gebeurd: nog geen ingediende rapportage of review.</p>
        </section>
      ) : null}
      {quarters.map((q) => (
        <section key={q.key} className="card" aria-labelledby={`kwartaal-${q.key}`}>
          <h2 id={`kwartaal-${q.key}`}>{q.label}</h2>
          <ul className="timeline-events" style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: "0.6rem" }}>
            {q.events.map((e, i) => (
              <li key={`${e.kind}-${i}`}>
                <span className="small muted">{formatDateTime(e.at)}</span>{" "}
                <Badge tone={TONES[e.kind]}>{TIMELINE_KIND_LABELS[e.kind]}</Badge> <Link href={e.href}>{e.title}</Link>
                {e.detail ? <div className="small muted">{e.detail}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
