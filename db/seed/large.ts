// The large data set for the benchmark: one buyer ("grootstad") with 2,000 contracts (20,000 at
// scale xl, large-shape.ts) × 15 KPIs × 12 quarters of reports and final reviews, plus 49 small
// buyers with 10 contracts × 5 KPIs each. Everything is generated in set-based SQL
// (generate_series) and needs no application code per row. The database's own per-row triggers
// (change logs, suppliers on rows, summary marks, frozen reviews, review outcomes) were most of its
// time; the two largest steps now run without them (TRIGGERS_OFF below).
// Distributions: most suppliers deliver close to the growth path (actual = target × 0.85–1.15),
// a tenth of the contracts structurally fall short, ~6 % of reports are late and the most recent
// quarter has ~10 % missing; malus only on result KPIs with a rule and only when off track.
import { sql } from "drizzle-orm";
import type { Database, Db } from "../client";
import { queryRows } from "../client";
import { formatNumber } from "../../lib/format";
import { bigBuyerDrafts, largeQuarterSql, type LargeShape } from "./large-shape";
import { largeBenchmarkStatement, largeGroupStatements } from "./large-peers";

const RANDOM_SEED = 0.42;

async function run(db: Db, statement: string) {
  await db.execute(sql.raw(statement));
}

/**
 * The steps that write millions of rows (report values, review scores, finalising the reviews) run
 * in slices of the contracts side by side, each in a transaction on a connection of its own: with
 * every trigger on, the xl seed took 385 s instead of 659 s on two cores (docs/performance.md).
 * Two, for those two cores. PGlite has one connection and runs them whole.
 */
const SLICES_ON_POSTGRES = 2;

/**
 * Bookkeeping the per-row triggers of a bulk step would do, done once per slice instead: the
 * transaction's entry in the change logs (the dashboards' data versions read them) and the marks of
 * the quarters whose summaries the last step writes.
 */
type Bulk = { bookkeeping: string[] };

/**
 * The two steps that write millions of rows (report values and review scores) run with their
 * tables' per-row triggers off, for their own transaction only (session_replication_role), where
 * the seeding role may set that: the statements fill in themselves what those triggers derive (the
 * contract and the supplier of a row, taken from its report or review) and the bookkeeping follows
 * set-based. With the triggers on, the xl seed's two steps took 390 s and 356 s: a contract and a
 * supplier looked up, two foreign keys checked, a change-log entry and a summary mark upserted, a
 * review checked for being final, for each of 7 million rows. Making the reviews final keeps its
 * triggers: they write the review outcomes the dashboards read.
 */
const TRIGGERS_OFF = "set local session_replication_role = replica";

/** Marks where a step may be cut into slices: a condition on the contract id of each row. */
const SLICE = "{slice ";
const sliceOf = (contractId: string) => `${SLICE}${contractId}}`;

function inSlice(statement: string, slice: number, slices: number): string {
  return statement.replace(/\{slice ([^}]+)\}/g, (_, contractId: string) =>
    slices === 1 ? "true" : `abs(hashtext((${contractId})::text)) % ${slices} = ${slice}`,
  );
}

/**
 * Creates the large data set in the shape of its scale unless the big buyer already exists;
 * returns whether it did. Refuses a database that holds the set at another scale.
 */
export async function seedLarge(database: Database, shape: LargeShape, log: (line: string) => void = () => {}): Promise<boolean> {
  const db = database.db;
  const slices = database.kind === "postgresql" ? SLICES_ON_POSTGRES : 1;
  const [{ triggersOff }] = await queryRows<{ triggersOff: boolean }>(
    db,
    sql`select has_parameter_privilege(current_user, 'session_replication_role', 'set') as "triggersOff"`,
  );
  const step = async (label: string, statement: string, bulk?: Bulk) => {
    const started = Date.now();
    if (!bulk && (slices === 1 || !statement.includes(SLICE))) await run(db, inSlice(statement, 0, 1));
    else
      await Promise.all(
        Array.from({ length: slices }, (_, slice) =>
          db.transaction(async (tx) => {
            // Each connection draws its own random numbers: seeded too, as the first step's are.
            if (slices > 1) await tx.execute(sql.raw(`select setseed(${RANDOM_SEED + slice / 100})`));
            if (bulk && triggersOff) await run(tx, TRIGGERS_OFF);
            await run(tx, inSlice(statement, slice, slices));
            if (bulk && triggersOff) for (const line of bulk.bookkeeping) await run(tx, inSlice(line, slice, slices));
          }),
        ),
      );
    // PGlite has no autovacuum: without fresh statistics the next step's plan assumes empty tables.
    // Only the table the step wrote: analysing the whole database took a second per step on the
    // large set, and more with each step on xl.
    const written = /^\s*(?:insert into|update)\s+(\w+)/.exec(statement)?.[1];
    if (written) await run(db, `analyze ${written}`);
    log(`${label}: ${Date.now() - started} ms`);
  };
  const [existing] = await queryRows<{ contracts: number }>(
    db,
    sql`select (select count(*)::int from contracts c where c.tenant_id = o.id and c.reference ~ '^GS-[0-9]+$') as contracts
        from organisations o where o.slug = ${shape.bigBuyerSlug}`,
  );
  if (existing) {
    if (existing.contracts !== shape.bigContracts)
      throw new Error(
        `De database heeft al een grote dataset met ${formatNumber(existing.contracts)} contracten voor ${shape.bigBuyerSlug}, niet de ${formatNumber(shape.bigContracts)} van schaal ${shape.scale}: gebruik voor elke schaal een eigen, lege database.`,
      );
    // A set made before the drafts or the benchmark existed gets them now: both steps only add what is missing.
    await run(db, largeDraftsStatement(shape));
    await run(db, largeBenchmarkStatement(shape));
    await run(db, "select refresh_benchmark(now())");
    for (const [, statement] of largeGroupStatements(shape)) await run(db, statement);
    return false;
  }
  await run(db, `select setseed(${RANDOM_SEED})`);
  for (const [label, statement, bulk] of largeSeedStatements(shape)) await step(label, statement, bulk);
  await step("contracten in voorbereiding", largeDraftsStatement(shape));
  await step("benchmark: deelname", largeBenchmarkStatement(shape));
  await step("benchmark: cijfers", "select refresh_benchmark(now())");
  for (const [label, statement] of largeGroupStatements(shape)) await step(label, statement);
  // The dashboards' summaries of every accepted quarter, now rather than in the first request.
  await step("dashboardsamenvattingen", "select refresh_contract_quarter_values(id) from organisations where kind = 'buyer'");
  // Once more over everything, for what the triggers wrote beside the steps (review outcomes, change logs).
  await step("statistieken", "analyze");
  return true;
}

/**
 * Contracts still being prepared (status draft, no supplier, no KPIs): 3 % of the big buyer's and
 * one per small buyer, as a real register has them, so the benchmark also measures leaving drafts
 * out. (Before they existed every contract was active, and PostgreSQL 18 estimated
 * "status <> 'draft'" under row-level security to match nothing: lib/dashboard/sections/counted.ts.)
 * Idempotent: only buyers without drafts get them.
 */
function largeDraftsStatement(s: LargeShape): string {
  return `insert into contracts (tenant_id, title, reference, purchasing_package, cooperation_form, start_date, end_date, value_cents, contract_manager_id, status)
    select b.id, 'Aanbesteding ' || n || ' in voorbereiding', 'GS-V' || lpad(n::text, 4, '0'),
           (array[${s.packages.map((p) => `'${p}'`).join(",")}])[1 + (n % ${s.packages.length})], 'transactioneel',
           date '2027-01-01', date '2030-12-31', 100000000,
           (select u.id from users u where u.email = case when b.slug = '${s.bigBuyerSlug}'
                then 'cm' || (1 + n % ${s.contractManagers}) || '@${s.bigBuyerSlug}.bench.example' else 'cm@' || b.slug || '.bench.example' end),
           'draft'
    from organisations b
    cross join lateral generate_series(1, case when b.slug = '${s.bigBuyerSlug}' then ${bigBuyerDrafts(s)} else 1 end) n
    where (b.slug = '${s.bigBuyerSlug}' or b.slug like 'klein-%')
      and not exists (select 1 from contracts d where d.tenant_id = b.id and d.status = 'draft')`;
}

/** The statements in order; each reads what the earlier ones created by slug or e-mail pattern. */
function largeSeedStatements(s: LargeShape): Array<[string, string, Bulk?]> {
  // The generated buyers only: the demo organisations in the same database stay as they are.
  const generated = (alias: string) => `(${alias}.slug = '${s.bigBuyerSlug}' or ${alias}.slug like 'klein-%')`;
  const q = largeQuarterSql;
  // The transaction's entry in a change log for every generated buyer, as the log's trigger makes it.
  const changeLogged = (log: string) =>
    `insert into ${log} (tenant_id, txid) select o.id, pg_current_xact_id()::text::bigint from organisations o
     where o.kind = 'buyer' and ${generated("o")} on conflict do nothing`;
  return [
    [
      "organisaties",
      `insert into organisations (kind, name, slug)
       select 'buyer'::organisation_kind, 'Grootstad', '${s.bigBuyerSlug}'
       union all select 'buyer', 'Kleine gemeente ' || i, 'klein-' || i from generate_series(1, ${s.smallBuyers}) i
       union all select 'supplier', 'Leverancier ' || i || ' B.V.', 'leverancier-' || i from generate_series(1, ${s.suppliers}) i`,
    ],
    [
      "gebruikers",
      `insert into users (name, email, email_verified)
       select 'Coördinator ' || o.slug, 'coordinator@' || o.slug || '.bench.example', now() from organisations o where ${generated("o")}
       union all select 'Contractmanager ' || i, 'cm' || i || '@${s.bigBuyerSlug}.bench.example', now() from generate_series(1, ${s.contractManagers}) i
       union all select 'Contractmanager ' || o.slug, 'cm@' || o.slug || '.bench.example', now() from organisations o where o.slug like 'klein-%'
       union all select 'Rapporteur ' || o.name, 'rapporteur@' || o.slug || '.bench.example', now() from organisations o where o.slug like 'leverancier-%'`,
    ],
    [
      "lidmaatschappen",
      `insert into memberships (organisation_id, user_id, role)
       select o.id, u.id, case when u.email like 'coordinator@%' then 'coordinator'::member_role
                               when u.email like 'rapporteur@%' then 'reporter'::member_role
                               else 'contract_manager'::member_role end
       from users u join organisations o
         on (u.email like '%@' || o.slug || '.bench.example')
         or (o.slug = '${s.bigBuyerSlug}' and u.email like 'cm%@${s.bigBuyerSlug}.bench.example')`,
    ],
    [
      "waardenwielen",
      `insert into wheels (tenant_id, year, ambition, published_at)
       select id, 2026, 'Circulair en klimaatneutraal inkopen.', now() from organisations where kind = 'buyer' and (slug = '${s.bigBuyerSlug}' or slug like 'klein-%')`,
    ],
    [
      "thema's",
      `insert into wheel_themes (tenant_id, wheel_id, name, pillar, position, priority_rank)
       select w.tenant_id, w.id, t.name, t.pillar::pillar, t.pos, t.rank
       from wheels w
       join organisations o on o.id = w.tenant_id
       cross join (values ${s.themes.map((t, i) => `('${t.name}', '${t.pillar}', ${i}, ${t.rank ?? "null"})`).join(", ")}) as t(name, pillar, pos, rank)
       where w.contract_id is null and ${generated("o")}`,
    ],
    [
      "contracten",
      `insert into contracts (tenant_id, title, reference, purchasing_package, cooperation_form, start_date, end_date, value_cents, contract_manager_id, supplier_org_id, status)
       select b.id,
              'Contract ' || n || ' ' || (array[${s.packages.map((p) => `'${p}'`).join(",")}])[1 + (n % ${s.packages.length})],
              'GS-' || lpad(n::text, 5, '0'),
              (array[${s.packages.map((p) => `'${p}'`).join(",")}])[1 + (n % ${s.packages.length})],
              (case when n % 3 = 0 then 'relationeel' else 'transactioneel' end)::cooperation_form,
              date '${s.startDate}', date '${s.endDate}',
              (50000000 + (n * 7919 % 400) * 1000000)::bigint,
              (select u.id from users u where u.email = case when b.slug = '${s.bigBuyerSlug}'
                   then 'cm' || (1 + n % ${s.contractManagers}) || '@${s.bigBuyerSlug}.bench.example' else 'cm@' || b.slug || '.bench.example' end),
              (select o.id from organisations o where o.slug = 'leverancier-' || (1 + (n * 31) % ${s.suppliers})),
              'active'
       from organisations b
       cross join lateral generate_series(1, case when b.slug = '${s.bigBuyerSlug}' then ${s.bigContracts} else ${s.smallContracts} end) n
       where ${generated("b")}`,
    ],
    [
      "contractwielen",
      `insert into wheels (tenant_id, year, contract_id, derived_from_id, published_at)
       select c.tenant_id, 2026, c.id, w.id, now() from contracts c join wheels w on w.tenant_id = c.tenant_id and w.contract_id is null
       join organisations o on o.id = c.tenant_id where ${generated("o")}`,
    ],
    [
      "contractthema's",
      `insert into wheel_themes (tenant_id, wheel_id, name, pillar, position, priority_rank, org_theme_id)
       select cw.tenant_id, cw.id, t.name, t.pillar, t.position, t.priority_rank, t.id
       from wheels cw join wheel_themes t on t.tenant_id = cw.tenant_id and t.wheel_id = cw.derived_from_id
       join organisations o on o.id = cw.tenant_id and ${generated("o")}
       where cw.contract_id is not null and t.position < ${s.contractThemes}`,
    ],
    [
      "KPI's",
      `insert into kpis (tenant_id, contract_id, name, indicator_id, kind, obligation, score_meanings, baseline_value, baseline_quarter, malus_rule, status, proposed_by_kind, active_from, decided_at)
       select c.tenant_id, c.id, ind.name || ' ' || k,
              case when k % 5 = 0 then null else ind.id end,
              (case when k % 5 = 0 then 'qualitative' else 'quantitative' end)::kpi_kind,
              (case when k % 3 = 0 then 'resultaat' else 'inspanning' end)::kpi_obligation,
              case when k % 5 = 0 then '{"1":"Niet gestart","2":"Plan van aanpak","3":"In uitvoering","4":"Aantoonbaar gerealiseerd"}'::jsonb end,
              case when k % 5 = 0 then null else 100 end, '${s.firstQuarter}',
              case when k % 3 = 0 and k % 5 <> 0 then '{"type":"fixed","amountCents":100000,"caps":{"perYear":{"kind":"cents","cents":300000}}}'::jsonb end,
              'active', 'buyer', '${s.firstQuarter}', now()
       from contracts c
       join organisations o on o.id = c.tenant_id and ${generated("o")}
       cross join lateral generate_series(1, case when o.slug = '${s.bigBuyerSlug}' then ${s.bigKpis} else ${s.smallKpis} end) k
       join lateral (select id, name from indicators where owner_org_id is null and code = (array[${s.indicators.map((i) => `'${i}'`).join(",")}])[1 + k % ${s.indicators.length}]) ind on true`,
    ],
    [
      "groeipaden",
      `insert into growth_path_versions (tenant_id, kpi_id, version_number, effective_from, interpolation, milestones)
       select k.tenant_id, k.id, 1, '${s.firstQuarter}', 'linear',
              case when k.kind = 'qualitative' then '[{"quarter":"${s.firstQuarter}","value":"2"},{"quarter":"${s.lastQuarter}","value":"4"}]'::jsonb
                   when i.direction = 'lower_better' then '[{"quarter":"${s.firstQuarter}","value":"100"},{"quarter":"${s.lastQuarter}","value":"70"}]'::jsonb
                   else '[{"quarter":"${s.firstQuarter}","value":"100"},{"quarter":"${s.lastQuarter}","value":"130"}]'::jsonb end
       from kpis k left join indicators i on i.id = k.indicator_id
       join organisations o on o.id = k.tenant_id and ${generated("o")}`,
    ],
    [
      "KPI-thema's",
      `insert into kpi_themes (tenant_id, kpi_id, theme_id)
       select k.tenant_id, k.id, t.id
       from kpis k
       join organisations o on o.id = k.tenant_id and ${generated("o")}
       join wheels cw on cw.tenant_id = k.tenant_id and cw.contract_id = k.contract_id
       join wheel_themes t on t.tenant_id = cw.tenant_id and t.wheel_id = cw.id and t.position = (abs(hashtext(k.id::text)) % ${s.contractThemes})`,
    ],
    [
      "toezeggingen",
      `insert into promises (tenant_id, contract_id, indicator_id, description, value, source)
       select c.tenant_id, c.id, i.id, 'MKI-waarde uit de inschrijving', 1000 + (abs(hashtext(c.id::text)) % 500), 'Inschrijving'
       from contracts c join organisations o on o.id = c.tenant_id and ${generated("o")}
       cross join (select id from indicators where owner_org_id is null and code = 'mki') i
       where abs(hashtext(c.id::text)) % 4 = 0`,
    ],
    [
      "rapportages",
      `insert into reports (tenant_id, contract_id, quarter, status, due_date, submitted_at, decided_at)
       select c.tenant_id, c.id, ${q.key("qi")}, 'accepted', ${q.due("qi")},
              ${q.due("qi")} - 5 + (case when abs(hashtext(c.id::text || qi::text)) % 16 = 0 then 20 else 0 end),
              ${q.due("qi")} + 10
       from contracts c join organisations o on o.id = c.tenant_id and ${generated("o")}
       cross join generate_series(0, ${s.quarters - 1}) qi
       where qi < ${s.quarters - 1} or abs(hashtext(c.id::text)) % 10 <> 3`,
    ],
    [
      "rapportagewaarden",
      `insert into report_values (tenant_id, report_id, contract_id, supplier_org_id, kpi_id, value, score)
       select r.tenant_id, r.id, r.contract_id, r.supplier_org_id, k.id,
              case when k.kind = 'quantitative' then round(((${q.target("qn")}) * (case when i.direction = 'lower_better' then 2 - perf.p else perf.p end))::numeric, 2) end,
              case when k.kind = 'qualitative' then least(4, greatest(1, 2 + (qn * 2 / ${s.quarters - 1})::int + floor(random() * 3)::int - 1)) end
       from reports r
       join contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
       join organisations o on o.id = c.tenant_id and ${generated("o")}
       join kpis k on k.tenant_id = r.tenant_id and k.contract_id = r.contract_id
       left join indicators i on i.id = k.indicator_id
       cross join lateral (select ${q.indexOfKey("r.quarter")} as qn) qq
       -- p: share of the target delivered; a tenth of the contracts falls short structurally.
       cross join lateral (select case when abs(hashtext(c.id::text)) % 10 = 0 then 0.85 + random() * 0.08 else 0.97 + random() * 0.12 end as p) perf
       where ${sliceOf("c.id")}`,
      {
        bookkeeping: [
          changeLogged("tenant_data_changes"),
          `insert into contract_quarter_values_stale (tenant_id, contract_id, quarter)
           select r.tenant_id, r.contract_id, r.quarter from reports r join organisations o on o.id = r.tenant_id and ${generated("o")}
           where r.status = 'accepted' and ${sliceOf("r.contract_id")}
           on conflict do nothing`,
        ],
      },
    ],
    [
      "reviews",
      `insert into reviews (tenant_id, contract_id, quarter, status, meeting_at, buyer_signed_by_user_id, buyer_signed_at, buyer_signer_name, supplier_signed_at, supplier_signer_name)
       select r.tenant_id, r.contract_id, r.quarter, 'draft', r.due_date + 14, c.contract_manager_id, r.due_date + 15, 'Contractmanager', r.due_date + 15, 'Leverancier'
       from reports r join contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
       join organisations o on o.id = c.tenant_id and ${generated("o")}
       where r.quarter <> '${s.lastQuarter}'`,
    ],
    [
      "reviewscores",
      `insert into review_scores (tenant_id, review_id, supplier_org_id, kpi_id, reported_value, reported_score, target, computed_status, agreed_score, malus_raw_cents, malus_applied_cents)
       select v.tenant_id, rv.id, rv.supplier_org_id, v.kpi_id, v.value, v.score, t.target, st.status, st.status::review_score,
              case when st.status = 'off_track' and k.malus_rule is not null then 100000 else 0 end,
              case when st.status = 'off_track' and k.malus_rule is not null then 100000 else 0 end
       from reviews rv
       join reports r on r.tenant_id = rv.tenant_id and r.contract_id = rv.contract_id and r.quarter = rv.quarter
       join report_values v on v.tenant_id = r.tenant_id and v.report_id = r.id
       join kpis k on k.tenant_id = v.tenant_id and k.id = v.kpi_id
       left join indicators i on i.id = k.indicator_id
       cross join lateral (select ${q.target(q.indexOfKey("rv.quarter"))} as target) t
       cross join lateral (select case
            when k.kind = 'qualitative' then case when v.score >= round(t.target) then 'on_track' when v.score >= round(t.target) - 1 then 'at_risk' else 'off_track' end
            when i.direction = 'lower_better' then case when v.value <= t.target then 'on_track' when v.value <= t.target + 3 then 'at_risk' else 'off_track' end
            else case when v.value >= t.target then 'on_track' when v.value >= t.target - 3 then 'at_risk' else 'off_track' end end as status) st
       where rv.status = 'draft' and rv.tenant_id in (select o.id from organisations o where ${generated("o")}) and ${sliceOf("rv.contract_id")}`,
      { bookkeeping: [changeLogged("tenant_work_changes")] },
    ],
    [
      "reviews definitief",
      // The overall score as lib/reviews/overall-score.ts computes it (weights 1, no knock-outs here).
      `update reviews rv set status = 'final', finalized_at = rv.supplier_signed_at,
              malus_applied_cents = (select coalesce(sum(s.malus_applied_cents), 0) from review_scores s where s.tenant_id = rv.tenant_id and s.review_id = rv.id),
              overall_score = (select floor(avg(case s.agreed_score when 'on_track' then 100 when 'at_risk' then 50 else 0 end) + 0.5)::smallint
                               from review_scores s where s.tenant_id = rv.tenant_id and s.review_id = rv.id and s.agreed_score in ('on_track', 'at_risk', 'off_track'))
       where rv.status = 'draft' and rv.buyer_signer_name = 'Contractmanager'
         and rv.tenant_id in (select o.id from organisations o where ${generated("o")}) and ${sliceOf("rv.contract_id")}`,
    ],
    [
      "actiepunten",
      `insert into action_items (tenant_id, contract_id, review_id, title, owner_side, owner_name, due_date, status)
       select rv.tenant_id, rv.contract_id, rv.id, 'Verbeterplan voor ' || rv.quarter, 'supplier', 'Leverancier',
              (rv.meeting_at + interval '60 days')::date, case when rv.quarter < '2026-Q1' then 'done' else 'open' end::action_item_status
       from reviews rv join organisations o on o.id = rv.tenant_id and ${generated("o")}
       where rv.status = 'final' and abs(hashtext(rv.id::text)) % 8 = 0`,
    ],
  ];
}
