import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { formatDate } from "@/lib/format";
import { quarterLabel } from "@/lib/periods";
import { reportOverviewPage } from "@/lib/reports/pages";
import { DISPLAY_STATUSES, type DisplayStatus } from "@/lib/reports/rules";
import { ReportTables } from "./_components/report-tables";

export const metadata: Metadata = { title: "Rapportages" };

const TONES: Record<DisplayStatus, "green" | "grey" | "amber" | "red"> = {
  upcoming: "grey",
  due: "amber",
  overdue: "red",
  draft: "amber",
  submitted: "grey",
  accepted: "green",
  sent_back: "red",
};

export default async function ReportsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { actor, contracts } = await reportOverviewPage(org);
  const isBuyer = actor.org.kind === "buyer";
  const withQuarters = contracts.filter((c) => c.quarters.length > 0);
  const open = withQuarters.flatMap((c) =>
    c.quarters.filter((q) => ["due", "overdue", "draft", "sent_back"].includes(q.status)).map((q) => ({ c, q })),
  );
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Rapportages</h1>
          <p>
            {isBuyer
              ? "Per contract: welke kwartalen zijn gerapporteerd, welke zijn te laat en welke ontbreken nog."
              : "Per opdrachtgever en contract: welke kwartaalrapportages moeten worden ingevuld, en wat er met de ingediende is gebeurd."}
          </p>
        </div>
      </div>
      {!isBuyer ? (
        <section className="card" aria-labelledby="open-heading">
          <h2 id="open-heading">Nog te doen</h2>
          {open.length === 0 ? (
            <p>Er staan geen rapportages open.</p>
          ) : (
            <ul>
              {open.map(({ c, q }) => (
                <li key={`${c.contract.id}-${q.key}`}>
                  <Link href={`/${org}/contracten/${c.contract.id}/rapportages/${q.key}`}>
                    {c.contract.title} – {quarterLabel(q.quarter)}
                  </Link>{" "}
                  ({c.contract.buyerName}) · uiterlijk {formatDate(q.dueDate)} ·{" "}
                  <Badge tone={TONES[q.status]}>{DISPLAY_STATUSES[q.status]}</Badge>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {withQuarters.length === 0 ? <p>Er zijn nog geen kwartalen om over te rapporteren.</p> : null}
      <ReportTables
        org={org}
        contracts={withQuarters.map(({ contract, quarters }) => ({
          id: contract.id,
          title: contract.title,
          href: `/${org}/contracten/${contract.id}`,
          party: isBuyer ? `Leverancier: ${contract.supplierName ?? "nog niet gekoppeld"}` : `Opdrachtgever: ${contract.buyerName}`,
          rows: quarters.map((q) => ({
            key: `${contract.id}:${q.key}`,
            label: quarterLabel(q.quarter),
            href: `/${org}/contracten/${contract.id}/rapportages/${q.key}`,
            due: formatDate(q.dueDate),
            status: { label: DISPLAY_STATUSES[q.status], tone: TONES[q.status] },
            submitted: q.submittedAt ? formatDate(q.submittedAt.toISOString().slice(0, 10)) : "–",
            acceptItem: q.acceptItem,
            remindItem: q.remindItem,
          })),
        }))}
      />
    </>
  );
}
