// The demo reports are seeded, after the demo KPIs, into fresh organisations standing in for the
// demo ones and read back through lib/reports: mostly accepted, one late, one sent back, one draft.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { demoContracts } from "@/db/seed/demo-data";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { seedDemoReports } from "@/db/seed/demo-reports";
import { reportOverview } from "@/lib/reports/queries";
import { viewerOf } from "@/lib/contracts/queries";
import { amsterdamToday } from "@/lib/time";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns, type DemoBuyer } from "../fixtures/demo-stand-ins";

const { db } = await openTestDatabase();

let buyers: Record<"voorbeeldstad" | "zuiderland", DemoBuyer>;
let contractIds: Map<string, { id: string; buyer: DemoBuyer }>;

beforeAll(async () => {
  const demo = await demoStandIns(db);
  buyers = demo.buyers;
  contractIds = demo.contractsByTitle;
  await seedDemoKpis(db, demo.ids);
  await seedDemoReports(db, demo.ids);
});

describe("the demo reports", () => {
  it("cover past quarters: mostly accepted, with a late, a sent-back and a draft report", async () => {
    const statuses: string[] = [];
    for (const buyer of Object.values(buyers)) {
      const overview = await withTenant(
        scopeOf(buyer.as.viewer),
        (tx) => reportOverview(tx, { viewer: viewerOf(buyer.as.viewer), today: amsterdamToday() }),
        db,
      );
      for (const row of overview) if (contractIds.has(row.contract.title)) statuses.push(...row.quarters.map((q) => q.status));
    }
    const count = (s: string) => statuses.filter((x) => x === s).length;
    expect(count("accepted")).toBeGreaterThan(count("overdue") + count("sent_back") + count("draft"));
    expect(count("sent_back")).toBeGreaterThanOrEqual(1);
    expect(count("overdue")).toBeGreaterThanOrEqual(1);
    expect(count("draft") + count("overdue")).toBeGreaterThanOrEqual(2);
  });

  it("give a sent-back report an open round with its question, and an accepted one a round answered by a second version", async () => {
    const ids = [...contractIds.values()].map((c) => c.id);
    const rounds = await queryRows<{ status: string; answered: boolean; questions: number; versions: number }>(
      db,
      sql`select r.status, x.answered_at is not null as answered,
                 (select count(*)::int from report_questions q where q.tenant_id = x.tenant_id and q.round_id = x.id) as questions,
                 (select count(*)::int from report_submissions s where s.tenant_id = r.tenant_id and s.report_id = r.id) as versions
            from report_rounds x join reports r on r.tenant_id = x.tenant_id and r.id = x.report_id
           where r.contract_id in (${sql.join(
             ids.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})`,
    );
    expect(rounds).toContainEqual({ status: "clarification_requested", answered: false, questions: 1, versions: 1 });
    expect(rounds).toContainEqual({ status: "accepted", answered: true, questions: 1, versions: 2 });
  });

  it("carry the evidence their KPIs make mandatory in every submitted report, as the app asks before it takes a submission", async () => {
    const ids = [...contractIds.values()].map((c) => c.id);
    const missing = await queryRows<{ quarter: string; kpi: string }>(
      db,
      sql`select r.quarter, k.name as kpi
            from reports r
            join report_values v on v.tenant_id = r.tenant_id and v.report_id = r.id
            join kpis k on k.tenant_id = v.tenant_id and k.id = v.kpi_id
           where r.contract_id in (${sql.join(
             ids.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})
             and r.status <> 'draft' and k.evidence_mandatory
             and not exists (select 1 from evidence_files e where e.tenant_id = r.tenant_id and e.report_id = r.id and e.kpi_id = k.id)`,
    );
    expect(missing).toEqual([]);
    const [files] = await queryRows<{ n: number; csv: number }>(
      db,
      sql`select count(*)::int as n, count(*) filter (where content_type = 'text/csv' and file_name like '%.csv')::int as csv
            from evidence_files where report_id in (select id from reports where contract_id in (${sql.join(
              ids.map((id) => sql`${id}::uuid`),
              sql`, `,
            )}))`,
    );
    expect(files.n).toBeGreaterThan(0);
    expect(files.csv).toBe(files.n);
  });

  it("keep contract titles and periods in agreement: a title naming years ends in its last year", () => {
    for (const c of demoContracts) {
      const years = /(\d{4})–(\d{4})/.exec(c.title);
      if (!years) continue;
      expect([c.title, c.startDate.slice(0, 4), c.endDate.slice(0, 4)]).toEqual([c.title, years[1], years[2]]);
    }
  });
});
