// The malus ledger of a contract as its page and its CSV show it: what the final reviews fixed
// (calculated by ./ledger.ts), per KPI per quarter, summed per quarter and per cap year, next to
// the caps of each KPI's malus rule. DESIGN: "The malus ledger of a contract is the sum of final
// reviews" – a draft review's amounts are not money yet.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpis, people, reviews, reviewScores } from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";
import { applyWaiver, type MalusCaps } from "./rule";
import { capCents, periodValues } from "./ledger";
import { describeCap } from "./sentence";
import { capYearOf, type CapYear, type CapYearBasis } from "./cap-years";
import { quarterFromKey, quarterLabel, type Quarter } from "@/lib/periods";
import { waiverOf } from "@/lib/reviews/export";
import { toCsv } from "@/lib/spreadsheet/write-csv";
import { moneyCell } from "@/lib/spreadsheet/cells";

export type LedgerRow = {
  key: string;
  quarter: Quarter;
  kpiId: string;
  kpiName: string;
  rawCents: number;
  waivedCents: number;
  waiverReason: string | null;
  waiverApprovedBy: string | null;
  appliedCents: number;
};

type Totals = { rawCents: number; waivedCents: number; appliedCents: number };
const zero = (): Totals => ({ rawCents: 0, waivedCents: 0, appliedCents: 0 });
const add = (t: Totals, r: Totals): Totals => ({
  rawCents: t.rawCents + r.rawCents,
  waivedCents: t.waivedCents + r.waivedCents,
  appliedCents: t.appliedCents + r.appliedCents,
});

/** Caps in words, null for none: "€ 5.000,00", "10 % van de kwartaalwaarde". */
type CapTexts = { quarter: string | null; year: string | null; contract: string | null };

/** What one KPI's malus, or all KPIs' together, used of its caps: per cap year and over the contract, in cents. */
export type KpiCaps = {
  kpiId: string;
  kpiName: string;
  caps: CapTexts;
  /** The highest amount applied in one quarter, to hold against a cap per quarter. */
  maxQuarterCents: number;
  byYear: (CapYear & { appliedCents: number; capCents: number | null })[];
  contractCents: number;
  contractCapCents: number | null;
};

export async function contractMalusLedger(db: Db, { viewer, contractId }: { viewer: ContractViewer; contractId: string }) {
  const contract = await getContract(db, { viewer, id: contractId });
  const approver = people;
  const rows = await db
    .select({ score: reviewScores, quarter: reviews.quarter, kpiName: kpis.name, malusRule: kpis.malusRule, approvedBy: approver.name })
    .from(reviewScores)
    .innerJoin(reviews, and(eq(reviews.tenantId, reviewScores.tenantId), eq(reviews.id, reviewScores.reviewId)))
    .innerJoin(kpis, and(eq(kpis.tenantId, reviewScores.tenantId), eq(kpis.id, reviewScores.kpiId)))
    .leftJoin(approver, eq(approver.id, reviewScores.waiverApprovedByUserId))
    .where(and(eq(reviews.tenantId, contract.tenantId), eq(reviews.contractId, contract.id), eq(reviews.status, "final")))
    .orderBy(asc(reviews.quarter), asc(kpis.createdAt), asc(kpis.name));

  const lines: LedgerRow[] = rows
    .filter((r) => r.score.malusRawCents > 0 || (r.score.malusAppliedCents ?? 0) > 0)
    .map((r) => {
      const { waivedCents, remainingCents } = applyWaiver(r.score.malusRawCents, waiverOf(r.score));
      return {
        key: r.quarter,
        quarter: quarterFromKey(r.quarter),
        kpiId: r.score.kpiId,
        kpiName: r.kpiName,
        rawCents: r.score.malusRawCents,
        waivedCents,
        waiverReason: r.score.waiverReason,
        waiverApprovedBy: r.approvedBy,
        appliedCents: r.score.malusAppliedCents ?? remainingCents,
      };
    });

  const byQuarter = group(lines, (l) => l.key).map(([key, group]) => ({ key, quarter: quarterFromKey(key), ...group.reduce(add, zero()) }));
  // Per cap year, the contract year or the calendar year the contract names (lib/malus/cap-years.ts).
  const basis: CapYearBasis = { period: contract.malusCapPeriod, startDate: contract.startDate };
  const perCapYear = <T extends { quarter: Quarter }>(items: T[]) =>
    group(items, (l) => capYearOf(l.quarter, basis).key).map(([, g]) => ({ ...capYearOf(g[0].quarter, basis), items: g }));
  const byYear = perCapYear(lines).map(({ items, ...year }) => ({ ...year, ...items.reduce(add, zero()) }));
  const totals = lines.reduce(add, zero());

  // Caps belong to each KPI's malus rule; every KPI with a rule is shown, also without malus yet.
  // The contract's caps on all KPIs together come last.
  const values = periodValues(contract);
  const used = (kpiId: string, kpiName: string, rule: MalusCaps | null, mine: LedgerRow[]): KpiCaps => ({
    kpiId,
    kpiName,
    caps: {
      quarter: rule?.perQuarter ? describeCap(rule.perQuarter, "quarter") : null,
      year: rule?.perYear ? describeCap(rule.perYear, "year") : null,
      contract: rule?.perContract ? describeCap(rule.perContract, "contract") : null,
    },
    maxQuarterCents: Math.max(0, ...mine.map((l) => l.appliedCents)),
    byYear: perCapYear(mine).map(({ items, ...year }) => ({
      ...year,
      appliedCents: items.reduce(add, zero()).appliedCents,
      capCents: capCents(rule?.perYear, values.contractCents, values.yearCents(year)),
    })),
    contractCents: mine.reduce(add, zero()).appliedCents,
    contractCapCents: capCents(rule?.perContract, values.contractCents, values.contractCents),
  });
  const rules = new Map<string, { name: string; caps: MalusCaps | null }>();
  for (const r of rows)
    if (r.malusRule) rules.set(r.score.kpiId, { name: r.kpiName, caps: (r.malusRule as { caps?: MalusCaps }).caps ?? null });
  const caps: KpiCaps[] = [...rules.entries()].map(([kpiId, rule]) =>
    used(
      kpiId,
      rule.name,
      rule.caps,
      lines.filter((l) => l.kpiId === kpiId),
    ),
  );
  const allKpis = contract.malusCaps
    ? { ...used("", "Alle KPI's samen", contract.malusCaps, lines), maxQuarterCents: Math.max(0, ...byQuarter.map((q) => q.appliedCents)) }
    : null;
  return { contract, lines, byQuarter, byYear, totals, caps, allKpis };
}

export type ContractMalusLedger = Awaited<ReturnType<typeof contractMalusLedger>>;

function group<T>(items: T[], keyOf: (item: T) => string): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return [...map.entries()];
}

/** For finance: one line per KPI per quarter with an amount, in euros with a decimal comma, and the totals. */
export function malusLedgerCsv(ledger: ContractMalusLedger): string {
  const header = [
    "Contractnummer",
    "Leverancier",
    "Kwartaal",
    "KPI",
    "Malus volgens regel (EUR)",
    "Kwijtgescholden (EUR)",
    "Reden kwijtschelding",
    "Toegepast (EUR)",
  ];
  const { contract } = ledger;
  const rows = ledger.lines.map((l) => [
    contract.reference ?? "",
    contract.supplierName ?? "",
    quarterLabel(l.quarter),
    l.kpiName,
    moneyCell(l.rawCents),
    moneyCell(l.waivedCents),
    l.waiverReason ?? "",
    moneyCell(l.appliedCents),
  ]);
  const total = [
    "",
    "",
    "Totaal",
    "",
    moneyCell(ledger.totals.rawCents),
    moneyCell(ledger.totals.waivedCents),
    "",
    moneyCell(ledger.totals.appliedCents),
  ];
  // Below the data after an empty row, so a filter or a pivot table over the lines leaves it out.
  return toCsv([header, ...rows, [], total]);
}

export function malusFileName(reference: string | null): string {
  return `malus-${(reference ?? "contract").replace(/[^A-Za-z0-9._-]+/g, "-")}.csv`;
}
