// The demo library, roadmaps and droompartner, seeded into a fresh buyer standing in for
// Voorbeeldstad (the real slug may exist on a shared test database) and used through lib/.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { contracts } from "@/db/schema";
import { demoContracts } from "@/db/seed/demo-data";
import { seedDemoRoadmap } from "@/db/seed/demo-roadmap";
import { seedDemoWaardenwiel } from "@/db/seed/demo-waardenwiel";
import { adoptTemplate } from "@/lib/kpi-library/actions";
import { listTemplates } from "@/lib/kpi-library/queries";
import { malusRuleErrors, type MalusRule } from "@/lib/malus/rule";
import { listRoadmapItems } from "@/lib/roadmap/queries";
import { dueDateError } from "@/lib/roadmap/rules";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, expectOk } from "../fixtures/factories";

const { db } = await openTestDatabase();

describe("the demo roadmap and KPI library", () => {
  it("gives Voorbeeldstad eight adoptable templates, roadmaps inside the contract periods and a droompartner", async () => {
    const stad = await createBuyer(db);
    const manager = stad.as.contract_manager;
    const own = demoContracts.filter((c) => c.buyer === "voorbeeldstad" && c.supplier);
    const ids = new Map<string, string>();
    await withTenant(
      scopeOf(manager),
      async (tx) => {
        for (const c of own) {
          const { buyer: _b, supplier: _s, manager: _m, ...fields } = c;
          const [row] = await tx
            .insert(contracts)
            .values({ ...fields, tenantId: stad.org.id, contractManagerId: manager.userId })
            .returning();
          ids.set(c.title, row.id);
        }
      },
      db,
    );
    const seedIds = {
      orgIds: new Map([["voorbeeldstad", stad.org.id]]),
      userIds: new Map([["joris.bakker@voorbeeldstad.example", stad.as.coordinator.userId]]),
    };
    await seedDemoWaardenwiel(db, seedIds);
    await seedDemoRoadmap(db, seedIds);

    const templates = await withTenant(scopeOf(manager), (tx) => listTemplates(tx, { tenantId: stad.org.id }), db);
    expect(templates).toHaveLength(8);
    expect(new Set(templates.map((t) => t.purchasingPackage))).toEqual(new Set(["catering", "schoonmaak", "asfalt", null]));
    for (const t of templates.filter((t) => t.malusRule)) expect(malusRuleErrors(t.malusRule as MalusRule), t.name).toEqual([]);

    const catering = ids.get("Catering stadhuis en wijkcentra 2025–2029")!;
    for (const t of templates) {
      const adopted = expectOk(await adoptTemplate.run(manager, { templateId: t.id, contractId: catering, level: "plus" }));
      expect(adopted.droppedMilestones, t.name).toBe(0);
    }

    for (const c of own) {
      const items = await withTenant(
        scopeOf(manager),
        (tx) => listRoadmapItems(tx, { tenantId: stad.org.id, contractId: ids.get(c.title)! }),
        db,
      );
      expect(items.length, c.title).toBeGreaterThanOrEqual(4);
      for (const item of items) expect(dueDateError(item.dueDate, c), `${c.title}: ${item.title}`).toBeNull();
      expect(new Set(items.map((i) => i.strategy)).size, c.title).toBeGreaterThanOrEqual(3);
    }
    const cateringItems = await withTenant(
      scopeOf(manager),
      (tx) => listRoadmapItems(tx, { tenantId: stad.org.id, contractId: catering }),
      db,
    );
    expect(cateringItems.find((i) => i.title === "Overstap op elektrische bestelbussen")).toMatchObject({
      strategy: "opbouw",
      themeName: "Klimaat en energie",
    });
    expect(cateringItems.find((i) => i.title === "Uitfaseren wegwerpverpakkingen")).toMatchObject({
      strategy: "afbouw",
      themeName: "Circulariteit",
    });

    const [row] = await queryRows<{ dream_partner: Record<string, string> }>(
      db,
      sql`select dream_partner from contracts where id = ${catering}`,
    );
    expect(Object.keys(row.dream_partner).sort()).toEqual(["duurzaamheid", "extra", "ontwikkeling", "regie", "sturing", "volwassenheid"]);
  });
});
