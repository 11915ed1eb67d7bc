import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { pageDashboard } from "@/lib/dashboard/service";
import { amsterdamYear } from "@/lib/time";
import { quarterKey, quarterLabel, quarterRange } from "@/lib/periods";
import { DashboardClient } from "./_components/dashboard-client";
import "./_components/dashboard.css";

export const metadata: Metadata = { title: "Organisatiedashboard" };

export default async function OrganisationDashboardPage(props: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await props.params;
  const actor = await requireActor(org);
  if (actor.org.kind !== "buyer") {
    return (
      <div className="page-header">
        <div>
          <h1>Organisatiedashboard</h1>
          <p>Het organisatiedashboard is er voor de opdrachtgever. Uw contracten vindt u onder Contracten.</p>
        </div>
      </div>
    );
  }
  const initial = await pageDashboard(actor, { search: await props.searchParams, shortSupplierList: true });
  const year = amsterdamYear();
  const quarters = quarterRange({ year: year - 5, quarter: 1 }, { year: year + 2, quarter: 4 }).map((q) => ({
    value: quarterKey(q),
    label: quarterLabel(q),
  }));
  return (
    <>
      {/* On paper the board report's own heading, with the filters, takes its place. */}
      <div className="page-header no-print">
        <div>
          <h1>Organisatiedashboard</h1>
          <p>
            De voortgang van alle contracten van {actor.org.name}: Waardenwiel, doelstellingen, toezeggingen, malus en rapportagediscipline.
          </p>
        </div>
        <div className="actions">
          {/* Open data: every contract, its KPIs, targets and accepted values, whatever the filters below. */}
          <a href={`/api/v1/${actor.org.slug}/ocds`} className="button button-secondary" download>
            Alle contracten als OCDS (JSON)
          </a>
        </div>
      </div>
      <DashboardClient org={actor.org.slug} orgName={actor.org.name} initial={initial} quarters={quarters} />
    </>
  );
}
