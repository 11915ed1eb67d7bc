import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { MAX_SCORE_GROUPS } from "@/lib/contracts/score-groups";
import { scoreGroupsPage } from "@/lib/contracts/score-groups-page";
import { decimalInput, formatNumber } from "@/lib/format";
import { KNOCK_OUT_CAP, SCORE_POINTS } from "@/lib/reviews/overall-score";
import { ScoreGroupsForm } from "./_components/score-groups-form";
import { saveScoreGroupsAction } from "./actions";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Weging van de totaalscore" };

const weight = (w: string) => formatNumber(Number(w));

/**
 * How the overall score of the contract's reviews weighs its KPIs: alone by their weights, or in
 * groups with a weight each (as supplier questionnaires weigh groups and the questions in them).
 * The buyer's contract manager sets it; the supplier reads it.
 */
export default async function ScoreGroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
}) {
  const { org, id } = await params;
  const { opgeslagen } = await searchParams;
  const actor = await requireActor(org);
  const { contract, groups, kpis, canEdit } = await orNotFound(scoreGroupsPage(actor, id));
  const nameOf = new Map(groups.map((g) => [g.key, g.name]));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Weging van de totaalscore</h1>
          <p>
            Elke definitieve review krijgt een totaalscore van 0 tot 100: op koers {SCORE_POINTS.on_track}, risico {SCORE_POINTS.at_risk} en
            niet op koers {SCORE_POINTS.off_track} punten, gewogen naar het gewicht van elke KPI. Niet gescoorde KPI&apos;s tellen niet mee.
            Een knock-out-KPI die niet op koers is, begrenst de score op {KNOCK_OUT_CAP}. Met groepen telt eerst elke groep apart en daarna
            de groepen naar hun gewicht.
          </p>
          <p className="small muted">
            Een nieuwe weging geldt voor reviews die nog niet definitief zijn; een ondertekende review houdt haar totaalscore.
          </p>
        </div>
      </div>
      {opgeslagen ? <Notice arrival>De weging is opgeslagen.</Notice> : null}
      {canEdit ? (
        <div className="card">
          <ScoreGroupsForm
            key={contract.version}
            action={saveScoreGroupsAction.bind(null, org, id)}
            version={contract.version}
            groups={groups.map((g) => ({ ...g, weight: decimalInput(g.weight) }))}
            kpis={kpis.map((k) => ({ id: k.id, name: k.name, weightLabel: weight(k.weight), group: k.group }))}
            rows={MAX_SCORE_GROUPS}
          />
        </div>
      ) : (
        <div className="card">
          <h2>Groepen</h2>
          {groups.length === 0 ? <p>Dit contract weegt de KPI&apos;s zonder groepen.</p> : null}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col">Gewicht</th>
                  <th scope="col">Groep</th>
                </tr>
              </thead>
              <tbody>
                {kpis.map((k) => (
                  <tr key={k.id}>
                    <td>
                      {k.name}
                      {k.knockOut ? " (knock-out)" : ""}
                    </td>
                    <td>{weight(k.weight)}</td>
                    <td>
                      {groups.length === 0
                        ? "—"
                        : k.group && nameOf.has(k.group)
                          ? `${nameOf.get(k.group)} (gewicht ${weight(groups.find((g) => g.key === k.group)!.weight)})`
                          : "Overige KPI's (gewicht 1)"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </>
  );
}
