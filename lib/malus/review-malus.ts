// The malus of one review: per KPI what decides it (./decide.ts), the waiver, the caps of
// the KPI's own rule (./ledger.ts), then the contract's caps on the sum of all KPIs.
// What final reviews of the contract applied, as signed, counts against every cap.
//
// Rules decided here:
// - A KPI's own caps run over its final amounts plus this review, in the order of the quarters.
// - The contract's caps take the room left by every other final review: those of the same cap
//   year for the cap per year, all of them for the cap over the contract. The sum of what was
//   signed never passes a contract cap, also when reviews are signed out of order.
// - Within the review the KPIs take that room in their order on the page (oldest KPI first).
import type { ContractMalusCaps } from "@/db/schema";
import { type MalusCaps } from "./rule";
import { CAP_LEVEL_LABELS, capCents, malusLedger, periodValues, type MalusContract } from "./ledger";
import { quarterFromKey, quarterKey, type Quarter } from "@/lib/periods";
import { waiverOf, type StoredWaiver } from "@/lib/reviews/rules";
import { decideMalus, type AgreedScore, type MalusDecidedBy } from "./decide";

const CONTRACT_CAP_LABELS = {
  year: "maximum van alle KPI's samen per jaar",
  contract: "maximum van alle KPI's samen over de looptijd",
} as const;

export type ReviewMalusContract = MalusContract & { malusDecidedBy: MalusDecidedBy; malusCaps: ContractMalusCaps | null };

export type MalusScore = StoredWaiver & {
  kpiId: string;
  /** What the rule gives for the reported value (review_scores.malus_raw_cents). */
  rawCents: number;
  agreedScore?: AgreedScore | null;
  /** The rule's amount should the quarter be agreed off track (./decide.ts). */
  offTrackCents?: number;
};
export type FinalEntry = { quarter: string; kpiId: string; appliedCents: number };
export type ScoreMalus = {
  kpiId: string;
  /** What the rule gives for the reported value. */
  computedCents: number;
  /** What applies before waivers and caps, and whether the computed status or the agreed score decided it. */
  rawCents: number;
  basis: "computed" | "agreed";
  waivedCents: number;
  cappedCents: number;
  appliedCents: number;
  /** Every cap that lowered the amount, in words, in the order they were applied. */
  cappedBy: string[];
};
export type MalusTotals = { rawCents: number; waivedCents: number; cappedCents: number; appliedCents: number };

export function reviewMalus(input: {
  quarter: Quarter;
  scores: MalusScore[];
  finals: FinalEntry[];
  caps: Record<string, MalusCaps | null | undefined>;
  contract: ReviewMalusContract;
}): { perKpi: ScoreMalus[]; totals: MalusTotals } {
  const { contract } = input;
  const values = periodValues(contract);
  const key = quarterKey(input.quarter);
  const others = input.finals.filter((f) => f.quarter !== key);
  const perKpi = input.scores.map((s): ScoreMalus => {
    const decided = decideMalus(contract.malusDecidedBy, s.agreedScore, s.rawCents, s.offTrackCents ?? s.rawCents);
    const earlier = others
      .filter((f) => f.kpiId === s.kpiId)
      .map((f) => ({ quarter: quarterFromKey(f.quarter), rawCents: f.appliedCents }));
    const ledger = malusLedger(
      [...earlier, { quarter: input.quarter, rawCents: decided.cents, waiver: waiverOf(s), kpiId: s.kpiId }],
      input.caps[s.kpiId],
      values,
    );
    const line = ledger.lines.find((l) => l.kpiId === s.kpiId)!;
    return {
      kpiId: s.kpiId,
      computedCents: s.rawCents,
      rawCents: line.rawCents,
      basis: decided.basis,
      waivedCents: line.waivedCents,
      cappedCents: line.cappedCents,
      appliedCents: line.appliedCents,
      cappedBy: line.cappedBy.map((level) => CAP_LEVEL_LABELS[level]),
    };
  });

  const year = values.yearOf(input.quarter);
  const used = (entries: FinalEntry[]) => entries.reduce((sum, f) => sum + f.appliedCents, 0);
  const rooms = [
    {
      label: CONTRACT_CAP_LABELS.year,
      cap: capCents(contract.malusCaps?.perYear, values.contractCents, values.yearCents(year)),
      used: used(others.filter((f) => values.yearOf(quarterFromKey(f.quarter)).key === year.key)),
    },
    {
      label: CONTRACT_CAP_LABELS.contract,
      cap: capCents(contract.malusCaps?.perContract, values.contractCents, values.contractCents),
      used: used(others),
    },
  ].map((r) => ({ label: r.label, room: r.cap === null ? null : Math.max(0, r.cap - r.used) }));
  const capped = perKpi.map((m) => {
    let applied = m.appliedCents;
    const cappedBy = [...m.cappedBy];
    for (const r of rooms) {
      if (r.room === null) continue;
      if (applied > r.room) {
        applied = r.room;
        cappedBy.push(r.label);
      }
    }
    for (const r of rooms) if (r.room !== null) r.room -= applied;
    return { ...m, cappedCents: m.cappedCents + (m.appliedCents - applied), appliedCents: applied, cappedBy };
  });
  const totals = capped.reduce(
    (t, l) => ({
      rawCents: t.rawCents + l.rawCents,
      waivedCents: t.waivedCents + l.waivedCents,
      cappedCents: t.cappedCents + l.cappedCents,
      appliedCents: t.appliedCents + l.appliedCents,
    }),
    { rawCents: 0, waivedCents: 0, cappedCents: 0, appliedCents: 0 },
  );
  return { perKpi: capped, totals };
}
