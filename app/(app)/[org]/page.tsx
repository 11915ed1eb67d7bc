import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Badge } from "@/app/_components/ui/badge";
import { requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { contractOverview } from "@/lib/contracts/overview";
import { statusLabel, statusTone } from "@/lib/contracts/rules";
import { formatDate, formatEuroCompact, sentence } from "@/lib/format";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { onlyVerifies } from "@/lib/verification/policy";
import { hasWork } from "@/lib/worklist/policy";
import { currentWorklist } from "@/lib/worklist/cache";
import { GroupHome } from "./_components/group-home";
import { Worklist } from "./_components/worklist";
import { WorklistCountSeed } from "./_components/worklist-count";

export const metadata: Metadata = { title: "Dashboard" };

/** A start page, not a register: a contract manager with hundreds of contracts finds them all on Contracten. */
const MINE_SHOWN = 10;

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const actor = await requireActor(org, { servesVerifier: true });
  if (onlyVerifies(actor)) redirect(`/${actor.org.slug}/verificatie`);
  if (actor.org.kind === "buyer_group") {
    const { standaard, zoek } = await searchParams;
    return (
      <GroupHome
        org={org}
        standard={typeof standaard === "string" ? standaard : undefined}
        search={typeof zoek === "string" ? zoek : undefined}
      />
    );
  }
  const isBuyer = actor.org.kind === "buyer";
  const [overview, work] = await withTenant(actor, (tx) =>
    Promise.all([
      contractOverview(tx, { viewer: viewerOf(actor), managerId: isBuyer ? actor.userId : null, mineShown: MINE_SHOWN }),
      currentWorklist(tx, { actor, today: amsterdamToday() }),
    ]),
  );
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Goedendag{actor.name ? `, ${actor.name.split(" ")[0]}` : ""}</h1>
          <p>
            {isBuyer
              ? sentence(`Overzicht van de contracten van ${actor.org.name}`)
              : `Overzicht van de contracten die ${actor.org.name} uitvoert, bij ${overview.buyers} opdrachtgever${overview.buyers === 1 ? "" : "s"}.`}
          </p>
        </div>
      </div>
      <Worklist items={work} readsOnly={!hasWork(actor)} />
      <WorklistCountSeed org={actor.org.slug} count={work.length} urgent={work.filter((w) => w.urgent).length} />
      <div className="stats">
        <div className="stat">
          <div className="value">{overview.active}</div>
          <div className="label">lopende contracten</div>
        </div>
        <div className="stat">
          <div className="value">{overview.draft}</div>
          <div className="label">in voorbereiding (concept)</div>
        </div>
        <div className="stat">
          <div className="value">{formatEuroCompact(overview.activeValueCents)}</div>
          <div className="label">waarde lopende contracten</div>
        </div>
        {isBuyer ? (
          <div className="stat">
            <div className="value">{overview.withoutSupplier}</div>
            <div className="label">zonder gekoppelde leverancier</div>
          </div>
        ) : null}
      </div>
      {isBuyer && overview.mine > 0 ? (
        <section className="card" aria-labelledby="mijn">
          <h2 id="mijn">Mijn contracten</h2>
          <ul>
            {overview.myFirst.map((c) => (
              <li key={c.id}>
                <Link href={`/${org}/contracten/${c.id}`}>{c.title}</Link>{" "}
                <Badge tone={statusTone(c.status)}>{statusLabel(c.status)}</Badge>{" "}
                <span className="small muted">tot {formatDate(c.endDate)}</span>
              </li>
            ))}
          </ul>
          {overview.mine > MINE_SHOWN ? (
            <p>
              <Link href={`/${org}/contracten?filter=mijn`}>Alle {overview.mine} contracten die je beheert</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="eind">
        <h2 id="eind">Eerstvolgende einddata</h2>
        {overview.endingSoon.length === 0 ? (
          <p className="muted">Geen lopende contracten.</p>
        ) : (
          <ul>
            {overview.endingSoon.map((c) => (
              <li key={c.id}>
                <Link href={`/${org}/contracten/${c.id}`}>{c.title}</Link> – <span className="small">{formatDate(c.endDate)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
