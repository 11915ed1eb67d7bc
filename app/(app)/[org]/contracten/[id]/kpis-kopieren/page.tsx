import type { Metadata } from "next";
import Link from "next/link";
import { Options } from "@/app/_components/ui/form";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { copyPage } from "@/lib/kpi-library/pages";
import { copyKpisAction } from "./actions";
import { CopyKpisForm } from "./client";

export const metadata: Metadata = { title: "KPI's kopiëren uit een ander contract" };

export default async function CopyKpisPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ van?: string }>;
}) {
  const { org, id } = await params;
  const { van } = await searchParams;
  const actor = await requireActor(org);
  const page = await orNotFound(copyPage(actor, id, van ?? null));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {page.contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>KPI&apos;s kopiëren uit een ander contract</h1>
          <p>
            De gekopieerde KPI&apos;s worden voorstellen aan de leverancier van dit contract. Hun groeipad schuift mee met de start van dit
            contract; mijlpalen na het einde vallen weg. Thema&apos;s gaan mee als het Waardenwiel van dit contract ze ook heeft.
          </p>
        </div>
      </div>
      <div className="card">
        <form method="get" className="inline-form">
          <label htmlFor="van">Kopiëren uit</label>
          <select id="van" name="van" defaultValue={page.source?.id ?? ""}>
            <Options options={page.sources} placeholder="Kies een contract" />
          </select>
          <button type="submit" className="button button-secondary">
            Toon KPI&apos;s
          </button>
        </form>
      </div>
      {page.source ? (
        <section className="card" aria-labelledby="bron">
          <h2 id="bron">{page.source.title}</h2>
          {page.kpis.length === 0 ? (
            <p>Dit contract heeft geen KPI&apos;s om te kopiëren.</p>
          ) : (
            <CopyKpisForm action={copyKpisAction.bind(null, org, id)} sourceId={page.source.id} kpis={page.kpis} />
          )}
        </section>
      ) : null}
    </>
  );
}
