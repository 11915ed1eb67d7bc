// The plan npm run db:distribute follows on a Citus coordinator, read from this database's
// catalogue: every table in it once, tenant tables distributed on tenant_id after the tables their
// keys point at, nothing Citus refuses, and the refusals it would meet noticed before anything runs.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import { distributionPlan, type DistributionPlan } from "@/db/distribution";
import { openTestDatabase } from "../fixtures/db";

const { db } = await openTestDatabase();

class Rollback extends Error {
  constructor(readonly plan: DistributionPlan) {
    super("rollback");
  }
}

describe("the distribution plan", () => {
  it("places every table once, tenant tables after what they point at, with nothing Citus refuses", async () => {
    const plan = await distributionPlan(db);
    expect(plan.problems).toEqual([]);
    const tables = await queryRows<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public'`);
    expect([...plan.reference, ...plan.distributed].sort()).toEqual(tables.map((t) => t.name).sort());
    expect(plan.distributed).toEqual(expect.arrayContaining(["contracts", "kpis", "reports", "reviews", "review_scores", "audit_events"]));
    expect(plan.reference).toEqual(expect.arrayContaining(["organisations", "users"]));
    const position = (name: string) => plan.distributed.indexOf(name);
    expect(position("contracts")).toBeLessThan(position("kpis"));
    expect(position("reviews")).toBeLessThan(position("review_scores"));
    expect(plan.statements[0]).toMatch(/^ALTER DATABASE \S+ SET citus\.propagate_set_commands = 'local'$/);
    expect(plan.statements).toContain("SELECT create_distributed_table('public.contracts', 'tenant_id')");
    expect(plan.statements).toContain("SELECT create_reference_table('public.organisations')");
  });

  it("notices a reference table pointing at a tenant table and foreign keys in a circle", async () => {
    const plan = await db
      .transaction(async (tx) => {
        await tx.execute(sql`create table zz_note (id uuid primary key, contract_tenant uuid, contract_id uuid,
          foreign key (contract_tenant, contract_id) references contracts (tenant_id, id))`);
        await tx.execute(sql`create table zz_a (tenant_id uuid not null, id uuid not null, b_id uuid, primary key (tenant_id, id))`);
        await tx.execute(sql`create table zz_b (tenant_id uuid not null, id uuid not null, a_id uuid, primary key (tenant_id, id),
          foreign key (tenant_id, a_id) references zz_a (tenant_id, id))`);
        await tx.execute(sql`alter table zz_a add foreign key (tenant_id, b_id) references zz_b (tenant_id, id)`);
        throw new Rollback(await distributionPlan(tx as unknown as Db));
      })
      .catch((error) => (error instanceof Rollback ? error.plan : Promise.reject(error)));
    expect(plan.problems).toEqual([
      "zz_note: foreign key zz_note_contract_tenant_contract_id_fkey of a reference table points at the distributed table contracts",
      expect.stringMatching(/^foreign keys in a circle: zz_[ab] → zz_[ab] → zz_[ab]$/),
    ]);
  });
});
