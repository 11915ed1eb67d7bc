import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { wegwijzerComparePage } from "@/lib/guidance/wegwijzer/pages";
import { AdviceBlock } from "../../../_components/advice";

export const metadata: Metadata = { title: "Adviezen vergelijken" };

type Props = { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ met?: string }> };

const CHANGE_LABEL = { added: "nieuw", removed: "vervalt", kept: null } as const;
const tips = (n: number) => (n === 1 ? "1 tip" : `${n} tips`);

export default async function CompareRunsPage({ params, searchParams }: Props) {
  const { org, id } = await params;
  const { met } = await searchParams;
  const { earlier, later, activities, changed } = await wegwijzerComparePage(org, id, met ?? "");
  const base = `/${org}/hulpmiddelen/wegwijzer`;
  const runLabel = (run: typeof earlier) => `${run.title} (${formatDateTime(run.createdAt)})`;
  return (
    <>
      <p className="small">
        <Link href={`${base}/${id}`}>← Terug naar het advies</Link>
      </p>
      <h1>Adviezen vergelijken</h1>
      <dl className="facts">
        <dt>Eerder</dt>
        <dd>
          <Link href={`${base}/${earlier.id}`}>{runLabel(earlier)}</Link>
        </dd>
        <dt>Later</dt>
        <dd>
          <Link href={`${base}/${later.id}`}>{runLabel(later)}</Link>
        </dd>
      </dl>
      <section className="card" aria-labelledby="antwoorden">
        <h2 id="antwoorden">Andere antwoorden</h2>
        {changed.length === 0 ? (
          <p>Beide adviezen hebben dezelfde antwoorden, en dus dezelfde tips.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Vraag</th>
                  <th scope="col">Eerder</th>
                  <th scope="col">Later</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((c) => (
                  <tr key={c.number}>
                    <td>
                      {c.number}. {c.question}
                    </td>
                    <td>{c.earlierLabel}</td>
                    <td>{c.laterLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {activities.map((activity) => {
        const headingId = `verschil-${activity.code}`;
        return (
          <section key={activity.code} className="card" aria-labelledby={headingId}>
            <h2 id={headingId}>{activity.name}</h2>
            <p>
              {activity.added.length === 0 && activity.removed.length === 0
                ? "Geen verschil in tips."
                : [
                    activity.added.length > 0 ? `${tips(activity.added.length)} nieuw.` : null,
                    activity.removed.length > 0
                      ? `${tips(activity.removed.length)} ${activity.removed.length === 1 ? "vervalt" : "vervallen"}.`
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" ")}
            </p>
            <div className="compare-columns">
              {(["earlier", "later"] as const).map((side) => (
                <div key={side}>
                  <h3>{side === "earlier" ? "Eerder" : "Later"}</h3>
                  <ol className="advice-blocks">
                    {activity[side].map((cell) => (
                      <AdviceBlock
                        key={cell.code}
                        className={`change-${cell.change}`}
                        label={CHANGE_LABEL[cell.change] ? <span className="change-label">{CHANGE_LABEL[cell.change]}</span> : null}
                        text={cell.text}
                        reference={cell.reference}
                      />
                    ))}
                  </ol>
                </div>
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
