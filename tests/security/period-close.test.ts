// The walls around period closes in the database itself: a close and its record belong to the
// buyer; another buyer and every supplier (also the supplier party to the closed contracts) read
// no row and write none; the record cannot be changed by the buyer either.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { closeQuarter } from "@/lib/period-close/actions";
import { withTenant } from "@/lib/tenancy";
import type { Caller } from "@/lib/http/steps";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { insertAcceptedReport, insertResultKpi, insertReviewRow, insertScoreRow } from "../fixtures/reviews";

const { db } = await openTestDatabase();

let owner: Team<BuyerRole>;
let stranger: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let closeId: string;

beforeAll(async () => {
  [owner, stranger, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  const contract = await insertContract(db, {
    tenantId: owner.org.id,
    managerId: owner.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  const kpi = await insertResultKpi(db, contract);
  await insertAcceptedReport(db, contract, "2025-Q2", { [kpi.id]: "41" });
  const review = await insertReviewRow(db, contract, "2025-Q2");
  await insertScoreRow(db, review, kpi.id, { agreedScore: "on_track" });
  await db.execute(sql`update reviews set status = 'final', buyer_signed_at = now(), supplier_signed_at = now(), finalized_at = now(),
                       malus_applied_cents = 0 where tenant_id = ${owner.org.id}::uuid and id = ${review.id}::uuid`);
  closeId = expectOk(await closeQuarter.run(owner.as.coordinator, { quarter: "2025-Q2" })).id;
});

const count = (ctx: Caller, table: string) =>
  withTenant(ctx, (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.raw(table)}`), db).then((r) => r[0].n);

describe("period closes in the database", () => {
  it("are read by the buyer that closed, by no other buyer and by no supplier", async () => {
    for (const table of ["period_closes", "period_close_contracts"]) {
      expect(await count(owner.as.viewer, table)).toBe(1);
      expect(await count(stranger.as.admin, table)).toBe(0);
      expect(await count(supplier.as.admin, table)).toBe(0);
    }
  });

  it("refuse a row written into another buyer's tenant", async () => {
    const error = await databaseError(
      withTenant(
        stranger.as.coordinator,
        (tx) =>
          tx.execute(
            sql`insert into period_closes (tenant_id, quarter, closed_by_user_id) values (${owner.org.id}::uuid, '2024-Q1', ${stranger.as.coordinator.userId}::uuid)`,
          ),
        db,
      ),
    );
    expect(error).toMatch(/row-level security/);
  });

  it("do not let another buyer reopen or the supplier ask whether a quarter is closed", async () => {
    const updated = await withTenant(
      stranger.as.admin,
      (tx) => queryRows(tx, sql`update period_closes set reopen_reason = 'x' where id = ${closeId}::uuid returning id`),
      db,
    );
    expect(updated).toEqual([]);
    const strangerAsks = await withTenant(
      stranger.as.admin,
      (tx) => queryRows<{ closed: boolean }>(tx, sql`select period_closed(${owner.org.id}::uuid, '2025-Q2') as closed`),
      db,
    );
    expect(strangerAsks[0].closed).toBe(false);
    // The supplier of the closed quarter's contract is told, so its signature is refused with a reason.
    const partyAsks = await withTenant(
      supplier.as.admin,
      (tx) => queryRows<{ closed: boolean }>(tx, sql`select period_closed(${owner.org.id}::uuid, '2025-Q2') as closed`),
      db,
    );
    expect(partyAsks[0].closed).toBe(true);
  });

  it("keep the stored record, also against the buyer that closed", async () => {
    const changed = await databaseError(
      withTenant(
        owner.as.coordinator,
        (tx) => tx.execute(sql`update period_close_contracts set malus_applied_cents = 1 where close_id = ${closeId}::uuid`),
        db,
      ),
    );
    expect(changed).toMatch(/veranderen niet/);
    const removed = await databaseError(
      withTenant(owner.as.coordinator, (tx) => tx.execute(sql`delete from period_closes where id = ${closeId}::uuid`), db),
    );
    expect(removed).toMatch(/permission denied|niet verwijderd/);
  });
});
