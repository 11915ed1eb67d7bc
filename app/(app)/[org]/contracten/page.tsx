import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listContracts, viewerOf } from "@/lib/contracts/queries";
import { packageLabel, statusLabel, statusTone } from "@/lib/contracts/rules";
import { formatDate, formatEuroCents } from "@/lib/format";
import { withTenant } from "@/lib/tenancy";

export const metadata: Metadata = { title: "Contracten" };

export default async function ContractsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ filter?: string }>;
}) {
  const { org } = await params;
  const { filter } = await searchParams;
  const actor = await requireActor(org);
  const isBuyer = actor.org.kind === "buyer";
  const mine = isBuyer && filter === "mijn";
  // Contracts in preparation: where an inkoopadviseur starts.
  const draft = isBuyer && filter === "concept";
  const contracts = await withTenant(actor, (tx) =>
    listContracts(tx, { viewer: viewerOf(actor), ...(mine ? { managedBy: actor.userId } : {}), ...(draft ? { status: "draft" } : {}) }),
  );
  const base = `/${actor.org.slug}/contracten`;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Contracten</h1>
          <p>
            {isBuyer
              ? "De contracten van je organisatie met hun leveranciers."
              : "De contracten waarin je organisatie leverancier is, bij alle opdrachtgevers."}
          </p>
        </div>
        {can(actor.org.kind, actor.role, "contracts.create") ? (
          <Link href={`${base}/nieuw`} className="button">
            Nieuw contract
          </Link>
        ) : null}
      </div>
      {isBuyer ? (
        <nav className="actions small" aria-label="Filter" style={{ marginBottom: "1rem" }}>
          <Link href={base} aria-current={!mine && !draft ? "page" : undefined}>
            Alle contracten
          </Link>
          <Link href={`${base}?filter=concept`} aria-current={draft ? "page" : undefined}>
            In voorbereiding
          </Link>
          <Link href={`${base}?filter=mijn`} aria-current={mine ? "page" : undefined}>
            Mijn contracten
          </Link>
        </nav>
      ) : null}
      {contracts.length === 0 ? (
        <div className="card">
          <p>
            {mine
              ? "Je bent nog geen contractmanager van een contract."
              : draft
                ? "Er zijn geen contracten in voorbereiding."
                : "Er zijn nog geen contracten."}
          </p>
        </div>
      ) : (
        <div className="table-wrap card" style={{ padding: 0 }}>
          <table className="data">
            <caption className="visually-hidden">Contracten</caption>
            <thead>
              <tr>
                <th scope="col">Contract</th>
                <th scope="col">{isBuyer ? "Leverancier" : "Opdrachtgever"}</th>
                <th scope="col">Inkooppakket</th>
                <th scope="col">Looptijd</th>
                <th scope="col" className="num">
                  Waarde
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {contracts.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`${base}/${c.id}`}>{c.title}</Link>
                    {c.reference ? <div className="small muted">{c.reference}</div> : null}
                  </td>
                  <td>{isBuyer ? (c.supplierName ?? <span className="muted">Nog geen leverancier</span>) : c.buyerName}</td>
                  <td>{packageLabel(c.purchasingPackage)}</td>
                  <td className="small">
                    {formatDate(c.startDate)} – {formatDate(c.endDate)}
                  </td>
                  <td className="num">{formatEuroCents(c.valueCents, { whole: true })}</td>
                  <td>
                    <Badge tone={statusTone(c.status)}>{statusLabel(c.status)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
