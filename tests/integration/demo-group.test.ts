// The demo's buyer group, seeded into stand-ins for the demo buyers after their KPIs and reports,
// and read back as the group's own page reads it: two members, a standard whose minimum rose this
// year and rises again next year, adoption at two levels with Voorbeeldstad below the raised
// minimum, and results only from Zuiderland, which shares them.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations } from "@/db/schema";
import { seedDemoGroup } from "@/db/seed/demo-group";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { seedDemoReports } from "@/db/seed/demo-reports";
import { groupMemberList, groupPublications, groupStandards } from "@/lib/groups/queries";
import { versionInForce, nextScheduled } from "@/lib/groups/rules";
import { withTenant } from "@/lib/tenancy";
import { amsterdamToday } from "@/lib/time";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns, type DemoBuyer } from "../fixtures/demo-stand-ins";
import { actorContext } from "../fixtures/factories";

const { db } = await openTestDatabase();

let buyers: { voorbeeldstad: DemoBuyer; zuiderland: DemoBuyer };
let page: Awaited<ReturnType<typeof readGroup>>;

async function readGroup(slug: string) {
  const [group] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  const coordinator = await actorContext(db, buyers.voorbeeldstad.as.coordinator.userId, slug);
  return withTenant(
    coordinator,
    async (tx) => ({
      group,
      members: await groupMemberList(tx, { groupId: group.id }),
      standards: await groupStandards(tx, { groupId: group.id }),
      published: await groupPublications(tx, { groupId: group.id }),
    }),
    db,
  );
}

beforeAll(async () => {
  const demo = await demoStandIns(db);
  buyers = demo.buyers;
  await seedDemoKpis(db, demo.ids);
  await seedDemoReports(db, demo.ids);
  page = await readGroup(await seedDemoGroup(db, demo.ids));
}, 180_000);

const nameOf = (id: string) => (id === buyers.voorbeeldstad.org.id ? "voorbeeldstad" : id === buyers.zuiderland.org.id ? "zuiderland" : id);

describe("the demo's buyer group", () => {
  it("has both demo buyers as members, with Voorbeeldstad's coordinator as its coordinator", () => {
    expect(page.group.kind).toBe("buyer_group");
    expect(page.members.map((m) => `${nameOf(m.organisationId)}:${m.status}`).sort()).toEqual([
      "voorbeeldstad:joined",
      "zuiderland:joined",
    ]);
  });

  it("keeps a catering standard whose minimum rose this year and rises again next year", () => {
    const [standard] = page.standards;
    expect(standard.purchasingPackage).toBe("catering");
    expect(standard.versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(versionInForce(standard.versions, amsterdamToday())?.number).toBe(2);
    expect(nextScheduled(standard.versions, amsterdamToday())?.number).toBe(3);
  });

  it("shows adoption at two levels, Voorbeeldstad below the raised minimum, and only Zuiderland's results", () => {
    const cells = page.published.adoptions.map((a) => `${nameOf(a.organisationId)}:${a.level}:${a.contracts}:${a.deviations}`);
    expect(cells.sort()).toEqual(["voorbeeldstad:minimum:1:1", "zuiderland:plus:1:0"]);
    expect(page.published.results.length).toBeGreaterThan(0);
    expect(new Set(page.published.results.map((r) => nameOf(r.organisationId)))).toEqual(new Set(["zuiderland"]));
  });
});
