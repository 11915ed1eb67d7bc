// What a member shows its group: computed in the member's own transaction from its own rows, and
// written as rows of the group (switching to the group's tenant for the write only). Adoption
// figures are always shared with a group the member joined: they say which standard it applies
// at which level, not how its contracts perform. Results are shared per standard only with the
// member's consent; without it, or once the member leaves, its rows are deleted at once.
import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { groupAdoptions, groupConsents, groupResults, groupStandardVersions, type StoredMilestone } from "@/db/schema";
import { levelMilestonesForContract, type TemplateLevelKey } from "@/lib/kpi-library/levels";
import { amsterdamToday } from "@/lib/time";
import { fallsBelowMinimum, versionInForce } from "./rules";
import { inGroupTenant, joinedStanding, standingIn, type MemberActor } from "./scope";

type AdoptedKpi = {
  template_id: string;
  level: TemplateLevelKey;
  contract_id: string;
  direction: "higher_better" | "lower_better" | null;
  milestones: StoredMilestone[] | null;
  start_date: string;
  end_date: string;
};

/** The member's live KPIs that follow a standard of the group, with their current growth path. */
async function adoptedKpis(tx: Db, memberId: string, groupId: string): Promise<AdoptedKpi[]> {
  return queryRows<AdoptedKpi>(
    tx,
    sql`select t.group_template_id as template_id, k.ambition_level as level, k.contract_id, i.direction,
               c.start_date::text as start_date, c.end_date::text as end_date,
               (select g.milestones from growth_path_versions g
                 where g.tenant_id = k.tenant_id and g.kpi_id = k.id order by g.version_number desc limit 1) as milestones
          from kpis k
          join kpi_templates t on t.tenant_id = k.tenant_id and t.id = k.template_id
          join contracts c on c.tenant_id = k.tenant_id and c.id = k.contract_id
          left join indicators i on i.id = k.indicator_id
         where k.tenant_id = ${memberId} and t.group_id = ${groupId}
           and k.status in ('active', 'proposed') and k.ambition_level is not null and t.group_template_id is not null`,
  );
}

type MemberResult = { template_id: string; year: number; contracts: number; value: string };

/** The member's yearly result per consented standard: the median of its contracts' accepted year values. */
async function consentedResults(tx: Db, memberId: string, groupId: string, templateIds: string[]): Promise<MemberResult[]> {
  if (templateIds.length === 0) return [];
  return queryRows<MemberResult>(
    tx,
    sql`select s.group_template_id as template_id, v.year, count(distinct v.contract_id)::integer as contracts,
               round(percentile_cont(0.5) within group (order by v.value)::numeric, 4)::text as value
          from benchmark_contract_values v
          join (select distinct k.contract_id, k.indicator_id, t.group_template_id
                  from kpis k join kpi_templates t on t.tenant_id = k.tenant_id and t.id = k.template_id
                 where k.tenant_id = ${memberId} and t.group_id = ${groupId}
                   and k.status in ('active', 'retired') and t.group_template_id in ${sql`(${sql.join(
                     templateIds.map((id) => sql`${id}::uuid`),
                     sql`, `,
                   )})`}) s
            on s.contract_id = v.contract_id and s.indicator_id = v.indicator_id
         where v.tenant_id = ${memberId}
         group by s.group_template_id, v.year`,
  );
}

/**
 * Replaces what the member publishes to one group with what its own rows say now. The member
 * must have joined; `today` decides which version of each standard is in force.
 */
export async function publishToGroup(tx: Db, member: MemberActor, groupId: string, today = amsterdamToday()) {
  await joinedStanding(tx, member, groupId);
  const consents = await tx
    .select({ templateId: groupConsents.templateId })
    .from(groupConsents)
    .where(and(eq(groupConsents.tenantId, member.org.id), eq(groupConsents.groupId, groupId)));
  const [kpiRows, results] = await Promise.all([
    adoptedKpis(tx, member.org.id, groupId),
    consentedResults(
      tx,
      member.org.id,
      groupId,
      consents.map((c) => c.templateId),
    ),
  ]);
  const now = new Date();
  await inGroupTenant(tx, member, groupId, async () => {
    const versions = await tx
      .select({
        templateId: groupStandardVersions.templateId,
        number: groupStandardVersions.number,
        effectiveFrom: groupStandardVersions.effectiveFrom,
        standard: groupStandardVersions.standard,
      })
      .from(groupStandardVersions)
      .where(eq(groupStandardVersions.tenantId, groupId));
    const adoptions = new Map<string, { templateId: string; level: TemplateLevelKey; contracts: Set<string>; deviating: Set<string> }>();
    for (const kpi of kpiRows) {
      const inForce = versionInForce(
        versions.filter((v) => v.templateId === kpi.template_id),
        today,
      );
      if (!inForce) continue;
      const key = `${kpi.template_id}:${kpi.level}`;
      const cell = adoptions.get(key) ?? { templateId: kpi.template_id, level: kpi.level, contracts: new Set(), deviating: new Set() };
      cell.contracts.add(kpi.contract_id);
      const minimum = levelMilestonesForContract(inForce.standard.levels.minimum, { startDate: kpi.start_date, endDate: kpi.end_date });
      if (fallsBelowMinimum(kpi.milestones ?? [], minimum.milestones, kpi.direction)) cell.deviating.add(kpi.contract_id);
      adoptions.set(key, cell);
    }
    await withdrawRows(tx, groupId, member.org.id);
    if (adoptions.size > 0) {
      await tx.insert(groupAdoptions).values(
        [...adoptions.values()].map((a) => ({
          tenantId: groupId,
          organisationId: member.org.id,
          templateId: a.templateId,
          level: a.level,
          contracts: a.contracts.size,
          deviations: a.deviating.size,
          publishedAt: now,
        })),
      );
    }
    const known = new Set(versions.map((v) => v.templateId));
    const shared = results.filter((r) => known.has(r.template_id));
    if (shared.length > 0) {
      await tx.insert(groupResults).values(
        shared.map((r) => ({
          tenantId: groupId,
          organisationId: member.org.id,
          templateId: r.template_id,
          year: Number(r.year),
          contracts: Number(r.contracts),
          value: r.value,
          publishedAt: now,
        })),
      );
    }
  });
}

/**
 * After a member's own change that a group sees (a KPI adopted from its standard): publish anew
 * when it is still a member; a template kept after leaving a group publishes nothing.
 */
export async function publishIfMember(tx: Db, member: MemberActor, groupId: string) {
  const standing = await standingIn(tx, { groupId, organisationId: member.org.id }).catch(() => null);
  if (standing?.status === "joined") await publishToGroup(tx, member, groupId);
}

/** Deletes everything a member published to the group: on leaving or removal, and before publishing anew. */
export async function withdrawRows(tx: Db, groupId: string, memberId: string) {
  await tx.delete(groupResults).where(and(eq(groupResults.tenantId, groupId), eq(groupResults.organisationId, memberId)));
  await tx.delete(groupAdoptions).where(and(eq(groupAdoptions.tenantId, groupId), eq(groupAdoptions.organisationId, memberId)));
}
