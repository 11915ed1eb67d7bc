import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { targetsPage, type TargetView } from "@/lib/targets/pages";
import { formatWithUnit } from "@/lib/targets/rules";
import { TargetChart } from "./_components/target-chart";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Doelstellingen" };

const KIND_LABELS = { base: "Basisjaar", milestone: "Mijlpaal", between: "Tussenliggend jaar", before: "" } as const;

export default async function TargetsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ opgeslagen?: string; verwijderd?: string }>;
}) {
  const { org } = await params;
  const { opgeslagen, verwijderd } = await searchParams;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "wheel.read")) notFound();
  const canEdit = can(actor.org.kind, actor.role, "targets.edit");
  const targets = await targetsPage(actor);
  const base = `/${org}/waardenwiel/doelstellingen`;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Doelstellingen</h1>
          <p>
            De doelen van {actor.org.name} op organisatieniveau: een indicator, een basisjaar en mijlpalen. Wat de contracten per jaar
            realiseren, met hoeveel contracten en kwartalen en welk deel van het basisjaar dat dekt, staat op het{" "}
            <Link href={`/${org}/dashboard#doelstellingen`}>dashboard</Link>.
          </p>
        </div>
        {canEdit ? (
          <Link href={`${base}/nieuw`} className="button">
            Nieuwe doelstelling
          </Link>
        ) : null}
      </div>
      {opgeslagen ? <Notice arrival>De doelstelling is opgeslagen.</Notice> : null}
      {verwijderd ? <Notice arrival>De doelstelling is verwijderd.</Notice> : null}
      {targets.length === 0 ? (
        <div className="card">
          <p>Er zijn nog geen doelstellingen.</p>
          {canEdit ? (
            <p className="small muted">
              Begin bijvoorbeeld met de CO2-uitstoot: 30 % minder in 2025 en 60 % minder in 2030, ten opzichte van 2020.
            </p>
          ) : null}
        </div>
      ) : (
        targets.map((t) => <TargetCard key={t.id} target={t} editHref={canEdit ? `${base}/${t.id}` : null} />)
      )}
    </>
  );
}

function TargetCard({ target: t, editHref }: { target: TargetView; editHref: string | null }) {
  const headingId = `doel-${t.id}`;
  const [basePoint, ...milestones] = t.points;
  return (
    <section className="card target-card" aria-labelledby={headingId}>
      <div className="target-card-header">
        <h2 id={headingId}>{t.name}</h2>
        {editHref ? (
          <Link href={editHref} className="button button-secondary">
            Bewerken<span className="visually-hidden"> {t.name}</span>
          </Link>
        ) : null}
      </div>
      {t.description ? <p className="muted">{t.description}</p> : null}
      <div className="target-body">
        <TargetChart description={t.textAlternative} unitLabel={t.unitLabel} series={t.series} percentage={t.percentage} />
        <dl className="target-facts">
          <dt>Indicator</dt>
          <dd>
            {t.indicatorName} <span className="muted small">({t.unitLabel})</span>
          </dd>
          <dt>Basisjaar {basePoint.year}</dt>
          <dd className="nowrap">{formatWithUnit(basePoint.value, t.unitLabel)}</dd>
          {milestones.map((m) => {
            const change = t.years.find((y) => y.year === m.year)?.change;
            return [
              <dt key={`dt-${m.year}`}>Doel {m.year}</dt>,
              <dd key={`dd-${m.year}`}>
                <span className="nowrap">{formatWithUnit(m.value, t.unitLabel)}</span>
                {change !== undefined ? <span className="muted small nowrap"> ({change})</span> : null}
              </dd>,
            ];
          })}
        </dl>
      </div>
      <details className="target-table">
        <summary>Doel per jaar als tabel</summary>
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Doel per jaar: {t.name}</caption>
            <thead>
              <tr>
                <th scope="col">Jaar</th>
                <th scope="col" className="num">
                  Doel ({t.unitLabel})
                </th>
                <th scope="col" className="num">
                  t.o.v. basisjaar
                </th>
                <th scope="col">Soort</th>
              </tr>
            </thead>
            <tbody>
              {t.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{y.target === undefined ? "—" : formatNumber(y.target)}</td>
                  <td className="num">{y.change ?? "—"}</td>
                  <td>{KIND_LABELS[y.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
