// The second wall: even a query without any tenant filter sees only the scope's rows, because
// withTenant switches to its side's role (groeipad_buyer / groeipad_supplier) with app.org_id set and the tables force row-level security.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import type { BuyerRole } from "@/lib/auth/permissions";
import { withTenant, type TenantScope } from "@/lib/tenancy";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createContractAs, createOrganisation, insertContract, type Team } from "../fixtures/factories";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplierId: string;
const ids = { a1: "", a2: "", b1: "", aSupplied: "" };

const scopeOf = (team: Team<BuyerRole>): TenantScope => ({ userId: team.as.admin.userId, orgId: team.org.id, orgKind: "buyer" });
const rowsIn = <T>(scope: TenantScope, query: Parameters<Db["execute"]>[0]) => withTenant(scope, (tx) => queryRows<T>(tx, query), db);

beforeAll(async () => {
  [a, b] = [await createBuyer(db), await createBuyer(db)];
  supplierId = (await createOrganisation(db, "supplier")).id;
  ids.a1 = await createContractAs(a.as.admin);
  ids.a2 = await createContractAs(a.as.contract_manager);
  ids.b1 = await createContractAs(b.as.admin);
  ids.aSupplied = (await insertContract(db, { tenantId: a.org.id, managerId: a.as.admin.userId, supplierOrgId: supplierId })).id;
});

describe("row-level security on contracts", () => {
  it("tenant B's scope sees none of tenant A's contracts in an unfiltered select", async () => {
    const rows = await rowsIn<{ id: string; tenant_id: string }>(scopeOf(b), sql`select * from contracts`);
    expect(rows.map((r) => r.id)).toEqual([ids.b1]);
    expect(rows.filter((r) => r.tenant_id === a.org.id)).toEqual([]);
  });

  it("tenant A's scope sees all of its own contracts", async () => {
    const rows = await rowsIn<{ id: string }>(scopeOf(a), sql`select id from contracts`);
    expect(rows.map((r) => r.id).sort()).toEqual([ids.a1, ids.a2, ids.aSupplied].sort());
  });

  it("a supplier's scope sees only the contracts it is party to", async () => {
    const scope: TenantScope = { userId: a.as.admin.userId, orgId: supplierId, orgKind: "supplier" };
    const rows = await rowsIn<{ id: string }>(scope, sql`select id from contracts`);
    expect(rows.map((r) => r.id)).toEqual([ids.aSupplied]);
  });

  it("a supplier's scope cannot change a contract, even its own", async () => {
    const scope: TenantScope = { userId: a.as.admin.userId, orgId: supplierId, orgKind: "supplier" };
    const changed = await rowsIn(scope, sql`update contracts set title = 'gekaapt' where id = ${ids.aSupplied} returning id`);
    expect(changed).toEqual([]);
  });

  it("refuses to insert a contract for another tenant inside tenant A's scope", async () => {
    const insert = rowsIn(
      scopeOf(a),
      sql`insert into contracts (tenant_id, title, purchasing_package, cooperation_form, start_date, end_date, value_cents)
          values (${b.org.id}, 'Ingeschoven', 'catering', 'relationeel', '2026-01-01', '2026-12-31', 100)`,
    );
    expect(await databaseError(insert)).toMatch(/row-level security/);
    const bRows = await queryRows(db, sql`select 1 from contracts where tenant_id = ${b.org.id} and title = 'Ingeschoven'`);
    expect(bRows).toEqual([]);
  });

  it("cannot update or delete another tenant's contract, even by id", async () => {
    const updated = await rowsIn(scopeOf(a), sql`update contracts set title = 'gekaapt' where id = ${ids.b1} returning id`);
    const deleted = await rowsIn(scopeOf(a), sql`delete from contracts where id = ${ids.b1} returning id`);
    expect([updated, deleted]).toEqual([[], []]);
    const [row] = await queryRows<{ title: string }>(db, sql`select title from contracts where id = ${ids.b1}`);
    expect(row.title).not.toBe("gekaapt");
  });
});

describe("the audit log", () => {
  it("shows a tenant only its own events", async () => {
    const rows = await rowsIn<{ tenant_id: string; actor_org_id: string }>(scopeOf(b), sql`select * from audit_events`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.tenant_id === b.org.id || r.actor_org_id === b.org.id)).toBe(true);
  });

  it("is append-only: UPDATE and DELETE fail for the application and even for a superuser", async () => {
    const own = sql`tenant_id = ${a.org.id}`;
    const actionsOfA = () => queryRows<{ action: string }>(db, sql`select action from audit_events where ${own} order by id`);
    const before = await actionsOfA();
    expect(before.map((r) => r.action)).toEqual(["create", "create"]);
    const update = sql`update audit_events set action = 'vervalst' where ${own}`;
    const remove = sql`delete from audit_events where ${own}`;
    expect(await databaseError(rowsIn(scopeOf(a), update))).toMatch(/permission denied/);
    expect(await databaseError(rowsIn(scopeOf(a), remove))).toMatch(/permission denied/);
    expect(await databaseError(db.execute(update))).toMatch(/append-only/);
    expect(await databaseError(db.execute(remove))).toMatch(/append-only/);
    expect(await actionsOfA()).toEqual(before);
  });

  it("refuses an event recorded in another organisation's name", async () => {
    const forged = rowsIn(
      scopeOf(a),
      sql`insert into audit_events (tenant_id, actor_org_id, entity, entity_id, action)
          values (${b.org.id}, ${b.org.id}, 'contract', ${ids.b1}, 'vervalst')`,
    );
    expect(await databaseError(forged)).toMatch(/row-level security/);
  });
});
