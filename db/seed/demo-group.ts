// The demo's buyer group: Voorbeeldstad and Zuiderland keep a shared catering standard (plant-based
// protein) at three levels. Version 1 has been in force since last year, version 2 raised the
// minimum this year, version 3 is scheduled for next year. Both took it into their library and
// follow it in their catering contract: Zuiderland at plus, Voorbeeldstad at the minimum, which the
// raise left it below. Zuiderland shares its results with the group; Voorbeeldstad does not.
// Written through the product's actions where they exist; published versions are dated in the
// past, which the action refuses, so those are written in the group's tenant like the action would.
import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "../client";
import { groupStandardVersions, kpis, kpiTemplates, memberships, organisations } from "../schema";
import { resolveActor } from "../../lib/auth/actor";
import { recordAudit } from "../../lib/audit";
import { inviteOrganisation } from "../../lib/groups/actions";
import { answerGroupInvitation, setGroupConsent, startGroup, takeOverStandard } from "../../lib/groups/member-actions";
import { publishToGroup } from "../../lib/groups/publication";
import { standardOf } from "../../lib/groups/rules";
import { standingIn } from "../../lib/groups/scope";
import { createTemplate } from "../../lib/kpi-library/actions";
import type { ActionResult } from "../../lib/http/action";
import { withTenant } from "../../lib/tenancy";
import { amsterdamToday } from "../../lib/time";

type Ids = { orgIds: Map<string, string>; userIds: Map<string, string> };

const COORDINATOR = "joris.bakker@voorbeeldstad.example";
const MEMBER = "lotte.smit@zuiderland.example";
const GROUP_NAME = "Inkoopsamenwerking Duurzame Catering Zuid";

/** Minimum, plus and maximum as the template form posts them: quarter offset → share (%). */
const LEVELS = {
  minimum: {
    description: "Het no-regret minimum: elk contract haalt dit.",
    path: [
      [0, "35"],
      [4, "40"],
      [8, "45"],
      [12, "50"],
    ],
  },
  plus: {
    description: "Sneller naar meer plantaardig.",
    path: [
      [0, "40"],
      [4, "50"],
      [8, "60"],
    ],
  },
  maximum: {
    description: "Koplopers: het grootste deel plantaardig.",
    path: [
      [0, "50"],
      [4, "60"],
      [8, "70"],
    ],
  },
} as const;

/** The minimum of the later versions: raised this year, and again next year. */
const RAISED_MINIMUM = [
  [
    { offset: 0, value: "40" },
    { offset: 4, value: "48" },
    { offset: 8, value: "56" },
  ],
  [
    { offset: 0, value: "45" },
    { offset: 4, value: "52" },
    { offset: 8, value: "58" },
  ],
];

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`Demodata inkoopgroep: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

function templateForm(indicatorId: string) {
  const form: Record<string, string> = {
    name: "Aandeel plantaardige eiwitten in de catering",
    description: "Het aandeel plantaardige eiwitten in het ingekochte eiwitvolume, de gezamenlijke standaard van de groep.",
    indicatorId,
    kind: "quantitative",
    obligation: "inspanning",
    purchasingPackage: "catering",
    measurement: "Inkoopvolume eiwitproducten per kwartaal (kg), plantaardig gedeeld door totaal.",
    evidenceRequired: "Overzicht van de groothandel per kwartaal.",
  };
  for (const [level, spec] of Object.entries(LEVELS)) {
    form[`levels.${level}.description`] = spec.description;
    form[`levels.${level}.interpolation`] = "step";
    spec.path.forEach(([offset, value], i) => {
      form[`levels.${level}.milestones.${i}.offset`] = String(offset);
      form[`levels.${level}.milestones.${i}.value`] = value;
    });
  }
  return form;
}

/** Returns the group's slug. */
export async function seedDemoGroup(db: Db, ids: Ids): Promise<string> {
  const slugOf = async (orgId: string) =>
    (await db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, orgId)))[0].slug;
  const as = async (email: string, orgSlug: string) => ({ ...(await resolveActor(db, { userId: ids.userIds.get(email)!, orgSlug })), db });
  const inOwn = async (email: string, orgKey: string) => as(email, await slugOf(ids.orgIds.get(orgKey)!));
  const { slug } = ok(await startGroup.run(await inOwn(COORDINATOR, "voorbeeldstad"), { name: GROUP_NAME }));
  const coordinator = await as(COORDINATOR, slug);
  const groupId = coordinator.org.id;
  const zuiderland = ids.orgIds.get("zuiderland")!;
  ok(await inviteOrganisation.run(coordinator, { organisationId: zuiderland }));
  const lotte = await inOwn(MEMBER, "zuiderland");
  const standing = await withTenant(lotte, (tx) => standingIn(tx, { groupId, organisationId: zuiderland }), db);
  ok(await answerGroupInvitation.run(lotte, { groupId, join: "true", version: String(standing.version) }));
  await db.insert(memberships).values({ organisationId: groupId, userId: lotte.userId, role: "member" });

  // The catalogue's plant-based protein indicator, by its code.
  const [indicator] = await withTenant(
    coordinator,
    (tx) => queryRows<{ id: string }>(tx, sql`select id from indicators where code = 'plant_protein' and owner_org_id is null`),
    db,
  );
  const { id: templateId } = ok(await createTemplate.run(coordinator, templateForm(indicator.id)));
  await publishVersions(db, coordinator, templateId);

  const today = amsterdamToday();
  for (const [email, orgKey, level] of [
    [COORDINATOR, "voorbeeldstad", "minimum"],
    [MEMBER, "zuiderland", "plus"],
  ] as const) {
    const member = await inOwn(email, orgKey);
    ok(await takeOverStandard.run(member, { groupId, templateId }));
    await followInCatering(db, member, ids.orgIds.get(orgKey)!, groupId, level);
    if (orgKey === "zuiderland") ok(await setGroupConsent.run(member, { groupId, templateId, share: "true" }));
    else await withTenant(member, (tx) => publishToGroup(tx, member, groupId, today), db);
  }
  return slug;
}

/** Versions 1–3: in force since last year, raised this summer, raised again next year. */
async function publishVersions(db: Db, coordinator: Awaited<ReturnType<typeof resolveActor>>, templateId: string) {
  const year = Number(amsterdamToday().slice(0, 4));
  await withTenant(
    coordinator,
    async (tx) => {
      const [template] = await tx.select().from(kpiTemplates).where(eq(kpiTemplates.id, templateId));
      const base = standardOf(template);
      const { levels } = template;
      const versions = [
        { effectiveFrom: `${year - 1}-01-01`, standard: base, note: "De eerste gezamenlijke standaard." },
        ...RAISED_MINIMUM.map((milestones, i) => ({
          effectiveFrom: i === 0 ? `${year}-07-01` : `${year + 1}-01-01`,
          standard: { ...base, levels: { ...levels, minimum: { ...levels.minimum, milestones } } },
          note: "Het minimum stijgt, zoals afgesproken.",
        })),
      ];
      for (const [i, v] of versions.entries()) {
        const [row] = await tx
          .insert(groupStandardVersions)
          .values({ tenantId: coordinator.org.id, templateId, number: i + 1, publishedBy: coordinator.userId, ...v })
          .returning();
        await recordAudit(tx, coordinator, {
          tenantId: coordinator.org.id,
          entity: "group_standard",
          entityId: templateId,
          action: "publish",
          after: row,
        });
      }
    },
    db,
  );
}

/** The member's catering KPI on plant-based protein follows the standard at its level. */
async function followInCatering(
  db: Db,
  member: Awaited<ReturnType<typeof resolveActor>>,
  tenantId: string,
  groupId: string,
  level: "minimum" | "plus",
) {
  await withTenant(
    member,
    async (tx) => {
      const [template] = await tx
        .select({ id: kpiTemplates.id })
        .from(kpiTemplates)
        .where(and(eq(kpiTemplates.tenantId, tenantId), eq(kpiTemplates.groupId, groupId)));
      const [kpi] = await tx
        .select({ id: kpis.id })
        .from(kpis)
        .where(and(eq(kpis.tenantId, tenantId), eq(kpis.name, "Aandeel plantaardige eiwitten"), eq(kpis.status, "active")));
      await tx
        .update(kpis)
        .set({ templateId: template.id, ambitionLevel: level })
        .where(and(eq(kpis.tenantId, tenantId), eq(kpis.id, kpi.id)));
    },
    db,
  );
}
