// The demo Waardenwiel is seeded into a fresh buyer standing in for Voorbeeldstad (the real slug
// may exist on a shared test database) and read back through lib/.
import { describe, expect, it } from "vitest";
import { seedDemoWaardenwiel } from "@/db/seed/demo-waardenwiel";
import { withTenant } from "@/lib/tenancy";
import { laterOrgWheelYear } from "@/lib/waardenwiel/edit";
import { getContractWheel, getOrgWheelByYear } from "@/lib/waardenwiel/queries";
import { missingPillars, topPriorityOverload, wheelProgress } from "@/lib/waardenwiel/rules";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, insertContract } from "../fixtures/factories";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

const scopeOf = (ctx: Caller) => ({ userId: ctx.userId, orgId: ctx.org.id, orgKind: ctx.org.kind });

describe("the demo Waardenwiel", () => {
  it("gives Voorbeeldstad a complete, published 2026 wheel, last year's wheel read-only, and a catering contract wheel", async () => {
    const stad = await createBuyer(db);
    const catering = await insertContract(db, {
      tenantId: stad.org.id,
      managerId: stad.as.contract_manager.userId,
      title: "Catering stadhuis en wijkcentra 2025–2029",
    });
    await seedDemoWaardenwiel(db, {
      orgIds: new Map([["voorbeeldstad", stad.org.id]]),
      userIds: new Map([["joris.bakker@voorbeeldstad.example", stad.as.coordinator.userId]]),
    });
    const read = <T>(work: Parameters<typeof withTenant<T>>[1]) => withTenant(scopeOf(stad.as.viewer), work, db);
    const current = (await read((tx) => getOrgWheelByYear(tx, { tenantId: stad.org.id, year: 2026 })))!;
    expect(current.ambition).toMatch(/^In 2030 is Gemeente Voorbeeldstad CO2-neutraal, 80 % circulair/);
    expect(current.themes.length).toBeGreaterThanOrEqual(6);
    expect(current.themes.length).toBeLessThanOrEqual(8);
    expect(missingPillars(current.themes)).toEqual([]);
    expect(topPriorityOverload(current.themes)).toBeNull();
    expect(wheelProgress(current).filter((s) => !s.done)).toEqual([]);
    const codes = current.themes.flatMap((t) => t.goals.map((g) => g.indicator?.code)).filter(Boolean);
    expect(codes).toEqual(expect.arrayContaining(["co2e", "circular_content", "social_return", "zero_emission_km", "plant_protein"]));

    const older = (await read((tx) => getOrgWheelByYear(tx, { tenantId: stad.org.id, year: 2025 })))!;
    expect(await read((tx) => laterOrgWheelYear(tx, older))).toBe(2026);
    expect(missingPillars(older.themes)).toEqual(["gedragsverandering"]);

    const { wheel } = await read((tx) =>
      getContractWheel(tx, { viewer: { orgId: stad.org.id, orgKind: "buyer" }, contractId: catering.id }),
    );
    const linked = wheel!.themes.filter((t) => t.orgThemeId);
    expect(linked.map((t) => t.orgThemeId).sort()).toEqual(older.themes.map((t) => t.id).sort());
    expect(wheel!.themes.find((t) => !t.orgThemeId)?.pillar).toBe("gedragsverandering");
  });
});
