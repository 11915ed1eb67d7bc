// What the group's coordinator does, in the group's own tenant transaction: invite a buyer
// organisation, remove a member (its published rows go at once), publish a version of a standard.
import { and, desc, eq } from "drizzle-orm";
import { groupMembers, groupStandardVersions, kpiTemplates, organisations } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { getTemplateInTenant } from "@/lib/kpi-library/queries";
import { formatDate } from "@/lib/format";
import { organisationContacts } from "@/lib/members/queries";
import { addOrganisationNotifications } from "@/lib/notifications/create";
import { onBehalfOf, scopeOf } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { withdrawPlacesOf } from "./people";
import { withdrawRows } from "./publication";
import { standardOf } from "./rules";
import { InviteOrganisation, PublishStandard, RemoveGroupMember } from "./schemas";

function requireGroup(ctx: Actor) {
  if (ctx.org.kind !== "buyer_group") throw new ForbiddenError();
}

export const inviteOrganisation = defineAction({
  name: "groups.invite_organisation",
  permission: "groups.manage",
  input: InviteOrganisation,
  async handler(tx, ctx, input) {
    requireGroup(ctx);
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org || org.kind !== "buyer" || org.suspendedAt) {
      throw new ValidationError({ organisationId: "Kies een opdrachtgever die Groeipad gebruikt." });
    }
    const [before] = await tx
      .select()
      .from(groupMembers)
      .where(and(eq(groupMembers.tenantId, ctx.org.id), eq(groupMembers.organisationId, org.id)));
    if (before?.status === "joined") throw new ValidationError({ organisationId: `${org.name} is al lid van de groep.` });
    if (before?.status === "invited") throw new ValidationError({ organisationId: `${org.name} is al uitgenodigd.` });
    const fresh = { status: "invited" as const, invitedBy: ctx.userId, invitedAt: new Date(), answeredBy: null, answeredAt: null };
    const [after] = before
      ? await tx
          .update(groupMembers)
          .set({ ...fresh, version: before.version + 1 })
          .where(
            and(eq(groupMembers.tenantId, ctx.org.id), eq(groupMembers.organisationId, org.id), eq(groupMembers.version, before.version)),
          )
          .returning()
      : await tx
          .insert(groupMembers)
          .values({ tenantId: ctx.org.id, organisationId: org.id, ...fresh })
          .returning();
    if (!after) throw new ConflictError("De deelname van deze organisatie is intussen gewijzigd. Laad de pagina opnieuw.");
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "group_member", entityId: org.id, action: "invite", before, after });
    await notifyInvitedCoordinators(tx, ctx, org, after.version);
    return { organisationId: org.id, name: org.name };
  },
});

/**
 * The invited organisation's coordinators hear of the invitation (its admins when it has none):
 * they decide. The notification is a row of that organisation's tenant, and only that organisation
 * may look up its own people, so both run in its scope, as the inviting person, and nothing else.
 */
async function notifyInvitedCoordinators(tx: Db, ctx: Actor, org: { id: string; slug: string }, version: number) {
  await onBehalfOf(tx, scopeOf(ctx), { userId: ctx.userId, orgId: org.id, orgKind: "buyer" }, async () => {
    const coordinators = await organisationContacts(tx, { organisationId: org.id, roles: ["coordinator"] });
    const people = coordinators.length ? coordinators : await organisationContacts(tx, { organisationId: org.id, roles: ["admin"] });
    await addOrganisationNotifications(tx, {
      kind: "group_invitation",
      org: { id: org.id, slug: org.slug, kind: "buyer" },
      recipients: people.map((p) => ({ userId: p.userId, name: p.name, email: p.email })),
      subjectId: ctx.org.id,
      title: `Inkoopgroep ${ctx.org.name} nodigt jullie uit om mee te doen`,
      path: "inkoopgroepen",
      // A new invitation after a decline or a removal is a new version: announced again.
      dedupe: `${ctx.org.id}:${version}`,
    });
  });
}

export const removeGroupMember = defineAction({
  name: "groups.remove_member",
  permission: "groups.manage",
  input: RemoveGroupMember,
  async handler(tx, ctx, input) {
    requireGroup(ctx);
    const [before] = await tx
      .select()
      .from(groupMembers)
      .where(and(eq(groupMembers.tenantId, ctx.org.id), eq(groupMembers.organisationId, input.organisationId)));
    if (!before || (before.status !== "joined" && before.status !== "invited")) {
      throw new NotFoundError("Deze organisatie is geen lid van de groep en is er ook niet voor uitgenodigd.");
    }
    const [after] = await tx
      .update(groupMembers)
      .set({ status: "removed", answeredBy: ctx.userId, answeredAt: new Date(), version: input.version + 1 })
      .where(
        and(
          eq(groupMembers.tenantId, ctx.org.id),
          eq(groupMembers.organisationId, input.organisationId),
          eq(groupMembers.version, input.version),
        ),
      )
      .returning();
    if (!after) throw new ConflictError("De deelname van deze organisatie is intussen gewijzigd. Laad de pagina opnieuw.");
    // Gone at once: what it published and its people's places in the group leave with it.
    await withdrawRows(tx, ctx.org.id, input.organisationId);
    await withdrawPlacesOf(
      tx,
      ctx.org.id,
      input.organisationId,
      "Alleen mensen van deze organisatie zijn groepscoördinator. Maak eerst iemand van een ander lid groepscoördinator (Beheer); daarna kun je haar verwijderen.",
    );
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "group_member",
      entityId: input.organisationId,
      action: "remove",
      before,
      after,
    });
    return { organisationId: input.organisationId };
  },
});

export const publishStandard = defineAction({
  name: "groups.publish_standard",
  permission: "groups.manage",
  input: PublishStandard,
  async handler(tx, ctx, input) {
    requireGroup(ctx);
    const template = await getTemplateInTenant(tx, { tenantId: ctx.org.id, id: input.templateId });
    // Two coordinators publishing at once: the second waits here and numbers after the first.
    await tx
      .select({ id: kpiTemplates.id })
      .from(kpiTemplates)
      .where(and(eq(kpiTemplates.tenantId, ctx.org.id), eq(kpiTemplates.id, template.id)))
      .for("update");
    const [latest] = await tx
      .select()
      .from(groupStandardVersions)
      .where(and(eq(groupStandardVersions.tenantId, ctx.org.id), eq(groupStandardVersions.templateId, template.id)))
      .orderBy(desc(groupStandardVersions.number))
      .limit(1);
    // Published versions are what members adopted: a new one starts today or later, after the last.
    const today = amsterdamToday();
    if (input.effectiveFrom < today) throw new ValidationError({ effectiveFrom: "Een nieuwe versie gaat vandaag of later in." });
    if (latest && input.effectiveFrom < latest.effectiveFrom) {
      throw new ValidationError({
        effectiveFrom: `Versie ${latest.number} gaat pas op ${formatDate(latest.effectiveFrom)} in; kies die datum of later.`,
      });
    }
    const standard = standardOf(template);
    const [version] = await tx
      .insert(groupStandardVersions)
      .values({
        tenantId: ctx.org.id,
        templateId: template.id,
        number: (latest?.number ?? 0) + 1,
        effectiveFrom: input.effectiveFrom,
        standard,
        note: input.note,
        publishedBy: ctx.userId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "group_standard",
      entityId: template.id,
      action: "publish",
      after: version,
    });
    return { number: version.number, effectiveFrom: version.effectiveFrom };
  },
});
