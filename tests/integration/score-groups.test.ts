// The weighing of the overall score in groups: set by the contract's manager, refused for a KPI of
// another contract and for a stale form, audited, used by draft reviews while a final review
// keeps the score it was signed with.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { viewerOf } from "@/lib/contracts/queries";
import { setScoreGroups } from "@/lib/contracts/score-group-actions";
import { getReviewPage } from "@/lib/reviews/queries";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertResultKpi, insertReviewRow, insertScoreRow } from "../fixtures/reviews";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let buyer: Awaited<ReturnType<typeof createBuyer>>;
let supplier: Awaited<ReturnType<typeof createSupplier>>;

beforeAll(async () => {
  [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
});

const contractOf = () =>
  insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.org.id });

describe("score groups", () => {
  it("weigh the draft review's overall score by group, and leave a final review's score alone", async () => {
    const contract = await contractOf();
    const climate = await insertResultKpi(db, contract, null, { name: "CO2" });
    const social = await insertResultKpi(db, contract, null, { name: "SROI" });
    const final = await insertReviewRow(db, contract, "2026-Q2");
    await insertScoreRow(db, final, climate.id, { agreedScore: "on_track" });
    await insertScoreRow(db, final, social.id, { agreedScore: "off_track" });
    await db.execute(
      sql`update reviews set status = 'final', buyer_signed_at = now(), supplier_signed_at = now(), finalized_at = now(), overall_score = 50 where id = ${final.id}`,
    );
    const draft = await insertReviewRow(db, contract, "2026-Q3");
    await insertScoreRow(db, draft, climate.id, { agreedScore: "on_track" });
    await insertScoreRow(db, draft, social.id, { agreedScore: "off_track" });
    const cm = buyer.as.contract_manager;
    const overall = async (quarter: string) =>
      (await withTenant(cm, (tx) => getReviewPage(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter }), cm.db)).overall;
    // Alone: (100 + 0) / 2 = 50.
    expect((await overall("2026-Q3")).score).toBe(50);

    const form = {
      contractId: contract.id,
      "groups.0.name": "Klimaat",
      "groups.0.weight": "3",
      "groups.1.name": "Sociaal",
      [`kpi.${climate.id}`]: "0",
      [`kpi.${social.id}`]: "1",
    };
    expectOk(await setScoreGroups.run(cm, { ...form, version: String(contract.version) }));
    // Klimaat 100 × 3, Sociaal 0 × 1: 75.
    expect(await overall("2026-Q3")).toMatchObject({ score: 75, formula: expect.stringContaining("Klimaat (gewicht 3)") });
    expect((await overall("2026-Q2")).score).toBe(50);

    // The form opened before the save is stale.
    expect(await setScoreGroups.run(cm, { ...form, version: String(contract.version) })).toMatchObject({
      ok: false,
      code: "ConflictError",
    });
    const [audit] = await queryRows<{ action: string; actor_user_id: string }>(
      db,
      sql`select action, actor_user_id from audit_events where entity_id = ${contract.id} and action = 'set_score_groups'`,
    );
    expect(audit).toEqual({ action: "set_score_groups", actor_user_id: cm.userId });
  });

  it("refuses a KPI of another contract and keeps what was saved", async () => {
    const contract = await contractOf();
    const other = await contractOf();
    const foreign = await insertResultKpi(db, other, null, { name: "Elders" });
    const result = await setScoreGroups.run(buyer.as.admin, {
      contractId: contract.id,
      version: String(contract.version),
      "groups.0.name": "Klimaat",
      [`kpi.${foreign.id}`]: "0",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { _form: "Een van de KPI's hoort niet bij dit contract. Laad de pagina opnieuw." },
    });
    const [row] = await queryRows<{ score_groups: unknown }>(db, sql`select score_groups from contracts where id = ${contract.id}`);
    expect(row.score_groups).toEqual([]);
    const [kpi] = await queryRows<{ score_group: string | null }>(db, sql`select score_group from kpis where id = ${foreign.id}`);
    expect(kpi.score_group).toBeNull();
  });
});
