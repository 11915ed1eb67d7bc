// The demo targets are seeded into two fresh buyers standing in for Voorbeeldstad and Zuiderland
// (the real slugs may exist on a shared test database), and read back through lib/.
import { describe, expect, it } from "vitest";
import { seedDemoTargets } from "@/db/seed/demo-targets";
import { listCatalogue } from "@/lib/indicators/queries";
import { lineOf, listTargets } from "@/lib/targets/queries";
import { targetForYear } from "@/lib/targets/rules";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer } from "../fixtures/factories";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

describe("the demo targets", () => {
  it("give Voorbeeldstad the seed's CO2 target and a circular target, Zuiderland an MKI target", async () => {
    const [stad, provincie] = [await createBuyer(db), await createBuyer(db)];
    await seedDemoTargets(db, {
      orgIds: new Map([
        ["voorbeeldstad", stad.org.id],
        ["zuiderland", provincie.org.id],
      ]),
      userIds: new Map([
        ["joris.bakker@voorbeeldstad.example", stad.as.coordinator.userId],
        ["lotte.smit@zuiderland.example", provincie.as.coordinator.userId],
      ]),
    });
    const targetsOf = (ctx: Caller) => withTenant(scopeOf(ctx), (tx) => listTargets(tx, { tenantId: ctx.org.id }), db);

    const stadTargets = await targetsOf(stad.as.viewer);
    expect(stadTargets).toHaveLength(2);
    // By indicator, not by position: name order depends on the database's collation.
    const co2 = stadTargets.find((t) => t.indicatorCode === "co2e")!;
    const circular = stadTargets.find((t) => t.indicatorCode === "circular_content")!;
    expect(co2).toMatchObject({ name: "CO2-uitstoot eigen organisatie en inkoop", indicatorCode: "co2e", baseYear: 2020 });
    expect([2020, 2025, 2027, 2030].map((y) => targetForYear(lineOf(co2), y))).toEqual([12_500, 8_750, 7_250, 5_000]);
    expect([2025, 2030].map((y) => targetForYear(lineOf(circular), y))).toEqual([40, 80]);

    const [mki] = await targetsOf(provincie.as.viewer);
    expect(mki.indicatorCode).toBe("mki");
    expect(targetForYear(lineOf(mki), 2030)).toBe(2_100_000);

    const own = (await withTenant(scopeOf(stad.as.viewer), (tx) => listCatalogue(tx, { orgId: stad.org.id, orgKind: "buyer" }), db)).filter(
      (i) => i.ownerOrgId === stad.org.id,
    );
    expect(own.map((i) => [i.name, i.unitCode])).toEqual([["Aandeel lokale leveranciers", "P1"]]);
  });
});
