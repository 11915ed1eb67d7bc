// The demo yearly evaluation, seeded into a fresh buyer standing in for Voorbeeldstad: final,
// signed by both sides, every active KPI kept, and frozen like any final evaluation.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { seedDemoEvaluations } from "@/db/seed/demo-evaluations";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, insertContract } from "../fixtures/factories";
import { insertResultKpi } from "../fixtures/reviews";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

describe("the demo yearly evaluation", () => {
  it("is the final 2025 evaluation of the catering contract, keeping every active KPI", async () => {
    const stad = await createBuyer(db);
    const cm = stad.as.contract_manager;
    const contract = await insertContract(db, {
      tenantId: stad.org.id,
      managerId: cm.userId,
      title: "Catering stadhuis en wijkcentra 2025–2029",
    });
    await insertResultKpi(db, contract, null, { name: "Plantaardige eiwitten" });
    await insertResultKpi(db, contract, null, { name: "Restafval" });
    await seedDemoEvaluations(db, {
      orgIds: new Map([["voorbeeldstad", stad.org.id]]),
      userIds: new Map([["fatima.elamrani@voorbeeldstad.example", cm.userId]]),
    });
    const [evaluation] = await queryRows<{ id: string; year: number; status: string; roadmap_holds: string }>(
      db,
      sql`select id, year, status, roadmap_holds from yearly_evaluations where contract_id = ${contract.id}`,
    );
    expect(evaluation).toMatchObject({ year: 2025, status: "final", roadmap_holds: "partly" });
    const decisions = await queryRows<{ decision: string }>(
      db,
      sql`select decision from yearly_evaluation_decisions where evaluation_id = ${evaluation.id}`,
    );
    expect(decisions.map((d) => d.decision)).toEqual(["keep", "keep"]);
    expect(
      await databaseError(
        withTenant(cm, (tx) => tx.execute(sql`update yearly_evaluations set summary = 'x' where id = ${evaluation.id}`), cm.db),
      ),
    ).toMatch(/final/);
  });
});
