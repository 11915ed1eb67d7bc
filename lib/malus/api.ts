// GET /api/v1/[org]/contracts/[id]/malus-ledger: the malus of a contract's final reviews for an
// integration (finance), in cents: per KPI per quarter the raw amount, what was waived and what
// applies, the totals per quarter and per cap year (the contract's or the calendar year) and in all.
// The same ledger as the contract's malus page and its CSV.
import { viewerOf } from "@/lib/contracts/queries";
import { defineRoute } from "@/lib/http/route";
import { z } from "@/lib/zod";
import { contractMalusLedger } from "./contract-ledger";

const cents = z.number().int();
const Amounts = { rawCents: cents, waivedCents: cents, appliedCents: cents };

const MalusLedgerOut = z.object({
  contractId: z.guid(),
  capPeriod: z.string(),
  lines: z.array(
    z.object({
      quarter: z.string(),
      kpiId: z.guid(),
      kpiName: z.string(),
      ...Amounts,
      waiverReason: z.string().nullable(),
      waiverApprovedBy: z.string().nullable(),
    }),
  ),
  byQuarter: z.array(z.object({ quarter: z.string(), ...Amounts })),
  byYear: z.array(z.object({ key: z.string(), label: z.string(), from: z.string(), to: z.string(), ...Amounts })),
  totals: z.object(Amounts),
});

export const malusLedgerRoute = defineRoute({
  name: "GET /api/v1/[org]/contracts/[id]/malus-ledger",
  permission: "contracts.read",
  scope: "malus:read",
  output: MalusLedgerOut,
  async handler(tx, ctx, params: { id: string }) {
    const ledger = await contractMalusLedger(tx, { viewer: viewerOf(ctx), contractId: params.id });
    const amounts = (a: { rawCents: number; waivedCents: number; appliedCents: number }) => ({
      rawCents: a.rawCents,
      waivedCents: a.waivedCents,
      appliedCents: a.appliedCents,
    });
    return {
      contractId: ledger.contract.id,
      capPeriod: ledger.contract.malusCapPeriod,
      lines: ledger.lines.map((l) => ({
        quarter: l.key,
        kpiId: l.kpiId,
        kpiName: l.kpiName,
        ...amounts(l),
        waiverReason: l.waiverReason ?? null,
        waiverApprovedBy: l.waiverApprovedBy ?? null,
      })),
      byQuarter: ledger.byQuarter.map((q) => ({ quarter: q.key, ...amounts(q) })),
      byYear: ledger.byYear.map(({ key, label, from, to, ...rest }) => ({ key, label, from, to, ...amounts(rest) })),
      totals: amounts(ledger.totals),
    };
  },
});
