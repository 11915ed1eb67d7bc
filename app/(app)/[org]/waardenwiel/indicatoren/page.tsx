import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { indicatorsPage, type IndicatorRow } from "@/lib/indicators/pages";
import { saveIndicator } from "./actions";
import { EMPTY_INDICATOR, IndicatorForm } from "./client";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Indicatoren" };

export default async function IndicatorsPage({
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
  const canManage = can(actor.org.kind, actor.role, "indicators.manage");
  const { global, own, absoluteChoices } = await indicatorsPage(actor);
  const base = `/${org}/waardenwiel/indicatoren`;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Indicatoren</h1>
          <p>
            Meetbare grootheden met een eenheid, een richting en een manier waarop waarden van contracten optellen. Doelstellingen, doelen
            en KPI&apos;s wijzen naar een indicator, zodat resultaten over contracten heen vergelijkbaar zijn.
          </p>
        </div>
      </div>
      {opgeslagen ? <Notice arrival>De indicator is opgeslagen.</Notice> : null}
      {verwijderd ? <Notice arrival>De indicator is verwijderd.</Notice> : null}
      <section className="card" aria-labelledby="eigen" style={{ padding: 0 }}>
        <h2 id="eigen" className="card-title">
          Eigen indicatoren van {actor.org.name} ({own.length})
        </h2>
        {own.length === 0 ? (
          <p className="card-title muted">Nog geen eigen indicatoren.</p>
        ) : (
          <IndicatorTable caption="Eigen indicatoren" rows={own} editBase={canManage ? base : null} />
        )}
      </section>
      <section className="card" aria-labelledby="landelijk" style={{ padding: 0 }}>
        <h2 id="landelijk" className="card-title">
          Landelijke catalogus ({global.length})
        </h2>
        <p className="card-title small muted">
          Voor iedereen gelijk, zodat resultaten tussen organisaties vergelijkbaar blijven; niet te wijzigen.
        </p>
        <IndicatorTable caption="Landelijke catalogus" rows={global} editBase={null} />
      </section>
      {canManage ? (
        <section className="card" aria-labelledby="toevoegen">
          <h2 id="toevoegen">Eigen indicator toevoegen</h2>
          <IndicatorForm
            key={opgeslagen ?? "nieuw"}
            action={saveIndicator.bind(null, org, null)}
            initial={EMPTY_INDICATOR}
            absoluteChoices={absoluteChoices}
            submitLabel="Indicator toevoegen"
          />
        </section>
      ) : null}
    </>
  );
}

function IndicatorTable({ caption, rows, editBase }: { caption: string; rows: IndicatorRow[]; editBase: string | null }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Eenheid</th>
            <th scope="col">UN/CEFACT</th>
            <th scope="col">Richting</th>
            <th scope="col">Optelwijze</th>
            <th scope="col">Bereik</th>
            {editBase ? (
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.id}>
              <td>
                <strong>{i.name}</strong>
                {i.description ? <div className="small muted">{i.description}</div> : null}
                {i.intensity ? <div className="small">{i.intensity}</div> : null}
              </td>
              <td>{i.unitLabel}</td>
              <td className="nowrap">
                <abbr title={i.unitName}>{i.unitCode}</abbr>
                <div className="small muted">{i.unitName}</div>
              </td>
              <td>{i.direction}</td>
              <td>{i.aggregation}</td>
              <td className="small nowrap">{i.range}</td>
              {editBase ? (
                <td>
                  <Link href={`${editBase}/${i.id}`}>
                    Bewerken<span className="visually-hidden"> {i.name}</span>
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
