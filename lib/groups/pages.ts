// The two pages of buyer groups: the group's own overview (in the group's tenant) and a buyer's
// list of its groups (in the buyer's tenant).
import { notFound } from "next/navigation";
import type { GroupStandardVersion } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { TEMPLATE_LEVELS, type TemplateLevelKey } from "@/lib/kpi-library/levels";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import {
  groupMemberList,
  groupPublications,
  groupsOfMember,
  groupStandards,
  INVITE_SEARCH_LIMIT,
  INVITE_SEARCH_MIN_LENGTH,
  memberView,
  searchInvitableBuyers,
} from "./queries";
import { median, nextScheduled, versionInForce } from "./rules";

/** The levels in a matrix cell: short, the column header says they count contracts. */
const LEVEL_SHORT: Record<TemplateLevelKey, string> = { minimum: "Minimum", plus: "Plus", maximum: "Maximum" };

function schedule(versions: GroupStandardVersion[], today: string) {
  return { inForce: versionInForce(versions, today), next: nextScheduled(versions, today) };
}

/**
 * The group's overview; `standaard` chooses the standard whose results are shown (one at a time: a
 * group may have fifty members), `zoek` the name the coordinator searches buyers to invite by.
 */
export async function groupHomePage(org: string, search: { standaard?: string; zoek?: string } = {}) {
  const actor = await requireActor(org);
  if (actor.org.kind !== "buyer_group" || !can(actor.org.kind, actor.role, "groups.read")) notFound();
  const mayManage = can(actor.org.kind, actor.role, "groups.manage");
  const today = amsterdamToday();
  return withTenant(actor, async (tx) => {
    const groupId = actor.org.id;
    const [members, standards, published, invitable] = await Promise.all([
      groupMemberList(tx, { groupId }),
      groupStandards(tx, { groupId }),
      groupPublications(tx, { groupId }),
      // Only what a search asks for: every buyer in the country would make a select nobody can use.
      mayManage && search.zoek ? searchInvitableBuyers(tx, { groupId, query: search.zoek }) : Promise.resolve([]),
    ]);
    const joined = members.filter((m) => m.status === "joined");
    const matrix = joined.map((member) => ({
      ...member,
      cells: standards.map((standard) => {
        const levels = TEMPLATE_LEVELS.map((level) => {
          const row = published.adoptions.find(
            (a) => a.organisationId === member.organisationId && a.templateId === standard.id && a.level === level,
          );
          return row ? { label: LEVEL_SHORT[level], contracts: row.contracts, deviations: row.deviations } : null;
        }).filter((l) => l !== null);
        return { templateId: standard.id, levels };
      }),
    }));
    // The oldest stand any member published: how fresh the matrix is at worst.
    const oldest = published.adoptions.reduce<Date | null>((min, a) => (!min || a.publishedAt < min ? a.publishedAt : min), null);
    // Per standard a table of members by year (the latest three), with the group's median below.
    const results = standards
      .map((standard) => {
        const rows = published.results.filter((r) => r.templateId === standard.id);
        const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a).slice(0, 3);
        const byMember = joined
          .map((m) => ({
            organisationId: m.organisationId,
            name: m.name,
            values: years.map((year) => rows.find((r) => r.organisationId === m.organisationId && r.year === year) ?? null),
          }))
          .filter((m) => m.values.some((v) => v !== null));
        const medians = years.map((year) => {
          const values = rows.filter((r) => r.year === year).map((r) => Number(r.value));
          return { year, members: values.length, median: values.length ? median(values) : null };
        });
        return { standard, years, byMember, medians };
      })
      .filter((r) => r.years.length > 0);
    const shown = results.find((r) => r.standard.id === search.standaard) ?? results[0] ?? null;
    return {
      actor,
      mayManage,
      today,
      members,
      invite: {
        query: search.zoek?.trim() ?? "",
        tooShort: Boolean(search.zoek?.trim()) && search.zoek!.trim().length < INVITE_SEARCH_MIN_LENGTH,
        matches: invitable,
        minLength: INVITE_SEARCH_MIN_LENGTH,
        limit: INVITE_SEARCH_LIMIT,
      },
      standards: standards.map((s) => ({ ...s, ...schedule(s.versions, today) })),
      matrix,
      oldest,
      results: shown,
      withResults: results.map((r) => ({ value: r.standard.id, label: r.standard.name })),
    };
  });
}

export async function memberGroupsPage(org: string) {
  const actor = await requireActor(org);
  if (actor.org.kind !== "buyer" || !can(actor.org.kind, actor.role, "groups.read")) notFound();
  const mayTakePart = can(actor.org.kind, actor.role, "groups.take_part");
  const today = amsterdamToday();
  return withTenant(actor, async (tx) => {
    const groups = await groupsOfMember(tx, { organisationId: actor.org.id });
    const detailed = [];
    for (const group of groups) {
      if (group.status !== "joined") {
        detailed.push({ ...group, standards: [] });
        continue;
      }
      const view = await memberView(tx, actor, group.groupId);
      const templateIds = [...new Set(view.versions.map((v) => v.templateId))];
      const standards = templateIds.map((templateId) => {
        const versions = view.versions.filter((v) => v.templateId === templateId);
        const { inForce, next } = schedule(versions, today);
        const taken = view.taken.find((t) => t.groupTemplateId === templateId) ?? null;
        const adoption = view.adoptions.filter((a) => a.templateId === templateId);
        return {
          templateId,
          name: (inForce ?? versions.at(-1))!.standard.name,
          inForce,
          next,
          taken,
          consented: view.consented.has(templateId),
          adoption: adoption.map((a) => ({ label: LEVEL_SHORT[a.level], contracts: a.contracts, deviations: a.deviations })),
        };
      });
      detailed.push({ ...group, standards });
    }
    return { actor, mayTakePart, groups: detailed };
  });
}
