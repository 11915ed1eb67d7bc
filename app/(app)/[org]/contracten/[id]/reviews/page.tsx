import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDateTime, formatEuroCents } from "@/lib/format";
import { quarterLongLabel } from "@/lib/periods";
import { reviewListPage } from "@/lib/reviews/pages";
import { REVIEW_STATUS_LABELS } from "@/lib/reviews/queries";

export const metadata: Metadata = { title: "Kwartaalreviews" };

export default async function ReviewsPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const page = await reviewListPage(org, id);
  const base = `/${org}/contracten/${id}`;
  const quarters = [...page.quarters].reverse();
  return (
    <>
      <p className="small">
        <Link href={base}>← {page.contract.title}</Link> · <Link href={`${base}/malus`}>Malusoverzicht</Link> ·{" "}
        <Link href={`${base}/tijdlijn`}>Tijdlijn</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Kwartaalreviews</h1>
          <p>{page.contract.title}</p>
        </div>
      </div>
      {quarters.length === 0 ? (
        <p>Het contract is nog niet begonnen: er is nog geen kwartaal om te bespreken.</p>
      ) : (
        <div className="table-wrap card" style={{ padding: 0 }}>
          <table className="data">
            <caption className="visually-hidden">Kwartaalreviews per kwartaal met hun status</caption>
            <thead>
              <tr>
                <th scope="col">Kwartaal</th>
                <th scope="col">Status</th>
                <th scope="col">Gesprek</th>
                <th scope="col">Ondertekend</th>
                <th scope="col" className="num">
                  Malus
                </th>
                <th scope="col">
                  <span className="visually-hidden">Openen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {quarters.map((q) => (
                <tr key={q.key}>
                  <th scope="row">{quarterLongLabel(q.quarter)}</th>
                  <td>
                    <Badge tone={q.status === "final" ? "green" : q.status === "draft" ? "amber" : "grey"}>
                      {REVIEW_STATUS_LABELS[q.status]}
                    </Badge>
                  </td>
                  <td>{q.meetingAt ? formatDateTime(q.meetingAt) : "–"}</td>
                  <td>
                    {[q.buyerSigned ? "opdrachtgever" : null, q.supplierSigned ? "leverancier" : null].filter(Boolean).join(" en ") || "–"}
                  </td>
                  <td className="num">{q.malusAppliedCents !== null ? formatEuroCents(q.malusAppliedCents) : "–"}</td>
                  <td>
                    <Link href={`${base}/reviews/${q.key}`}>
                      {q.status === "not_planned" && page.canManage ? "Plannen" : "Openen"}
                      <span className="visually-hidden"> {quarterLongLabel(q.quarter)}</span>
                    </Link>
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
