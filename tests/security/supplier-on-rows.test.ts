// Every contract-owned row carries its contract's supplier (migration 0026), so the supplier's
// policies compare a column with the transaction's organisation. The database keeps the column:
// a row takes it from its parent whatever was sent, and a change of the contract's supplier
// passes down to every row below it, a final review's rows too, without unfreezing them.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { contracts, reportValues, reviews, type Contract, type Kpi, type Report, type Review } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, insertContract, type Team } from "../fixtures/factories";
import { insertNotification } from "../fixtures/notifications";
import { insertAcceptedReport, insertResultKpi, insertReviewRow, insertScoreRow } from "../fixtures/reviews";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let first: Team<SupplierRole>;
let second: Team<SupplierRole>;
let contract: Contract;
let kpi: Kpi;
let report: Report;
let review: Review;

beforeAll(async () => {
  [buyer, first, second] = [await createBuyer(db), await createSupplier(db), await createSupplier(db)];
  contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: first.org.id });
  kpi = await insertResultKpi(db, contract);
  report = await insertAcceptedReport(db, contract, "2026-Q1", { [kpi.id]: "41" });
  review = await insertReviewRow(db, contract, "2026-Q1");
  await insertScoreRow(db, review, kpi.id);
  const signed = {
    buyerSignedAt: new Date(),
    supplierSignedAt: new Date(),
    finalizedAt: new Date(),
    buyerSignerName: "Koper",
    supplierSignerName: "Leverancier",
  };
  await db
    .update(reviews)
    .set({ status: "final", ...signed })
    .where(eq(reviews.id, review.id));
});

/** The supplier column of every row below the contract, by table. */
async function suppliersBelow(): Promise<Record<string, string[]>> {
  const rows = await queryRows<{ tbl: string; supplier: string | null }>(
    db,
    sql`select 'kpis' as tbl, supplier_org_id as supplier from kpis where contract_id = ${contract.id}
        union all select 'reports', supplier_org_id from reports where contract_id = ${contract.id}
        union all select 'report_values', supplier_org_id from report_values where report_id = ${report.id}
        union all select 'reviews', supplier_org_id from reviews where contract_id = ${contract.id}
        union all select 'review_scores', supplier_org_id from review_scores where review_id = ${review.id}
        union all select 'review_outcomes', supplier_org_id from review_outcomes where review_id = ${review.id}`,
  );
  const byTable: Record<string, string[]> = {};
  for (const row of rows) (byTable[row.tbl] ??= []).push(row.supplier ?? "geen");
  return byTable;
}

const supplierScope = (team: Team<SupplierRole>) => ({ userId: team.as.admin.userId, orgId: team.org.id, orgKind: "supplier" as const });

describe("the contract's supplier on its rows", () => {
  it("every row below the contract carries it, the summary the database writes too", async () => {
    const s = first.org.id;
    expect(await suppliersBelow()).toEqual({
      kpis: [s],
      reports: [s],
      report_values: [s],
      reviews: [s],
      review_scores: [s],
      review_outcomes: [s],
    });
  });

  it("replaces a value sent for the column with the parent's, on insert and on update", async () => {
    const [row] = await db
      .insert(reportValues)
      .values({
        tenantId: contract.tenantId,
        reportId: report.id,
        kpiId: (await insertResultKpi(db, contract)).id,
        value: "3",
        supplierOrgId: second.org.id,
      })
      .returning();
    expect(row.supplierOrgId).toBe(first.org.id);
    await db.update(reportValues).set({ supplierOrgId: second.org.id }).where(eq(reportValues.id, row.id));
    const [after] = await db.select().from(reportValues).where(eq(reportValues.id, row.id));
    expect(after.supplierOrgId).toBe(first.org.id);
  });

  it("refuses a supplier writing under another supplier's contract, whatever it sends", async () => {
    const forged = withTenant(
      supplierScope(second),
      (tx) =>
        tx
          .insert(reportValues)
          .values({ tenantId: contract.tenantId, reportId: report.id, kpiId: kpi.id, value: "9", supplierOrgId: second.org.id }),
      db,
    );
    expect(await databaseError(forged)).toMatch(/row-level security/);
  });

  it("passes a change of supplier down to every row, a final review's too, and moves who sees them", async () => {
    const visible = (team: Team<SupplierRole>) =>
      withTenant(
        supplierScope(team),
        async (tx) => ({
          reports: (await queryRows(tx, sql`select id from reports where contract_id = ${contract.id}`)).length,
          scores: (await queryRows(tx, sql`select id from review_scores where review_id = ${review.id}`)).length,
        }),
        db,
      );
    const toFirst = await insertNotification(db, contract, { id: first.org.id, kind: "supplier" }, first.as.admin.userId);
    const toBuyer = await insertNotification(db, contract, { id: buyer.org.id, kind: "buyer" }, buyer.as.contract_manager.userId);
    expect(await visible(first)).toEqual({ reports: 1, scores: 1 });
    expect(await visible(second)).toEqual({ reports: 0, scores: 0 });

    await db.update(contracts).set({ supplierOrgId: second.org.id }).where(eq(contracts.id, contract.id));

    const below = await suppliersBelow();
    expect(new Set(Object.values(below).flat())).toEqual(new Set([second.org.id]));
    expect(await visible(first)).toEqual({ reports: 0, scores: 0 });
    expect(await visible(second)).toEqual({ reports: 1, scores: 1 });
    // The previous supplier's people lose the contract's notifications; the buyer's stay, with the new supplier.
    const left = await queryRows<{ id: string; supplier: string }>(
      db,
      sql`select id, supplier_org_id as supplier from notifications where contract_id = ${contract.id}`,
    );
    expect(left).toEqual([{ id: toBuyer.id, supplier: second.org.id }]);
    expect(left.map((n) => n.id)).not.toContain(toFirst.id);
  });

  it("has a trigger on contracts for every table below it that carries the supplier, so a new table cannot be forgotten", async () => {
    const below = await queryRows<{ table: string }>(
      db,
      sql`select s.table_name as table from information_schema.columns s
            join information_schema.columns c on c.table_schema = s.table_schema and c.table_name = s.table_name and c.column_name = 'contract_id'
           where s.table_schema = current_schema() and s.column_name = 'supplier_org_id' order by 1`,
    );
    const triggers = await queryRows<{ name: string; args: string }>(
      db,
      sql`select tgname as name, encode(tgargs, 'escape') as args from pg_trigger where tgrelid = 'contracts'::regclass and not tgisinternal`,
    );
    // tgargs are NUL-separated pairs of a child table and its column; escape encoding shows a NUL as \000.
    const passedDown = new Set(triggers.flatMap((t) => t.args.split("\\000").filter((name, i) => i % 2 === 0 && name !== "")));
    // Notifications have a recipient, so they follow by a trigger of their own.
    const followed = triggers.some((t) => t.name === "contracts_supplier_to_notifications") ? ["notifications"] : [];
    // A table that also names its contract (report_values, for the verifier's policy) may take the
    // supplier from its own parent, which a contract's trigger passes it to.
    const fromParents = await queryRows<{ args: string }>(
      db,
      sql`select encode(tgargs, 'escape') as args from pg_trigger where tgrelid <> 'contracts'::regclass and not tgisinternal
            and tgname like '%supplier_to_children'`,
    );
    const passedByParent = new Set(fromParents.flatMap((t) => t.args.split("\\000").filter((name, i) => i % 2 === 0 && name !== "")));
    const missing = below.map((r) => r.table).filter((t) => !passedDown.has(t) && !followed.includes(t) && !passedByParent.has(t));
    expect(below.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it("keeps a final review frozen for every other change", async () => {
    expect(await databaseError(db.execute(sql`update review_scores set agreed_reason = 'later' where review_id = ${review.id}`))).toMatch(
      /is final/,
    );
    expect(await databaseError(db.execute(sql`update reviews set quarter = '2026-Q2' where id = ${review.id}`))).toMatch(/is final/);
  });
});
