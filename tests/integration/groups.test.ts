// Buyer groups across tenants: a group is a tenant of its own; members publish what the group may
// see from their own transactions, and it is gone the moment consent ends or a member leaves or is
// removed. The group's transaction never reads a member's rows.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { auditEvents, groupAdoptions, groupResults, kpiTemplates, memberships, organisations } from "@/db/schema";
import type { BuyerRole } from "@/lib/auth/permissions";
import { inviteOrganisation, publishStandard, removeGroupMember } from "@/lib/groups/actions";
import { answerGroupInvitation, leaveGroup, setGroupConsent, startGroup, takeOverStandard } from "@/lib/groups/member-actions";
import { groupPublications } from "@/lib/groups/queries";
import { publishToGroup } from "@/lib/groups/publication";
import { republishGroups } from "@/lib/groups/republish";
import { adoptTemplate, deleteTemplate, updateTemplate } from "@/lib/kpi-library/actions";
import type { ActionResult } from "@/lib/http/action";
import { inviteMember } from "@/lib/members/actions";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createBuyer, expectOk, insertContract, uniqueEmail, type Team } from "../fixtures/factories";
import { createGroup, publishedStandard, standingVersion, type Group } from "../fixtures/groups";
import { templateForm } from "../fixtures/kpi-library";
import { insertActiveKpi } from "../fixtures/reports";
import { insertAcceptedReport } from "../fixtures/reviews";
import { globalIndicatorId } from "../fixtures/targets";

const { db } = await openTestDatabase();

const codeOf = (result: ActionResult<unknown>) => (result.ok ? "ok" : result.code);

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let outsider: Team<BuyerRole>;
let group: Group;
let standardId: string;
const today = amsterdamToday();

/** The member's library template taken from the standard. */
async function takenTemplate(buyer: Team<BuyerRole>) {
  const [row] = await db
    .select()
    .from(kpiTemplates)
    .where(and(eq(kpiTemplates.tenantId, buyer.org.id), eq(kpiTemplates.groupTemplateId, standardId)));
  return row;
}

async function adopt(buyer: Team<BuyerRole>, level: "minimum" | "plus") {
  const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
  const template = await takenTemplate(buyer);
  expectOk(await adoptTemplate.run(buyer.as.contract_manager, { templateId: template.id, contractId: contract.id, level }));
  return contract;
}

const published = () => withTenant(group.as.member, (tx) => groupPublications(tx, { groupId: group.org.id }), db);

beforeAll(async () => {
  [a, b, outsider] = [await createBuyer(db), await createBuyer(db), await createBuyer(db)];
  group = await createGroup(db, [a, b]);
  standardId = await publishedStandard(db, group, today);
});

describe("starting and joining a group", () => {
  it("makes a tenant of its own kind, with the starter as its coordinator and both trails recording it", async () => {
    expect(group.org.kind).toBe("buyer_group");
    expect(group.as.coordinator.role).toBe("coordinator");
    const trails = (await db.select().from(auditEvents).where(eq(auditEvents.entityId, group.org.id))).filter((e) =>
      [a.org.id, group.org.id].includes(e.tenantId),
    );
    expect(trails.map((e) => `${e.tenantId === a.org.id ? "buyer" : "group"}:${e.action}`).sort()).toEqual([
      "buyer:start_group",
      "group:create",
    ]);
  });

  it("lets only the invited buyer's admin or coordinator answer, and only once", async () => {
    const c = await createBuyer(db);
    expectOk(await inviteOrganisation.run(group.as.coordinator, { organisationId: c.org.id }));
    const version = String(await standingVersion(c.as.coordinator, group.org.id));
    expect(codeOf(await answerGroupInvitation.run(c.as.contract_manager, { groupId: group.org.id, join: "true", version }))).toBe(
      "ForbiddenError",
    );
    // Not invited: its id reaches nothing.
    expect(codeOf(await answerGroupInvitation.run(outsider.as.coordinator, { groupId: group.org.id, join: "true", version }))).toBe(
      "NotFoundError",
    );
    expectOk(await answerGroupInvitation.run(c.as.admin, { groupId: group.org.id, join: "false", version }));
    expect(codeOf(await answerGroupInvitation.run(c.as.admin, { groupId: group.org.id, join: "true", version }))).toBe("ConflictError");
  });

  it("refuses group work to buyers and buyer work to groups", async () => {
    expect(codeOf(await publishStandard.run(a.as.coordinator, { templateId: standardId, effectiveFrom: today }))).toBe("ForbiddenError");
    expect(codeOf(await startGroup.run(group.as.coordinator, { name: "Groep in een groep" }))).toBe("ForbiddenError");
    expect(codeOf(await inviteOrganisation.run(group.as.member, { organisationId: outsider.org.id }))).toBe("ForbiddenError");
    const asGroup = await inviteOrganisation.run(group.as.coordinator, { organisationId: group.org.id });
    expect(asGroup.ok ? null : asGroup.fieldErrors?.organisationId).toBe("Kies een opdrachtgever die Groeipad gebruikt.");
  });

  it("invites into the group only people of its joined members", async () => {
    const stranger = await inviteMember.run(group.as.coordinator, { email: uniqueEmail(), role: "member" });
    expect(stranger.ok ? null : stranger.fieldErrors?.email).toMatch(/^Nodig alleen mensen uit van organisaties die lid zijn/);
    const ofOutsider = await addMember(db, outsider.org, "viewer");
    expect((await inviteMember.run(group.as.coordinator, { email: ofOutsider.email, role: "member" })).ok).toBe(false);
    const ofB = await addMember(db, b.org, "viewer");
    expectOk(await inviteMember.run(group.as.coordinator, { email: ofB.email, role: "member" }));
  });
});

describe("standards", () => {
  it("publishes versions that only move forward, at the date field", async () => {
    const past = await publishStandard.run(group.as.coordinator, { templateId: standardId, effectiveFrom: "2020-01-01" });
    expect(past.ok ? null : past.fieldErrors?.effectiveFrom).toBe("Een nieuwe versie gaat vandaag of later in.");
    // Another group's coordinator cannot publish this group's template: it is not in its library.
    const other = await createGroup(db, [outsider]);
    expect(codeOf(await publishStandard.run(other.as.coordinator, { templateId: standardId, effectiveFrom: today }))).toBe("NotFoundError");
  });

  it("copies the version in force into a member's library, linked, and refuses a second copy of the same version", async () => {
    const taken = expectOk(await takeOverStandard.run(a.as.coordinator, { groupId: group.org.id, templateId: standardId }));
    expect(taken.number).toBe(1);
    const template = await takenTemplate(a);
    expect({ group: template.groupId, number: template.groupStandardNumber }).toEqual({ group: group.org.id, number: 1 });
    expect(codeOf(await takeOverStandard.run(a.as.coordinator, { groupId: group.org.id, templateId: standardId }))).toBe("ConflictError");
    expect(codeOf(await takeOverStandard.run(a.as.viewer, { groupId: group.org.id, templateId: standardId }))).toBe("ForbiddenError");
    expect(codeOf(await takeOverStandard.run(outsider.as.coordinator, { groupId: group.org.id, templateId: standardId }))).toBe(
      "NotFoundError",
    );
    expectOk(await takeOverStandard.run(b.as.coordinator, { groupId: group.org.id, templateId: standardId }));
  });

  it("keeps a published standard in the group's library: members follow it", async () => {
    const [template] = await withTenant(
      group.as.coordinator,
      (tx) => tx.select().from(kpiTemplates).where(eq(kpiTemplates.id, standardId)),
      db,
    );
    const refused = await deleteTemplate.run(group.as.coordinator, { id: standardId, version: String(template.version) });
    expect(refused.ok ? null : refused.fieldErrors?._form).toMatch(/^Deze standaard is gepubliceerd/);
  });

  it("shows the adoption matrix, and a raised minimum flags the contracts below it", async () => {
    await adopt(a, "plus"); // final target 52,5 % within the contract
    await adopt(b, "minimum"); // final target 40 %
    for (const buyer of [a, b]) await withTenant(buyer.as.coordinator, (tx) => publishToGroup(tx, buyer.as.coordinator, group.org.id), db);
    const cells = (await published()).adoptions.map(
      (r) => `${r.organisationId === a.org.id ? "a" : "b"}:${r.level}:${r.contracts}:${r.deviations}`,
    );
    expect(cells.sort()).toEqual(["a:plus:1:0", "b:minimum:1:0"]);

    // Version 2 raises the minimum to 45 % from next year.
    const [template] = await withTenant(
      group.as.coordinator,
      (tx) => tx.select().from(kpiTemplates).where(eq(kpiTemplates.id, standardId)),
      db,
    );
    const raised = templateForm(template.indicatorId!, {
      name: template.name,
      "levels.minimum.milestones.0.value": "45",
      "levels.minimum.milestones.1.offset": "",
      "levels.minimum.milestones.1.value": "",
    });
    expectOk(await updateTemplate.run(group.as.coordinator, { ...raised, id: standardId, version: String(template.version) }));
    const from = `${Number(today.slice(0, 4)) + 1}-01-01`;
    expectOk(await publishStandard.run(group.as.coordinator, { templateId: standardId, effectiveFrom: from }));
    const before = await publishStandard.run(group.as.coordinator, { templateId: standardId, effectiveFrom: today });
    expect(before.ok ? null : before.fieldErrors?.effectiveFrom).toMatch(/^Versie 2 gaat pas op/);
    // The nightly round publishes for every joined member, in its own transaction.
    expect(await republishGroups(db, from)).toBeGreaterThanOrEqual(2);
    const flagged = (await published()).adoptions.map((r) => `${r.organisationId === a.org.id ? "a" : "b"}:${r.deviations}`);
    expect(flagged.sort()).toEqual(["a:0", "b:1"]);
  });
});

describe("isolation", () => {
  it("never lets the group's transaction read a member's rows, in any tenant table", async () => {
    const tables = await queryRows<{ table_name: string }>(
      db,
      sql`select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
           where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(20);
    const seen = await withTenant(
      group.as.coordinator,
      async (tx) => {
        const found: string[] = [];
        for (const { table_name } of tables) {
          const [row] = await queryRows<{ n: number }>(
            tx,
            sql`select count(*)::integer as n from ${sql.identifier(table_name)} where tenant_id in (${a.org.id}, ${b.org.id})`,
          );
          if (Number(row.n) > 0) found.push(table_name);
        }
        return found;
      },
      db,
    );
    // A's kpi_templates, kpis, contracts, ... exist (the tests above made them), yet none is visible.
    const [own] = await db.select().from(kpiTemplates).where(eq(kpiTemplates.tenantId, a.org.id));
    expect(own).toBeDefined();
    expect(seen).toEqual([]);
  });

  it("keeps a member's consent its own: another buyer cannot read or change it", async () => {
    const attempt = await setGroupConsent.run(outsider.as.coordinator, { groupId: group.org.id, templateId: standardId, share: "true" });
    expect(codeOf(attempt)).toBe("NotFoundError");
  });
});

describe("results, consent, leaving and removal", () => {
  beforeAll(async () => {
    // Accepted values on a KPI that follows the standard: A's contracts report 50 % and 60 %.
    const indicatorId = await globalIndicatorId(db, "plant_protein");
    const template = await takenTemplate(a);
    for (const value of ["50", "60"]) {
      const contract = await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId });
      const kpi = await insertActiveKpi(db, contract, { indicatorId, templateId: template.id, ambitionLevel: "plus" });
      await insertAcceptedReport(db, contract, "2026-Q1", { [kpi.id]: value }, { [kpi.id]: "100" });
    }
  });

  it("shares results only with consent, and takes them out the moment consent ends", async () => {
    await withTenant(a.as.coordinator, (tx) => publishToGroup(tx, a.as.coordinator, group.org.id), db);
    expect((await published()).results).toEqual([]);
    expectOk(await setGroupConsent.run(a.as.coordinator, { groupId: group.org.id, templateId: standardId, share: "true" }));
    const shared = (await published()).results;
    expect(shared.map((r) => ({ org: r.organisationId, year: r.year, contracts: r.contracts, value: Number(r.value) }))).toEqual([
      { org: a.org.id, year: 2026, contracts: 2, value: 55 },
    ]);
    expectOk(await setGroupConsent.run(a.as.coordinator, { groupId: group.org.id, templateId: standardId, share: "false" }));
    expect((await published()).results).toEqual([]);
    expect(await db.select().from(groupResults).where(eq(groupResults.organisationId, a.org.id))).toEqual([]);
  });

  it("a member that leaves is gone at once, with its people's places in the group", async () => {
    const person = await addMember(db, b.org, "viewer");
    await db.insert(memberships).values({ organisationId: group.org.id, userId: person.id, role: "member" });
    const version = await standingVersion(b.as.coordinator, group.org.id);
    expectOk(await leaveGroup.run(b.as.coordinator, { groupId: group.org.id, version: String(version) }));
    expect((await published()).adoptions.filter((r) => r.organisationId === b.org.id)).toEqual([]);
    expect(await db.select().from(groupAdoptions).where(eq(groupAdoptions.organisationId, b.org.id))).toEqual([]);
    const places = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.organisationId, group.org.id), eq(memberships.userId, person.id)));
    expect(places).toEqual([]);
    // Having left, it cannot publish again.
    await expect(withTenant(b.as.coordinator, (tx) => publishToGroup(tx, b.as.coordinator, group.org.id), db)).rejects.toThrow(
      /niet \(meer\)/,
    );
  });

  it("a member removed by the coordinator is gone at once; another group cannot remove it", async () => {
    expectOk(await setGroupConsent.run(a.as.coordinator, { groupId: group.org.id, templateId: standardId, share: "true" }));
    expect((await published()).results.length).toBe(1);
    const other = await createGroup(db, [outsider]);
    expect(codeOf(await removeGroupMember.run(other.as.coordinator, { organisationId: a.org.id, version: "1" }))).toBe("NotFoundError");
    const [standing] = (await withTenant(group.as.coordinator, (tx) => groupPublications(tx, { groupId: group.org.id }), db)).adoptions;
    expect(standing.organisationId).toBe(a.org.id);
    const version = await standingVersion(a.as.coordinator, group.org.id);
    expect(codeOf(await removeGroupMember.run(group.as.member, { organisationId: a.org.id, version: String(version) }))).toBe(
      "ForbiddenError",
    );
    expectOk(await removeGroupMember.run(group.as.coordinator, { organisationId: a.org.id, version: String(version) }));
    expect(await published()).toEqual({ adoptions: [], results: [] });
    const [org] = await db.select().from(organisations).where(eq(organisations.id, group.org.id));
    expect(org.kind).toBe("buyer_group");
  });
});

describe("two coordinators publishing at once", () => {
  it("numbers the versions one after the other", async () => {
    const other = await createGroup(db, [outsider]);
    const templateId = await publishedStandard(db, other, today);
    const both = await Promise.all([1, 2].map(() => publishStandard.run(other.as.coordinator, { templateId, effectiveFrom: today })));
    expect(both.map((r) => (r.ok ? r.data.number : r.error)).sort()).toEqual([2, 3]);
  });
});

describe("places in the group when a member goes", () => {
  const placeOf = async (groupId: string, userId: string) =>
    (
      await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.organisationId, groupId), eq(memberships.userId, userId)))
    )[0]?.role ?? null;

  it("a removed member's people lose their places; a person of another joined member keeps theirs", async () => {
    const [x, y, z] = [await createBuyer(db), await createBuyer(db), await createBuyer(db)];
    const g = await createGroup(db, [x, y, z]);
    const ofY = await addMember(db, y.org, "viewer");
    const ofYandZ = await addMember(db, y.org, "viewer");
    await db.insert(memberships).values({ organisationId: z.org.id, userId: ofYandZ.id, role: "viewer" });
    await db.insert(memberships).values([
      { organisationId: g.org.id, userId: ofY.id, role: "member" },
      { organisationId: g.org.id, userId: ofYandZ.id, role: "member" },
    ]);
    const version = await standingVersion(y.as.coordinator, g.org.id);
    expectOk(await removeGroupMember.run(g.as.coordinator, { organisationId: y.org.id, version: String(version) }));
    expect(await placeOf(g.org.id, ofY.id)).toBeNull();
    expect(await placeOf(g.org.id, ofYandZ.id)).toBe("member");
  });

  it("the member whose people are the only group coordinators can neither leave nor be removed until another member's person is one", async () => {
    const [x, z] = [await createBuyer(db), await createBuyer(db)];
    const g = await createGroup(db, [x, z]);
    let version = await standingVersion(x.as.coordinator, g.org.id);
    const left = await leaveGroup.run(x.as.coordinator, { groupId: g.org.id, version: String(version) });
    expect(left.ok ? "ok" : left.error).toMatch(/Alleen mensen van jullie organisatie zijn groepscoördinator/);
    const removed = await removeGroupMember.run(g.as.coordinator, { organisationId: x.org.id, version: String(version) });
    expect(removed.ok ? "ok" : removed.error).toMatch(/Alleen mensen van deze organisatie zijn groepscoördinator/);
    // Nothing changed by the refusals: x is still in, its coordinator still coordinates.
    expect(await standingVersion(x.as.coordinator, g.org.id)).toBe(version);
    expect(await placeOf(g.org.id, x.as.coordinator.userId)).toBe("coordinator");

    await db.insert(memberships).values({ organisationId: g.org.id, userId: z.as.coordinator.userId, role: "coordinator" });
    version = await standingVersion(x.as.coordinator, g.org.id);
    expectOk(await leaveGroup.run(x.as.coordinator, { groupId: g.org.id, version: String(version) }));
    expect(await placeOf(g.org.id, x.as.coordinator.userId)).toBeNull();
    expect(await placeOf(g.org.id, z.as.coordinator.userId)).toBe("coordinator");
  });

  it("the last member may leave: there is nobody left to coordinate for", async () => {
    const x = await createBuyer(db);
    const g = await createGroup(db, [x]);
    const version = await standingVersion(x.as.coordinator, g.org.id);
    expectOk(await leaveGroup.run(x.as.coordinator, { groupId: g.org.id, version: String(version) }));
    expect(await placeOf(g.org.id, x.as.coordinator.userId)).toBeNull();
  });
});
