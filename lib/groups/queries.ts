// What the group's pages read, all in the group's own tenant transaction (its members, standards,
// the adoption matrix and the shared results), and what a member's page reads in its own.
import { and, asc, eq, ilike, inArray, isNull, ne, notInArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  groupAdoptions,
  groupConsents,
  groupMembers,
  groupResults,
  groupStandardVersions,
  indicators,
  kpiTemplates,
  organisations,
} from "@/db/schema";
import { searchTerms } from "@/lib/search-terms";
import type { MemberActor } from "./scope";
import { inGroupTenant } from "./scope";

/** The organisations the group invited, with where each stands. */
export async function groupMemberList(db: Db, { groupId }: { groupId: string }) {
  return db
    .select({
      organisationId: groupMembers.organisationId,
      name: organisations.name,
      status: groupMembers.status,
      invitedAt: groupMembers.invitedAt,
      answeredAt: groupMembers.answeredAt,
      version: groupMembers.version,
    })
    .from(groupMembers)
    .innerJoin(organisations, eq(organisations.id, groupMembers.organisationId))
    .where(eq(groupMembers.tenantId, groupId))
    .orderBy(asc(organisations.name));
}

/** A name search asks for at least this many characters: one letter would match nearly every buyer. */
export const INVITE_SEARCH_MIN_LENGTH = 2;
/** At most this many matches are shown; a longer name narrows them down. */
export const INVITE_SEARCH_LIMIT = 10;

/**
 * Buyers the coordinator can invite whose name holds every word searched for: active buyers not
 * already invited or in the group, by name, at most `limit`. Nothing for a search that is too short.
 */
export async function searchInvitableBuyers(
  db: Db,
  { groupId, query, limit = INVITE_SEARCH_LIMIT }: { groupId: string; query: string; limit?: number },
) {
  const words = searchTerms(query);
  if (query.trim().length < INVITE_SEARCH_MIN_LENGTH || words.length === 0) return [];
  const present = await db
    .select({ id: groupMembers.organisationId })
    .from(groupMembers)
    .where(and(eq(groupMembers.tenantId, groupId), inArray(groupMembers.status, ["invited", "joined"])));
  const ids = present.map((p) => p.id);
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, "buyer"),
        isNull(organisations.suspendedAt),
        ids.length ? notInArray(organisations.id, ids) : undefined,
        ...words.map((w) => ilike(organisations.name, w)),
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(Math.min(limit, INVITE_SEARCH_LIMIT));
}

/** The group's standards (its library templates) with every published version, oldest first. */
export async function groupStandards(db: Db, { groupId }: { groupId: string }) {
  const [templates, versions] = await Promise.all([
    db
      .select({
        id: kpiTemplates.id,
        name: kpiTemplates.name,
        purchasingPackage: kpiTemplates.purchasingPackage,
        unitLabel: indicators.unitLabel,
        direction: indicators.direction,
      })
      .from(kpiTemplates)
      .leftJoin(indicators, eq(indicators.id, kpiTemplates.indicatorId))
      .where(eq(kpiTemplates.tenantId, groupId))
      .orderBy(asc(kpiTemplates.name)),
    db.select().from(groupStandardVersions).where(eq(groupStandardVersions.tenantId, groupId)).orderBy(asc(groupStandardVersions.number)),
  ]);
  return templates.map((t) => ({ ...t, versions: versions.filter((v) => v.templateId === t.id) }));
}

/** Whether a group's library template has published versions: members follow it, so it stays. */
export async function hasPublishedVersions(db: Db, { groupId, templateId }: { groupId: string; templateId: string }) {
  const [row] = await db
    .select({ id: groupStandardVersions.id })
    .from(groupStandardVersions)
    .where(and(eq(groupStandardVersions.tenantId, groupId), eq(groupStandardVersions.templateId, templateId)))
    .limit(1);
  return Boolean(row);
}

/** What joined members published: adoption per standard and level, and consented results. */
export async function groupPublications(db: Db, { groupId }: { groupId: string }) {
  const joined = and(eq(groupMembers.tenantId, groupId), eq(groupMembers.status, "joined"));
  const [adoptions, results] = await Promise.all([
    db
      .select({
        organisationId: groupAdoptions.organisationId,
        templateId: groupAdoptions.templateId,
        level: groupAdoptions.level,
        contracts: groupAdoptions.contracts,
        deviations: groupAdoptions.deviations,
        publishedAt: groupAdoptions.publishedAt,
      })
      .from(groupAdoptions)
      .innerJoin(
        groupMembers,
        and(eq(groupMembers.tenantId, groupAdoptions.tenantId), eq(groupMembers.organisationId, groupAdoptions.organisationId)),
      )
      .where(and(eq(groupAdoptions.tenantId, groupId), joined)),
    db
      .select({
        organisationId: groupResults.organisationId,
        templateId: groupResults.templateId,
        year: groupResults.year,
        contracts: groupResults.contracts,
        value: groupResults.value,
      })
      .from(groupResults)
      .innerJoin(
        groupMembers,
        and(eq(groupMembers.tenantId, groupResults.tenantId), eq(groupMembers.organisationId, groupResults.organisationId)),
      )
      .where(and(eq(groupResults.tenantId, groupId), joined))
      .orderBy(asc(groupResults.year)),
  ]);
  return { adoptions, results };
}

/** Every group that invited the member, with where it stands (its own rows in each group). */
export async function groupsOfMember(db: Db, { organisationId }: { organisationId: string }) {
  return db
    .select({
      groupId: groupMembers.tenantId,
      name: organisations.name,
      slug: organisations.slug,
      status: groupMembers.status,
      invitedAt: groupMembers.invitedAt,
      version: groupMembers.version,
    })
    .from(groupMembers)
    .innerJoin(organisations, eq(organisations.id, groupMembers.tenantId))
    .where(and(eq(groupMembers.organisationId, organisationId), ne(groupMembers.status, "declined")))
    .orderBy(asc(organisations.name));
}

/**
 * A joined group's published standards as the member sees them: the versions (read in the
 * group's tenant), the member's own library templates taken from them and its consents.
 */
export async function memberView(db: Db, member: MemberActor, groupId: string) {
  // The group's versions, and what the member itself published there (its own adoption rows).
  const [versions, adoptions] = await inGroupTenant(db, member, groupId, () =>
    Promise.all([
      db.select().from(groupStandardVersions).where(eq(groupStandardVersions.tenantId, groupId)).orderBy(asc(groupStandardVersions.number)),
      db
        .select({
          templateId: groupAdoptions.templateId,
          level: groupAdoptions.level,
          contracts: groupAdoptions.contracts,
          deviations: groupAdoptions.deviations,
        })
        .from(groupAdoptions)
        .where(and(eq(groupAdoptions.tenantId, groupId), eq(groupAdoptions.organisationId, member.org.id))),
    ]),
  );
  const [taken, consents] = await Promise.all([
    db
      .select({ id: kpiTemplates.id, groupTemplateId: kpiTemplates.groupTemplateId, number: kpiTemplates.groupStandardNumber })
      .from(kpiTemplates)
      .where(and(eq(kpiTemplates.tenantId, member.org.id), eq(kpiTemplates.groupId, groupId))),
    db
      .select({ templateId: groupConsents.templateId })
      .from(groupConsents)
      .where(and(eq(groupConsents.tenantId, member.org.id), eq(groupConsents.groupId, groupId))),
  ]);
  return { versions, adoptions, taken, consented: new Set(consents.map((c) => c.templateId)) };
}
