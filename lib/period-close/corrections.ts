// What changed about a closed quarter after it was closed. The closed quarter keeps its record;
// the change shows as a correction in the next open quarter, naming the quarter it corrects:
// an amendment recorded on one of its final reviews, or an organisation target's part from a
// contract that now differs from what the close stored (a report value accepted or corrected later).
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { formatNumber } from "@/lib/format";
import { nextOpenQuarter } from "./rules";
import { targetContributions } from "./snapshot";

export type PeriodCorrection = {
  /** The closed quarter the correction is about. */
  corrects: string;
  /** The open quarter it shows in. */
  quarter: string;
  kind: "amendment" | "target";
  contractId: string;
  contractTitle: string;
  /** What was corrected: the KPI or field of an amendment, the target's name. */
  subject: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  at: string;
};

/** The closed quarters and the corrections to them, in one statement: the dashboard keeps to its budget of statements. */
export async function periodCloseState(
  db: Db,
  { tenantId }: { tenantId: string },
): Promise<{ closed: string[]; corrections: PeriodCorrection[] }> {
  const t = sql`${tenantId}::uuid`;
  const [row] = await queryRows<{ state: unknown }>(
    db,
    sql`with cq as (select id, quarter, closed_at from period_closes where tenant_id = ${t} and reopened_at is null),
        amendments as (
          select cq.quarter as corrects, 'amendment' as kind, r.contract_id as "contractId", c.title as "contractTitle",
                 coalesce(k.name, a.field, 'Review') as subject, a.previous_value as before, a.corrected_value as after,
                 a.reason, a.created_at as at
          from cq
          join reviews r on r.tenant_id = ${t} and r.quarter = cq.quarter
          join contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
          join review_amendments a on a.tenant_id = r.tenant_id and a.review_id = r.id and a.created_at > cq.closed_at
          left join kpis k on k.tenant_id = a.tenant_id and k.id = a.kpi_id
        ),
        ${targetContributions(t, sql`in (select quarter from cq)`)},
        stored as (
          select s.quarter, s.target_id, x."contractId" as contract_id, x.value
          from period_close_targets s join cq on cq.id = s.close_id
          cross join lateral jsonb_to_recordset(s.contributions) as x("contractId" uuid, value float8)
          where s.tenant_id = ${t}
        ),
        pairs as (
          select coalesce(st.quarter, lv.quarter) as quarter, coalesce(st.target_id, lv.target_id) as target_id,
                 coalesce(st.contract_id, lv.contract_id) as contract_id, st.value as before, lv.value as after
          from stored st full join per_contract lv on lv.quarter = st.quarter and lv.target_id = st.target_id and lv.contract_id = st.contract_id
        ),
        targets as (
          select p.quarter as corrects, 'target' as kind, p.contract_id as "contractId", c.title as "contractTitle",
                 ta.name as subject, p.before, p.after, cq.closed_at as at
          from pairs p
          join cq on cq.quarter = p.quarter
          join organisation_targets ta on ta.tenant_id = ${t} and ta.id = p.target_id
          join contracts c on c.tenant_id = ${t} and c.id = p.contract_id
          where p.before is distinct from p.after
        )
        select json_build_object(
          'closed', coalesce((select json_agg(quarter order by quarter) from cq), '[]'::json),
          'amendments', coalesce((select json_agg(row_to_json(x) order by x.at) from amendments x), '[]'::json),
          'targets', coalesce((select json_agg(row_to_json(x) order by x.corrects, x.subject, x."contractTitle") from targets x), '[]'::json)
        ) as state`,
  );
  const state = (typeof row.state === "string" ? JSON.parse(row.state) : row.state) as {
    closed: string[];
    amendments: Array<Omit<PeriodCorrection, "quarter">>;
    targets: Array<Omit<PeriodCorrection, "quarter" | "before" | "after" | "reason"> & { before: number | null; after: number | null }>;
  };
  const closed = new Set(state.closed);
  // A target's part is a number: shown the Dutch way, like every figure.
  const targets = state.targets.map((row) => ({ ...row, before: asFigure(row.before), after: asFigure(row.after), reason: null }));
  const corrections = [...state.amendments, ...targets].map((row) => ({
    ...row,
    quarter: nextOpenQuarter(row.corrects, closed),
    at: String(row.at),
  }));
  return { closed: state.closed, corrections };
}

function asFigure(value: unknown): string | null {
  return value === null || value === undefined ? null : formatNumber(Number(value), 4);
}
