// What a buyer's coordinator keeps going for the whole organisation: checklist rounds still open
// that they have not answered, and organisation targets that no running contract reports on (a
// target without actuals looks on the dashboard like a target without progress).
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checklistAnswers, checklistRounds, indicators, organisationTargets } from "@/db/schema";
import type { WorkItem } from "./items";

export async function openChecklistRounds(db: Db, p: { tenantId: string; userId: string; orgSlug: string }): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: checklistRounds.id, title: checklistRounds.title })
    .from(checklistRounds)
    .where(
      and(
        eq(checklistRounds.tenantId, p.tenantId),
        isNull(checklistRounds.closedAt),
        sql`not exists (select 1 from ${checklistAnswers} a where a.tenant_id = ${checklistRounds.tenantId}
              and a.round_id = ${checklistRounds.id} and a.user_id = ${p.userId})`,
      ),
    );
  return rows.map((r) => ({
    key: `checklist:${r.id}`,
    kind: "checklist_round",
    title: `Checklistronde ‘${r.title}’ invullen`,
    contract: null,
    href: `/${p.orgSlug}/hulpmiddelen/checklist/${r.id}`,
    due: null,
    urgent: false,
  }));
}

export async function targetsWithoutData(db: Db, p: { tenantId: string; orgSlug: string }): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: organisationTargets.id, name: organisationTargets.name, indicator: indicators.name })
    .from(organisationTargets)
    .innerJoin(indicators, eq(indicators.id, organisationTargets.indicatorId))
    .where(
      and(
        eq(organisationTargets.tenantId, p.tenantId),
        // The dashboard's rule for what counts towards a target: a KPI on its indicator, or on an
        // intensity that multiplies into it, in a running contract.
        sql`not exists (
          select 1 from kpis k
          join indicators ki on ki.id = k.indicator_id
          join contracts c on c.tenant_id = k.tenant_id and c.id = k.contract_id
          where k.tenant_id = ${p.tenantId} and k.status = 'active' and c.status = 'active'
            and (ki.id = ${organisationTargets.indicatorId} or ki.absolute_indicator_id = ${organisationTargets.indicatorId}))`,
      ),
    );
  return rows.map((t) => ({
    key: `target:${t.id}`,
    kind: "target_without_data",
    title: `Doelstelling ‘${t.name}’ krijgt geen gegevens: geen lopend contract meet ‘${t.indicator}’`,
    contract: null,
    href: `/${p.orgSlug}/waardenwiel/doelstellingen/${t.id}`,
    due: null,
    urgent: false,
  }));
}
