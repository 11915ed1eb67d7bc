// Inviting a buyer into a group: its coordinators hear of it in the app (and by e-mail through the
// delivery job), once per invitation; the coordinator finds buyers by name, a handful at a time,
// never a supplier, a suspended buyer or one already invited or in the group.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notifications, organisations } from "@/db/schema";
import type { BuyerRole } from "@/lib/auth/permissions";
import { inviteOrganisation, removeGroupMember } from "@/lib/groups/actions";
import { answerGroupInvitation } from "@/lib/groups/member-actions";
import { searchInvitableBuyers } from "@/lib/groups/queries";
import { listNotifications } from "@/lib/notifications/queries";
import type { Caller } from "@/lib/http/steps";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { actorContext, addMember, createBuyer, createOrganisation, expectOk, uniqueSuffix, type Team } from "../fixtures/factories";
import { createGroup, standingVersion, type Group } from "../fixtures/groups";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let group: Group;

const inAppOf = (who: Caller) =>
  withTenant(scopeOf(who), (tx) => listNotifications(tx, { userId: who.userId, orgId: who.org.id, orgKind: who.org.kind }), db).then(
    (rows) => rows.filter((n) => n.kind === "group_invitation"),
  );

const search = (query: string, limit?: number) =>
  withTenant(scopeOf(group.as.coordinator), (tx) => searchInvitableBuyers(tx, { groupId: group.org.id, query, limit }), db);

beforeAll(async () => {
  a = await createBuyer(db);
  group = await createGroup(db, [a]);
});

describe("an invitation", () => {
  it("notifies the invited buyer's coordinator, not its other people, once, linking to its groups page", async () => {
    const c = await createBuyer(db);
    expectOk(await inviteOrganisation.run(group.as.coordinator, { organisationId: c.org.id }));
    const [notice] = await inAppOf(c.as.coordinator);
    expect(notice.title).toBe(`Inkoopgroep ${group.org.name} nodigt jullie uit om mee te doen`);
    expect(notice.link).toBe(`/${c.org.slug}/inkoopgroepen`);
    expect(notice.tenantId).toBe(c.org.id);
    for (const role of ["admin", "contract_manager", "viewer"] as const) expect(await inAppOf(c.as[role])).toHaveLength(0);
    // The group's coordinator reads nothing of it; the group's tenant holds no such row.
    const inGroup = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.tenantId, group.org.id), eq(notifications.kind, "group_invitation")));
    expect(inGroup).toHaveLength(0);

    // Declined, then invited anew: a new invitation, announced again.
    const version = String(await standingVersion(c.as.coordinator, group.org.id));
    expectOk(await answerGroupInvitation.run(c.as.coordinator, { groupId: group.org.id, join: "false", version }));
    expectOk(await inviteOrganisation.run(group.as.coordinator, { organisationId: c.org.id }));
    expect(await inAppOf(c.as.coordinator)).toHaveLength(2);
  });

  it("reaches the admins of a buyer without a coordinator", async () => {
    const org = await createOrganisation(db, "buyer");
    const admin = await addMember(db, org, "admin");
    await addMember(db, org, "viewer");
    expectOk(await inviteOrganisation.run(group.as.coordinator, { organisationId: org.id }));
    const rows = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.tenantId, org.id), eq(notifications.kind, "group_invitation")));
    expect(rows.map((r) => r.userId)).toEqual([admin.id]);
    expect(rows[0].contractId).toBeNull();
  });

  it("writes nothing when the invitation is refused", async () => {
    const supplier = await createOrganisation(db, "supplier");
    await addMember(db, supplier, "admin");
    const refused = await inviteOrganisation.run(group.as.coordinator, { organisationId: supplier.id });
    expect(refused.ok).toBe(false);
    expect(await db.select().from(notifications).where(eq(notifications.tenantId, supplier.id))).toHaveLength(0);
  });
});

describe("searching buyers to invite", () => {
  const word = `Zoekstad${uniqueSuffix()}`;
  // Words that cannot occur in the hexadecimal suffix (a number could: "12" in "121fe89e"), in
  // alphabetical order.
  const SUFFIXES = ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima"];
  const names: string[] = [];

  beforeAll(async () => {
    for (const suffix of SUFFIXES) names.push((await createOrganisation(db, "buyer", `${word} ${suffix}`)).name);
  });

  it("asks for at least two characters and returns at most ten buyers, by name", async () => {
    expect(await search("")).toEqual([]);
    expect(await search("Z")).toEqual([]);
    const found = await search(word);
    expect(found.map((o) => o.name)).toEqual(names.slice(0, 10));
    expect(await search(word, 50)).toHaveLength(10);
    expect((await search(`${word.toLowerCase()} lima`)).map((o) => o.name)).toEqual([names[11]]);
  });

  it("leaves out suppliers, suspended buyers, and buyers already invited or in the group", async () => {
    const other = `Andersdorp${uniqueSuffix()}`;
    const [free, invited, joined, suspended] = await Promise.all(
      ["vrij", "uitgenodigd", "lid", "geschorst"].map((n) => createOrganisation(db, "buyer", `${other} ${n}`)),
    );
    await createOrganisation(db, "supplier", `${other} leverancier`);
    await db.update(organisations).set({ suspendedAt: new Date() }).where(eq(organisations.id, suspended.id));
    expectOk(await inviteOrganisation.run(group.as.coordinator, { organisationId: invited.id }));
    expectOk(await inviteOrganisation.run(group.as.coordinator, { organisationId: joined.id }));
    const joiner = await addMember(db, joined, "admin");
    const joinerCtx = await actorContext(db, joiner.id, joined.slug);
    const version = String(await standingVersion(joinerCtx, group.org.id));
    expectOk(await answerGroupInvitation.run(joinerCtx, { groupId: group.org.id, join: "true", version }));
    expect((await search(other)).map((o) => o.id)).toEqual([free.id]);

    // Removed from the group: invitable again.
    const removedVersion = String(await standingVersion(joinerCtx, group.org.id));
    expectOk(await removeGroupMember.run(group.as.coordinator, { organisationId: joined.id, version: removedVersion }));
    expect((await search(other)).map((o) => o.id).sort()).toEqual([free.id, joined.id].sort());
  });

  it("searches a wildcard literally", async () => {
    expect(await search("%%")).toEqual([]);
  });
});
