// What a buyer does with buyer groups, in its own tenant transaction: start one, answer an
// invitation, leave, take a standard into its KPI library and decide per standard whether its
// results are shared. Each switches to the group's tenant only to write the group's rows.
import { and, eq, sql } from "drizzle-orm";
import { groupConsents, groupMembers, groupStandardVersions, kpiTemplates, memberships, organisations } from "@/db/schema";
import { recordAudit, recordAudits } from "@/lib/audit";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { freeSlugFor } from "@/lib/organisations/queries";
import { amsterdamToday } from "@/lib/time";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { withdrawPlacesOf } from "./people";
import { publishToGroup, withdrawRows } from "./publication";
import { versionInForce } from "./rules";
import { AnswerGroupInvitation, LeaveGroup, PublishToGroup, SetGroupConsent, StartGroup, TakeOverStandard } from "./schemas";
import { inGroupTenant, joinedStanding, standingIn } from "./scope";

function requireBuyer(ctx: Actor) {
  if (ctx.org.kind !== "buyer") throw new ForbiddenError("Alleen een opdrachtgever neemt deel aan een inkoopgroep.");
}

export const startGroup = defineAction({
  name: "groups.start",
  permission: "groups.take_part",
  input: StartGroup,
  async handler(tx, ctx, input) {
    requireBuyer(ctx);
    const [group] = await tx
      .insert(organisations)
      .values({ kind: "buyer_group", name: input.name, slug: await freeSlugFor(tx, input.name) })
      .returning();
    await inGroupTenant(tx, ctx, group.id, async (writer) => {
      await tx.insert(memberships).values({ organisationId: group.id, userId: ctx.userId, role: "coordinator" });
      const [member] = await tx
        .insert(groupMembers)
        .values({
          tenantId: group.id,
          organisationId: ctx.org.id,
          status: "joined",
          invitedBy: ctx.userId,
          answeredBy: ctx.userId,
          answeredAt: new Date(),
        })
        .returning();
      await recordAudits(tx, writer, [
        { tenantId: group.id, entity: "organisation", entityId: group.id, action: "create", after: group },
        { tenantId: group.id, entity: "membership", entityId: ctx.userId, action: "join", after: { role: "coordinator" } },
        { tenantId: group.id, entity: "group_member", entityId: ctx.org.id, action: "join", after: member },
      ]);
    });
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "organisation", entityId: group.id, action: "start_group", after: group });
    return { slug: group.slug };
  },
});

export const answerGroupInvitation = defineAction({
  name: "groups.answer",
  permission: "groups.take_part",
  input: AnswerGroupInvitation,
  async handler(tx, ctx, input) {
    requireBuyer(ctx);
    const standing = await standingIn(tx, { groupId: input.groupId, organisationId: ctx.org.id });
    if (standing.status !== "invited" || standing.version !== input.version) {
      throw new ConflictError("Deze uitnodiging is intussen beantwoord of ingetrokken. Laad de pagina opnieuw.");
    }
    const status = input.join ? "joined" : "declined";
    await inGroupTenant(tx, ctx, input.groupId, async (writer) => {
      const [after] = await tx
        .update(groupMembers)
        .set({ status, answeredBy: ctx.userId, answeredAt: new Date(), version: standing.version + 1 })
        .where(memberRow(input.groupId, ctx.org.id, standing.version))
        .returning();
      if (!after) throw new ConflictError("Deze uitnodiging is intussen gewijzigd. Laad de pagina opnieuw.");
      await recordAudit(tx, writer, {
        tenantId: input.groupId,
        entity: "group_member",
        entityId: ctx.org.id,
        action: input.join ? "join" : "decline",
        before: standing,
        after,
      });
    });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "organisation",
      entityId: input.groupId,
      action: input.join ? "join_group" : "decline_group",
    });
    return { status };
  },
});

export const leaveGroup = defineAction({
  name: "groups.leave",
  permission: "groups.take_part",
  input: LeaveGroup,
  async handler(tx, ctx, input) {
    requireBuyer(ctx);
    const standing = await joinedStanding(tx, ctx, input.groupId);
    if (standing.version !== input.version) throw new ConflictError("Jullie deelname is intussen gewijzigd. Laad de pagina opnieuw.");
    await inGroupTenant(tx, ctx, input.groupId, async (writer) => {
      const [after] = await tx
        .update(groupMembers)
        .set({ status: "left", answeredBy: ctx.userId, answeredAt: new Date(), version: standing.version + 1 })
        .where(memberRow(input.groupId, ctx.org.id, standing.version))
        .returning();
      if (!after) throw new ConflictError("Jullie deelname is intussen gewijzigd. Laad de pagina opnieuw.");
      await withdrawRows(tx, input.groupId, ctx.org.id);
      // Its people's places in the group go with it: they were there for this organisation.
      await withdrawPlacesOf(tx, input.groupId, ctx.org.id, LAST_COORDINATORS_LEAVING);
      await recordAudit(tx, writer, {
        tenantId: input.groupId,
        entity: "group_member",
        entityId: ctx.org.id,
        action: "leave",
        before: standing,
        after,
      });
    });
    await tx.delete(groupConsents).where(and(eq(groupConsents.tenantId, ctx.org.id), eq(groupConsents.groupId, input.groupId)));
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "organisation", entityId: input.groupId, action: "leave_group" });
    return { status: "left" as const };
  },
});

const LAST_COORDINATORS_LEAVING =
  "Alleen mensen van jullie organisatie zijn groepscoördinator. Laat de groep eerst iemand van een ander lid groepscoördinator maken (Beheer van de groep); daarna kunnen jullie vertrekken.";

function memberRow(groupId: string, organisationId: string, version: number) {
  return and(eq(groupMembers.tenantId, groupId), eq(groupMembers.organisationId, organisationId), eq(groupMembers.version, version));
}

/**
 * The version of a group's standard in force today, for a buyer that has joined the group, read in
 * the group's tenant; refused when the buyer is not a member or the standard is not in force.
 */
async function standardForMember(tx: Db, ctx: Actor, groupId: string, templateId: string) {
  requireBuyer(ctx);
  await joinedStanding(tx, ctx, groupId);
  const versions = await inGroupTenant(tx, ctx, groupId, () =>
    tx
      .select()
      .from(groupStandardVersions)
      .where(and(eq(groupStandardVersions.tenantId, groupId), eq(groupStandardVersions.templateId, templateId))),
  );
  const inForce = versionInForce(versions, amsterdamToday());
  if (!inForce) throw new ValidationError({ templateId: "Deze standaard van de groep is (nog) niet van kracht." });
  return inForce;
}

export const setGroupConsent = defineAction({
  name: "groups.set_consent",
  permission: "groups.take_part",
  input: SetGroupConsent,
  async handler(tx, ctx, input) {
    await standardForMember(tx, ctx, input.groupId, input.templateId);
    const where = and(
      eq(groupConsents.tenantId, ctx.org.id),
      eq(groupConsents.groupId, input.groupId),
      eq(groupConsents.templateId, input.templateId),
    );
    const changed = input.share
      ? await tx
          .insert(groupConsents)
          .values({ tenantId: ctx.org.id, groupId: input.groupId, templateId: input.templateId, consentedBy: ctx.userId })
          .onConflictDoNothing()
          .returning()
      : await tx.delete(groupConsents).where(where).returning();
    if (changed.length === 0) {
      throw new ConflictError(input.share ? "Jullie delen deze resultaten al." : "Jullie deelden deze resultaten al niet meer.");
    }
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "group_consent",
      entityId: input.templateId,
      action: input.share ? "grant" : "withdraw",
      after: { groupId: input.groupId, templateId: input.templateId },
    });
    // At once: withdrawn consent takes the results out of the group in this same transaction.
    await publishToGroup(tx, ctx, input.groupId);
    return { share: input.share };
  },
});

export const takeOverStandard = defineAction({
  name: "groups.take_over_standard",
  permission: "groups.take_part",
  input: TakeOverStandard,
  async handler(tx, ctx, input) {
    const inForce = await standardForMember(tx, ctx, input.groupId, input.templateId);
    const link = { groupId: input.groupId, groupTemplateId: input.templateId, groupStandardNumber: inForce.number };
    const [before] = await tx
      .select()
      .from(kpiTemplates)
      .where(
        and(
          eq(kpiTemplates.tenantId, ctx.org.id),
          eq(kpiTemplates.groupId, input.groupId),
          eq(kpiTemplates.groupTemplateId, input.templateId),
        ),
      );
    if (before && before.groupStandardNumber === inForce.number) {
      throw new ConflictError("Jullie KPI-bibliotheek heeft deze versie van de standaard al.");
    }
    const [after] = before
      ? await tx
          .update(kpiTemplates)
          .set({ ...inForce.standard, ...link, version: sql`${kpiTemplates.version} + 1` })
          .where(and(eq(kpiTemplates.tenantId, ctx.org.id), eq(kpiTemplates.id, before.id)))
          .returning()
      : await tx
          .insert(kpiTemplates)
          .values({ tenantId: ctx.org.id, ...inForce.standard, ...link })
          .returning();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "kpi_template",
      entityId: after.id,
      action: before ? "update" : "create",
      before,
      after,
    });
    await publishToGroup(tx, ctx, input.groupId);
    return { templateId: after.id, number: inForce.number };
  },
});

export const publishToGroupNow = defineAction({
  name: "groups.publish",
  permission: "groups.take_part",
  input: PublishToGroup,
  async handler(tx, ctx, input) {
    requireBuyer(ctx);
    await publishToGroup(tx, ctx, input.groupId);
    return { groupId: input.groupId };
  },
});
