// The malus of a review: what decides it, waivers, each KPI's own caps and the contract's caps on
// all KPIs together, with what earlier final reviews applied counting against every cap.
import { describe, expect, it } from "vitest";
import { reviewMalus, type MalusScore, type ReviewMalusContract } from "@/lib/malus/review-malus";
import { quarterFromKey as q } from "@/lib/periods";

const contract = (extra: Partial<ReviewMalusContract> = {}): ReviewMalusContract => ({
  valueCents: 20_000_000,
  startDate: "2020-01-01",
  endDate: "2030-12-31",
  malusCapPeriod: "calendar_year",
  malusDecidedBy: "computed_status",
  malusCaps: null,
  ...extra,
});
const score = (kpiId: string, rawCents: number, extra: Partial<MalusScore> = {}): MalusScore => ({
  kpiId,
  rawCents,
  kind: null,
  cents: null,
  reason: null,
  ...extra,
});

describe("reviewMalus: waivers and caps over the final reviews of the contract", () => {
  const base = { contract: contract() };
  it("caps within the quarter (two KPIs each with their own cap)", () => {
    const result = reviewMalus({
      ...base,
      quarter: q("2027-Q2"),
      scores: [
        { kpiId: "a", rawCents: 600_000, kind: null, cents: null, reason: null },
        { kpiId: "b", rawCents: 100_000, kind: null, cents: null, reason: null },
      ],
      finals: [],
      caps: { a: { perQuarter: { kind: "cents", cents: 500_000 } } },
    });
    expect(result.perKpi.map((m) => [m.kpiId, m.appliedCents, m.cappedCents])).toEqual([
      ["a", 500_000, 100_000],
      ["b", 100_000, 0],
    ]);
    expect(result.totals.appliedCents).toBe(600_000);
  });

  it("caps per year with what earlier final reviews of the same year applied", () => {
    const result = reviewMalus({
      ...base,
      quarter: q("2027-Q3"),
      scores: [{ kpiId: "a", rawCents: 250_000, kind: null, cents: null, reason: null }],
      finals: [
        { quarter: "2026-Q4", kpiId: "a", appliedCents: 250_000 },
        { quarter: "2027-Q1", kpiId: "a", appliedCents: 250_000 },
        { quarter: "2027-Q2", kpiId: "a", appliedCents: 250_000 },
      ],
      caps: { a: { perYear: { kind: "cents", cents: 600_000 } } },
    });
    expect(result.perKpi[0]).toMatchObject({ appliedCents: 100_000, cappedCents: 150_000 });
  });

  it("caps over the contract (% of the contract value) and applies a waiver before the caps", () => {
    const caps = { a: { perContract: { kind: "percent_of_contract" as const, percent: "5" } } }; // € 10.000
    const finals = [
      { quarter: "2026-Q2", kpiId: "a", appliedCents: 500_000 },
      { quarter: "2026-Q3", kpiId: "a", appliedCents: 400_000 },
      { quarter: "2026-Q4", kpiId: "b", appliedCents: 900_000 },
    ];
    const full = reviewMalus({
      ...base,
      quarter: q("2027-Q1"),
      scores: [{ kpiId: "a", rawCents: 250_000, kind: null, cents: null, reason: null }],
      finals,
      caps,
    });
    expect(full.perKpi[0]).toMatchObject({ appliedCents: 100_000, cappedCents: 150_000 });
    const waived = reviewMalus({
      ...base,
      quarter: q("2027-Q1"),
      scores: [{ kpiId: "a", rawCents: 250_000, kind: "reduction", cents: 200_000, reason: "Leverancier kon niet leveren door staking." }],
      finals,
      caps,
    });
    expect(waived.perKpi[0]).toMatchObject({ waivedCents: 200_000, appliedCents: 50_000, cappedCents: 0 });
  });
});

describe("what decides: the computed status or the agreed score", () => {
  const scores = [
    score("a", 250_000, { agreedScore: "on_track" }),
    score("b", 0, { agreedScore: "off_track", offTrackCents: 300_000 }),
    score("c", 100_000, { agreedScore: "not_scored" }),
    score("d", 50_000, { agreedScore: null }),
  ];
  const run = (by: ReviewMalusContract["malusDecidedBy"]) =>
    reviewMalus({ quarter: q("2027-Q1"), scores, finals: [], caps: {}, contract: contract({ malusDecidedBy: by }) }).perKpi.map((m) => [
      m.kpiId,
      m.appliedCents,
      m.basis,
    ]);

  it("by the computed status the reported values decide, whatever the scores", () => {
    expect(run("computed_status")).toEqual([
      ["a", 250_000, "computed"],
      ["b", 0, "computed"],
      ["c", 100_000, "computed"],
      ["d", 50_000, "computed"],
    ]);
  });

  it("by the agreed score: on track nothing, off track the rule's amount, not scored or no score yet the computed status", () => {
    expect(run("agreed_score")).toEqual([
      ["a", 0, "agreed"],
      ["b", 300_000, "agreed"],
      ["c", 100_000, "computed"],
      ["d", 50_000, "computed"],
    ]);
  });
});

describe("the contract's caps on all KPIs together", () => {
  // Three KPIs of € 4.000 each in 2027-Q2; the contract caps the sum at € 15.000 per calendar year
  // and € 20.000 over the contract. Earlier final reviews applied € 6.000 in 2027-Q1 and € 9.000 in 2026.
  const finals = [
    { quarter: "2026-Q3", kpiId: "a", appliedCents: 900_000 },
    { quarter: "2027-Q1", kpiId: "b", appliedCents: 600_000 },
  ];
  const malusCaps = { perYear: { kind: "cents" as const, cents: 1_500_000 }, perContract: { kind: "cents" as const, cents: 2_000_000 } };
  const result = reviewMalus({
    quarter: q("2027-Q2"),
    scores: [score("a", 400_000), score("b", 400_000), score("c", 400_000)],
    finals,
    caps: {},
    contract: contract({ malusCaps }),
  });

  it("fills the year's room in the KPIs' order, then stops at the contract's room, and says which cap bit", () => {
    // Year room € 15.000 − € 6.000 = € 9.000; contract room € 20.000 − € 15.000 = € 5.000.
    expect(result.perKpi.map((m) => [m.kpiId, m.appliedCents, m.cappedCents, m.cappedBy])).toEqual([
      ["a", 400_000, 0, []],
      ["b", 100_000, 300_000, ["maximum van alle KPI's samen over de looptijd"]],
      ["c", 0, 400_000, ["maximum van alle KPI's samen over de looptijd"]],
    ]);
    expect(result.totals).toEqual({ rawCents: 1_200_000, waivedCents: 0, cappedCents: 700_000, appliedCents: 500_000 });
  });

  it("takes a cap per year as a % of the year's value: 1 % of a € 200.000 contract over 2020–2030 per year", () => {
    // The year 2027 holds 4 of the 44 quarters: € 18.181,82; 1 % of it is € 181,82.
    const small = reviewMalus({
      quarter: q("2027-Q2"),
      scores: [score("a", 50_000)],
      finals: [],
      caps: {},
      contract: contract({ malusCaps: { perYear: { kind: "percent_of_period", percent: "1" } } }),
    });
    expect(small.perKpi[0]).toMatchObject({ appliedCents: 18_182, cappedBy: ["maximum van alle KPI's samen per jaar"] });
  });

  it("counts the contract year from the start date: a contract from 1 July 2025 caps 2025-Q4 and 2026-Q2 together", () => {
    const result = reviewMalus({
      quarter: q("2026-Q2"),
      scores: [score("a", 1_000_000)],
      finals: [{ quarter: "2025-Q4", kpiId: "b", appliedCents: 1_200_000 }],
      caps: {},
      contract: contract({
        startDate: "2025-07-01",
        malusCapPeriod: "contract_year",
        malusCaps: { perYear: { kind: "cents", cents: 1_500_000 } },
      }),
    });
    expect(result.perKpi[0]).toMatchObject({ appliedCents: 300_000, cappedCents: 700_000 });
    const calendar = reviewMalus({
      quarter: q("2026-Q2"),
      scores: [score("a", 1_000_000)],
      finals: [{ quarter: "2025-Q4", kpiId: "b", appliedCents: 1_200_000 }],
      caps: {},
      contract: contract({ startDate: "2025-07-01", malusCaps: { perYear: { kind: "cents", cents: 1_500_000 } } }),
    });
    expect(calendar.perKpi[0]).toMatchObject({ appliedCents: 1_000_000, cappedCents: 0 });
  });
});
