// The benchmark's data generator (db/seed/large.ts) makes what its shape says: the xl shape cut
// down to a few dozen contracts, so the run takes seconds, with every count the bench relies on
// read back. A generator that ignored a number of its shape (a 2,000 written into the SQL) fails.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { seedLarge } from "@/db/seed/large";
import { largeShape, type LargeShape } from "@/db/seed/large-shape";
import { openTestDatabase } from "../fixtures/db";

// The generator's slugs and e-mail addresses are fixed, and the benchmark refresh reads every
// participant: a database of its own.
const database = await openTestDatabase({ alone: true });
const { db } = database;

const shape: LargeShape = {
  ...largeShape("xl"),
  bigContracts: 40,
  bigKpis: 3,
  smallBuyers: 2,
  smallContracts: 2,
  smallKpis: 2,
  suppliers: 4,
  contractManagers: 2,
};

type Counts = {
  active: number;
  drafts: number;
  kpis: number;
  reports: number;
  values: number;
  finalReviews: number;
  scores: number;
  perSupplier: number[];
  perManager: number[];
};

async function countsOf(slug: string): Promise<Counts> {
  const [row] = await queryRows<Counts>(
    db,
    sql`with b as (select id from organisations where slug = ${slug})
        select (select count(*)::int from contracts c, b where c.tenant_id = b.id and c.status <> 'draft') as active,
               (select count(*)::int from contracts c, b where c.tenant_id = b.id and c.status = 'draft') as drafts,
               (select count(*)::int from kpis k, b where k.tenant_id = b.id) as kpis,
               (select count(*)::int from reports r, b where r.tenant_id = b.id) as reports,
               (select count(*)::int from report_values v, b where v.tenant_id = b.id) as "values",
               (select count(*)::int from reviews r, b where r.tenant_id = b.id and r.status = 'final') as "finalReviews",
               (select count(*)::int from review_scores s, b where s.tenant_id = b.id) as scores,
               (select array_agg(n order by n) from (select count(*)::int n from contracts c, b where c.tenant_id = b.id
                   and c.status <> 'draft' group by c.supplier_org_id) x) as "perSupplier",
               (select array_agg(n order by n) from (select count(*)::int n from contracts c, b where c.tenant_id = b.id
                   and c.status <> 'draft' group by c.contract_manager_id) x) as "perManager"`,
  );
  return row;
}

beforeAll(async () => {
  expect(await seedLarge(database, shape)).toBe(true);
}, 120_000);

describe("the large data set's generator", () => {
  it("gives the big buyer the shape's contracts, KPIs and quarters of reports and final reviews", async () => {
    const big = await countsOf(shape.bigBuyerSlug);
    expect(big.active).toBe(40);
    expect(big.drafts).toBe(1);
    expect(big.kpis).toBe(40 * 3);
    // Eleven quarters always, the latest for about nine in ten contracts; a value per KPI in each.
    expect(big.reports).toBeGreaterThanOrEqual(40 * 11);
    expect(big.reports).toBeLessThanOrEqual(40 * 12);
    expect(big.values).toBe(big.reports * 3);
    expect(big.finalReviews).toBe(40 * 11);
    expect(big.scores).toBe(40 * 11 * 3);
    // Suppliers and contract managers in proportion: each has as many contracts as the others.
    expect(big.perSupplier).toEqual([10, 10, 10, 10]);
    expect(big.perManager).toEqual([20, 20]);
  });

  it("makes the small buyers with their own contracts and KPIs, all in the benchmark and the buyer group", async () => {
    for (const slug of ["klein-1", "klein-2"]) {
      const small = await countsOf(slug);
      expect(small).toMatchObject({ active: 2, drafts: 1, kpis: 2 * 2, finalReviews: 2 * 11 });
    }
    expect(await countsOf("klein-3")).toMatchObject({ active: 0 });
    const [peers] = await queryRows<{ participants: number; members: number }>(
      db,
      sql`select (select count(*)::int from organisations where benchmark_since is not null
                    and (slug = ${shape.bigBuyerSlug} or slug like 'klein-%')) as participants,
                 (select count(*)::int from group_members m join organisations g on g.id = m.tenant_id
                   where g.slug = ${`${shape.bigBuyerSlug}-inkoopgroep`} and m.status = 'joined') as members`,
    );
    expect(peers).toEqual({ participants: 3, members: 3 });
  });

  it("derives what the tables' triggers derive, although its bulk steps write with the triggers off", async () => {
    const [derived] = await queryRows<{ values: number; scores: number; dataLogged: boolean; workLogged: boolean; marks: number }>(
      db,
      sql`select (select count(*)::int from report_values v join reports r on r.tenant_id = v.tenant_id and r.id = v.report_id
                  where v.contract_id is distinct from r.contract_id or v.supplier_org_id is distinct from r.supplier_org_id
                     or v.supplier_org_id is null) as values,
                 (select count(*)::int from review_scores s join reviews r on r.tenant_id = s.tenant_id and r.id = s.review_id
                  where s.supplier_org_id is distinct from r.supplier_org_id or s.supplier_org_id is null) as scores,
                 exists (select 1 from tenant_data_changes d join organisations o on o.id = d.tenant_id where o.slug = ${shape.bigBuyerSlug}) as "dataLogged",
                 exists (select 1 from tenant_work_changes d join organisations o on o.id = d.tenant_id where o.slug = ${shape.bigBuyerSlug}) as "workLogged",
                 (select count(*)::int from contract_quarter_values_stale) as marks`,
    );
    expect(derived).toEqual({ values: 0, scores: 0, dataLogged: true, workLogged: true, marks: 0 });

    // The dashboards' summaries the seed wrote are those of every accepted quarter computed afresh.
    const summaries = () =>
      queryRows<Record<string, unknown>>(
        db,
        sql`select contract_id, quarter, indicator_id, numbers, total::text, quantified, quantified_total::text, verified_numbers
            from contract_quarter_values order by 1, 2, 3`,
      );
    const seeded = await summaries();
    expect(seeded.length).toBeGreaterThan(40 * 11);
    await db.execute(sql`insert into contract_quarter_values_stale (tenant_id, contract_id, quarter)
                         select tenant_id, contract_id, quarter from reports where status = 'accepted' on conflict do nothing`);
    await db.execute(sql`select refresh_contract_quarter_values(id) from organisations where kind = 'buyer'`);
    expect(await summaries()).toEqual(seeded);
  });

  it("leaves an existing set alone, and refuses to take it for a set of another size", async () => {
    expect(await seedLarge(database, shape)).toBe(false);
    expect((await countsOf(shape.bigBuyerSlug)).active).toBe(40);
    const refused = await seedLarge(database, largeShape("large")).then(
      () => "geen fout",
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/40 contracten voor grootstad, niet de 2\.000 van schaal large/);
  });
});
