// What the innovation register's page needs, shaped on the server so app/ stays free of database code.
import { and, asc, eq, inArray } from "drizzle-orm";
import { kpis, wheelThemes } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { formatEuroCents } from "@/lib/format";
import { contractWheelThemes, listRoadmapItems } from "@/lib/roadmap/queries";
import { withTenant } from "@/lib/tenancy";
import { mayProposeInnovation } from "./policy";
import { listInnovations } from "./queries";
import {
  COST_BEARERS,
  INNOVATION_DECISIONS,
  INNOVATION_STATUSES,
  outcomeAllowed,
  type CostBearer,
  type InnovationDecisionKind,
} from "./rules";

/** `db` only where a test runs against its own database. */
export async function innovationsPage(actor: Actor, contractId: string, db?: Db) {
  return withTenant(
    actor,
    async (tx) => {
      const contract = await getContract(tx, { viewer: viewerOf(actor), id: contractId });
      const scope = { tenantId: contract.tenantId, contractId: contract.id };
      const [rows, kpiRows, themes, roadmap] = await Promise.all([
        listInnovations(tx, scope),
        tx
          .select({ id: kpis.id, name: kpis.name, status: kpis.status })
          .from(kpis)
          .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.contractId, contract.id)))
          .orderBy(asc(kpis.name)),
        contractWheelThemes(tx, scope),
        listRoadmapItems(tx, scope),
      ]);
      const themeIds = [...new Set(rows.flatMap((r) => r.themeIds))];
      // A theme removed from the wheel since keeps its name in the register.
      const themeNames = themeIds.length
        ? await tx
            .select({ id: wheelThemes.id, name: wheelThemes.name })
            .from(wheelThemes)
            .where(and(eq(wheelThemes.tenantId, contract.tenantId), inArray(wheelThemes.id, themeIds)))
        : [];
      const kpiName = new Map(kpiRows.map((k) => [k.id, k.name]));
      const themeName = new Map(themeNames.map((t) => [t.id, t.name]));
      const canPropose = mayProposeInnovation(actor, contract);
      return {
        contract,
        canPropose,
        innovations: rows.map((r) => ({
          id: r.id,
          title: r.title,
          problem: r.problem,
          expectedEffect: r.expectedEffect,
          kpis: r.kpiIds.map((id) => ({ id, name: kpiName.get(id) ?? "Onbekende KPI" })),
          themes: r.themeIds.map((id) => themeName.get(id) ?? "Onbekend thema"),
          cost: r.costCents === null ? null : formatEuroCents(r.costCents),
          costBearer: r.costBearer ? COST_BEARERS[r.costBearer as CostBearer] : null,
          roadmap: r.roadmapItemId && r.roadmapTitle ? { id: r.roadmapItemId, title: r.roadmapTitle } : null,
          proposedBy: `${r.proposerName} · ${r.proposedBySide === "buyer" ? "opdrachtgever" : "opdrachtnemer"}`,
          status: r.status,
          statusLabel: INNOVATION_STATUSES[r.status],
          decision: r.decision ? { ...r.decision, label: INNOVATION_DECISIONS[r.decision.decision as InnovationDecisionKind] } : null,
          outcome: r.outcome ? { text: r.outcome, by: r.outcomeByName ?? "", at: r.outcomeAt } : null,
          version: r.version,
          canRecordOutcome:
            canPropose &&
            outcomeAllowed(r.decision ? { decision: r.decision.decision, reviewStatus: r.decision.final ? "final" : "draft" } : null),
        })),
        choices: {
          kpis: kpiRows.filter((k) => k.status === "active" || k.status === "proposed").map((k) => ({ value: k.id, label: k.name })),
          themes: themes.map((t) => ({ value: t.id, label: t.name })),
          roadmap: roadmap.map((i) => ({ value: i.id, label: i.title })),
          costBearers: Object.entries(COST_BEARERS).map(([value, label]) => ({ value, label })),
        },
      };
    },
    db,
  );
}
