import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { roadmapFormChoices, roadmapPage } from "@/lib/roadmap/pages";
import {
  OWNER_SIDES,
  roadmapStatusLabel,
  roadmapStatusTone,
  strategyLabel,
  XCURVE_KEYS,
  XCURVE_SOURCE,
  XCURVE_STRATEGIES,
} from "@/lib/roadmap/rules";
import { RoadmapForm } from "./_components/roadmap-form";
import { RoadmapTimeline } from "./_components/roadmap-timeline";
import { addRoadmapItemAction, completeRoadmapItemsAction } from "./actions";
import { BulkChecklist } from "@/app/_components/ui/bulk";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Roadmap" };

const NOTICES: Record<string, string> = { opgeslagen: "De actie is opgeslagen.", verwijderd: "De actie is van de roadmap gehaald." };

/**
 * The roadmap of a contract (seed 004 bijlage 2 stap 6): actions and milestones over the contract
 * years that buyer and supplier develop together and evaluate every year, each tagged with the
 * X-curve move it makes, drawn on one time axis with the KPIs' growth paths.
 */
export default async function RoadmapPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ groep?: string; opgeslagen?: string; verwijderd?: string }>;
}) {
  const { org, id } = await params;
  const query = await searchParams;
  const actor = await requireActor(org);
  const groupBy = query.groep === "thema" ? "theme" : "strategy";
  const page = await orNotFound(roadmapPage(actor, id, groupBy));
  const { contract, items, layout } = page;
  const base = `/${org}/contracten/${id}`;
  const numbers = new Map(items.map((item, i) => [item.id, i + 1]));
  const notice = Object.keys(NOTICES).find((key) => query[key as keyof typeof query]);
  const choices = roadmapFormChoices(contract, page.themes);
  return (
    <>
      <p className="small">
        <Link href={base}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Roadmap</h1>
          <p>
            Acties en mijlpalen over de looptijd van het contract, die opdrachtgever en leverancier samen opstellen en jaarlijks evalueren.
            Elke actie hoort bij een strategie van de X-curve: ombouwen, opbouwen, voortbouwen of afbouwen.
          </p>
        </div>
      </div>
      {notice ? <Notice arrival>{NOTICES[notice]}</Notice> : null}
      <section className="card" aria-labelledby="tijdlijn">
        <div className="target-card-header">
          <h2 id="tijdlijn">Tijdlijn</h2>
          <nav className="segmented" aria-label="Groepering van de tijdlijn">
            <Link href={`${base}/roadmap`} aria-current={groupBy === "strategy" ? "page" : undefined}>
              Per strategie
            </Link>
            <Link href={`${base}/roadmap?groep=thema`} aria-current={groupBy === "theme" ? "page" : undefined}>
              Per thema
            </Link>
          </nav>
        </div>
        <RoadmapTimeline layout={layout} description={page.description} numbers={numbers} growthPaths={page.growthPaths} />
        {page.growthPaths.length === 0 ? (
          <p className="small muted">
            Zodra er KPI&apos;s met een groeipad zijn, staan hun groeipaden onder de tijdlijn.{" "}
            <Link href={`${base}/kpis`}>Naar de KPI&apos;s van dit contract</Link>
          </p>
        ) : (
          <p className="small muted">
            Elk groeipad is op zijn eigen schaal getekend, van het laagste tot het hoogste doel.{" "}
            <Link href={`${base}/kpis`}>De doelen per kwartaal staan bij de KPI&apos;s</Link>
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="acties">
        <h2 id="acties">Acties ({items.length})</h2>
        {items.length === 0 ? (
          <p>Er staan nog geen acties op de roadmap.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Nr.
                  </th>
                  <th scope="col">Actie</th>
                  <th scope="col">Strategie</th>
                  <th scope="col">Thema</th>
                  <th scope="col">Eigenaar</th>
                  <th scope="col">Streefdatum</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td className="num">{numbers.get(item.id)}</td>
                    <td>
                      {page.canEdit ? <Link href={`${base}/roadmap/${item.id}`}>{item.title}</Link> : item.title}
                      {item.description ? <div className="small muted">{item.description}</div> : null}
                    </td>
                    <td>{strategyLabel(item.strategy)}</td>
                    <td>{item.themeName ?? "—"}</td>
                    <td>
                      {item.owner ?? "—"}
                      <div className="small muted">{OWNER_SIDES[item.ownerSide]}</div>
                    </td>
                    <td>
                      {formatDate(item.dueDate)}
                      {item.overdue ? (
                        <div>
                          <Badge tone="red">Streefdatum verstreken</Badge>
                        </div>
                      ) : null}
                    </td>
                    <td>
                      <Badge tone={roadmapStatusTone(item.status)}>{roadmapStatusLabel(item.status)}</Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {page.canEdit ? (
          <BulkChecklist
            legend="Meerdere acties tegelijk afronden"
            button="Afronden"
            title="Afronden"
            options={items
              .filter((item) => item.status === "planned" || item.status === "in_progress")
              .map((item) => ({ item: `${id}:${item.id}:${item.version}`, label: `${numbers.get(item.id)}. ${item.title}` }))}
            run={completeRoadmapItemsAction.bind(null, org, id)}
          />
        ) : null}
      </section>
      {page.canEdit ? (
        <section className="card" aria-labelledby="toevoegen">
          <h2 id="toevoegen">Actie toevoegen</h2>
          {page.themes.length === 0 ? (
            <p className="small muted">
              Dit contract heeft nog geen eigen Waardenwiel; leid het af om acties aan een thema te koppelen.{" "}
              <Link href={`${base}/waardenwiel`}>Naar het Waardenwiel van dit contract</Link>
            </p>
          ) : null}
          <RoadmapForm
            action={addRoadmapItemAction.bind(null, org, id)}
            initial={{
              title: "",
              description: "",
              strategy: "",
              themeId: "",
              owner: "",
              ownerSide: actor.org.kind,
              dueDate: "",
              status: "planned",
            }}
            {...choices}
            today={page.today}
            submitLabel="Actie toevoegen"
            resetOnSuccess
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="xcurve">
        <h2 id="xcurve">De vier strategieën van de X-curve</h2>
        <p>
          Een transitie vraagt tegelijk het nieuwe opbouwen en het oude afbouwen. Zet daarom op alle vier de strategieën in, niet alleen op
          pilots of op het verbeteren van wat er al is.
        </p>
        <dl className="facts">
          {XCURVE_KEYS.map((key) => [
            <dt key={`dt-${key}`}>{XCURVE_STRATEGIES[key].label}</dt>,
            <dd key={`dd-${key}`}>
              {XCURVE_STRATEGIES[key].question} <span className="muted">{XCURVE_STRATEGIES[key].explanation}</span>
            </dd>,
          ])}
        </dl>
        <p className="small muted">{XCURVE_SOURCE}</p>
      </section>
    </>
  );
}
