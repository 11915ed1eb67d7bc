// The demo innovation register, seeded into a fresh buyer standing in for Voorbeeldstad: a
// supplier's pilot and a buyer's proposal on the catering contract, with their KPI and roadmap
// action, both waiting for a review; the supplier's people see them on its contract.
import { describe, expect, it } from "vitest";
import { seedDemoInnovations } from "@/db/seed/demo-innovations";
import { createRoadmapItem } from "@/lib/roadmap/actions";
import { innovationsPage } from "@/lib/innovations/pages";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertResultKpi } from "../fixtures/reviews";

const { db } = await openTestDatabase();

describe("the demo innovation register", () => {
  it("holds two proposals on the catering contract, linked to their KPI and roadmap action", async () => {
    const [stad, groen] = [await createBuyer(db), await createSupplier(db)];
    const cm = stad.as.contract_manager;
    const contract = await insertContract(db, {
      tenantId: stad.org.id,
      managerId: cm.userId,
      supplierOrgId: groen.org.id,
      title: "Catering stadhuis en wijkcentra 2025–2029",
    });
    const cups = await insertResultKpi(db, contract, null, { name: "Wegwerpverpakkingen in de wijkcentra" });
    const pilot = expectOk(
      await createRoadmapItem.run(cm, {
        contractId: contract.id,
        title: "Pilot statiegeldbekers in de wijkcentra",
        strategy: "opbouw",
        ownerSide: "supplier",
        dueDate: "2026-09-30",
      }),
    );
    await seedDemoInnovations(db, {
      orgIds: new Map([["voorbeeldstad", stad.org.id]]),
      userIds: new Map([["mehmet.yilmaz@groencateraars.example", groen.as.admin.userId]]),
    });
    const page = await innovationsPage(groen.as.viewer, contract.id, groen.as.viewer.db);
    expect(page.innovations.map((i) => [i.title, i.status]).sort()).toEqual([
      ["Elektrische bestelbussen voor de bevoorrading", "proposed"],
      ["Statiegeldbekers in de wijkcentra", "proposed"],
    ]);
    const cupsPilot = page.innovations.find((i) => i.title === "Statiegeldbekers in de wijkcentra")!;
    expect(cupsPilot).toMatchObject({
      kpis: [{ id: cups.id }],
      roadmap: { id: pilot.id },
      costBearer: "Gedeeld",
      proposedBy: "Mehmet Yilmaz (Groen Cateraars) · opdrachtnemer",
    });
  });
});
