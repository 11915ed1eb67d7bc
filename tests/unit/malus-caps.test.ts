import { describe, expect, it } from "vitest";
import { quarterMalus, quarterValuesCents, type MalusCaps, type MalusRule } from "@/lib/malus/rule";
import { capCents, malusLedger, type LedgerEntry, type MalusContract } from "@/lib/malus/ledger";
import { contractQuarters, quarterFromKey as q } from "@/lib/periods";

/** A contract of this value that counts its caps per calendar year, long enough for every entry below. */
const calendar = (valueCents: number): MalusContract => ({
  valueCents,
  startDate: "2020-01-01",
  endDate: "2030-12-31",
  malusCapPeriod: "calendar_year",
});

const entry = (key: string, rawCents: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({ quarter: q(key), rawCents, ...extra });
const summary = (ledger: ReturnType<typeof malusLedger>) =>
  ledger.lines.map((l) => [l.key, l.appliedCents, l.cappedBy, l.yearTotalCents, l.contractTotalCents]);

describe("the quarter cap", () => {
  it("limits one quarter: € 6.000 raw under a € 5.000 cap applies € 5.000", () => {
    const ledger = malusLedger([entry("2027-Q1", 600_000)], { perQuarter: { kind: "cents", cents: 500_000 } }, calendar(0));
    expect(ledger.lines[0]).toMatchObject({ rawCents: 600_000, appliedCents: 500_000, cappedCents: 100_000, cappedBy: ["quarter"] });
  });

  it("is shared by several KPIs in the same quarter: € 3.000 + € 3.000 under € 5.000", () => {
    const ledger = malusLedger(
      [entry("2027-Q1", 300_000, { kpiId: "co2" }), entry("2027-Q1", 300_000, { kpiId: "afval" })],
      { perQuarter: { kind: "cents", cents: 500_000 } },
      calendar(0),
    );
    expect(ledger.lines.map((l) => [l.kpiId, l.appliedCents, l.cappedBy, l.quarterTotalCents])).toEqual([
      ["co2", 300_000, [], 300_000],
      ["afval", 200_000, ["quarter"], 500_000],
    ]);
    expect(ledger.byQuarter).toEqual([{ key: "2027-Q1", quarter: q("2027-Q1"), rawCents: 600_000, waivedCents: 0, appliedCents: 500_000 }]);
  });

  it("does not bite at exactly the cap", () => {
    const ledger = malusLedger([entry("2027-Q1", 500_000)], { perQuarter: { kind: "cents", cents: 500_000 } }, calendar(0));
    expect(ledger.lines[0]).toMatchObject({ appliedCents: 500_000, cappedBy: [] });
  });
});

describe("year and contract caps reached across several quarters", () => {
  // € 2.500 per breached quarter, at most € 6.000 per calendar year and 5 % of a € 200.000
  // contract (€ 10.000) over the whole term; breaches in seven quarters in a row.
  const caps: MalusCaps = {
    perYear: { kind: "cents", cents: 600_000 },
    perContract: { kind: "percent_of_contract", percent: 5 },
  };
  const keys = ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2", "2028-Q3"];
  const ledger = malusLedger(
    keys.map((k) => entry(k, 250_000)),
    caps,
    calendar(20_000_000),
  );

  it("fills the year cap in 2027, starts afresh in 2028 and then hits the contract cap", () => {
    expect(summary(ledger)).toEqual([
      ["2027-Q1", 250_000, [], 250_000, 250_000],
      ["2027-Q2", 250_000, [], 500_000, 500_000],
      ["2027-Q3", 100_000, ["year"], 600_000, 600_000], // only € 1.000 room left in 2027
      ["2027-Q4", 0, ["year"], 600_000, 600_000],
      ["2028-Q1", 250_000, [], 250_000, 850_000], // a new calendar year
      ["2028-Q2", 150_000, ["contract"], 400_000, 1_000_000], // € 1.500 left under the € 10.000
      // € 2.000 room left in 2028 (year cap bites first), then none under the contract cap.
      ["2028-Q3", 0, ["year", "contract"], 400_000, 1_000_000],
    ]);
  });

  it("adds up per year and in total", () => {
    expect(ledger.byYear).toEqual([
      { key: "2027", label: "2027", from: "2027-01-01", to: "2027-12-31", rawCents: 1_000_000, waivedCents: 0, appliedCents: 600_000 },
      { key: "2028", label: "2028", from: "2028-01-01", to: "2028-12-31", rawCents: 750_000, waivedCents: 0, appliedCents: 400_000 },
    ]);
    expect(ledger.totals).toEqual({ rawCents: 1_750_000, waivedCents: 0, cappedCents: 750_000, appliedCents: 1_000_000 });
  });

  it("takes entries in chronological order whatever order they come in", () => {
    const shuffled = malusLedger(
      [...keys].reverse().map((k) => entry(k, 250_000)),
      caps,
      calendar(20_000_000),
    );
    expect(summary(shuffled)).toEqual(summary(ledger));
  });
});

describe("all three caps in one entry", () => {
  it("applies quarter → year → contract and reports each cap that bit", () => {
    const caps: MalusCaps = {
      perQuarter: { kind: "cents", cents: 400_000 },
      perYear: { kind: "cents", cents: 500_000 },
      perContract: { kind: "cents", cents: 650_000 },
    };
    const ledger = malusLedger([entry("2026-Q4", 400_000), entry("2027-Q1", 200_000), entry("2027-Q2", 900_000)], caps, calendar(0));
    // 2027-Q2: € 9.000 → quarter cap € 4.000 → year room € 5.000 − € 2.000 = € 3.000
    // → contract room € 6.500 − € 6.000 = € 500.
    expect(ledger.lines[2]).toMatchObject({ appliedCents: 50_000, cappedCents: 850_000, cappedBy: ["quarter", "year", "contract"] });
    expect(ledger.totals.appliedCents).toBe(650_000);
  });
});

describe("waivers come before the caps", () => {
  it("leaves the waived part out of the year cap's room", () => {
    const ledger = malusLedger(
      [
        entry("2027-Q1", 500_000, { waiver: { kind: "reduction", cents: 300_000, reason: "Levering vertraagd door stremming" } }),
        entry("2027-Q2", 500_000),
      ],
      { perYear: { kind: "cents", cents: 600_000 } },
      calendar(0),
    );
    // Q1: € 5.000 − € 3.000 waived = € 2.000 applied. Q2: € 4.000 room left, so € 4.000 of € 5.000.
    // (Were the waiver applied after the cap, Q2 would have had only € 1.000 room.)
    expect(ledger.lines.map((l) => [l.waivedCents, l.appliedCents, l.cappedBy])).toEqual([
      [300_000, 200_000, []],
      [0, 400_000, ["year"]],
    ]);
    expect(ledger.lines[0].waiverReason).toBe("Levering vertraagd door stremming");
    expect(ledger.totals).toEqual({ rawCents: 1_000_000, waivedCents: 300_000, cappedCents: 100_000, appliedCents: 600_000 });
  });

  it("applies nothing for a full waiver", () => {
    const ledger = malusLedger([entry("2027-Q1", 250_000, { waiver: { kind: "full", reason: "Overmacht" } })], null, calendar(0));
    expect(ledger.lines[0]).toMatchObject({ rawCents: 250_000, waivedCents: 250_000, appliedCents: 0, cappedBy: [] });
  });
});

describe("caps as a % of the contract value", () => {
  it.each([
    [5, 1_234_567, 61_728], // 61.728,35 cents → 61.728
    ["2.5", 1_234_567, 30_864], // 30.864,175 → 30.864
    ["0.5", 100_100, 501], // 500,5 → 501: half away from zero
  ])("%s percent of %i cents is %i cents", (percent, value, cents) => {
    expect(capCents({ kind: "percent_of_contract", percent }, value, 0)).toBe(cents);
  });

  it("takes an amount as it is, and no cap as null", () => {
    expect(capCents({ kind: "cents", cents: 123 }, 1_000_000, 5_000)).toBe(123);
    expect(capCents(null, 1_000_000, 5_000)).toBeNull();
  });
});

describe("without caps and with odd input", () => {
  it("applies the raw amounts when there are no caps, and treats a negative amount as zero", () => {
    const ledger = malusLedger([entry("2027-Q1", 250_000), entry("2027-Q2", -5)], undefined, calendar(0));
    expect(ledger.lines.map((l) => l.appliedCents)).toEqual([250_000, 0]);
  });
});

describe("from rule to ledger", () => {
  it("charges 10 % of the quarter value in a contract with partial quarters, capped at 2 % of the contract", () => {
    // € 400.000 from 2025-02-15 to 2026-02-14: quarter values € 50.000, 3 × € 100.000, € 50.000.
    const quarters = contractQuarters("2025-02-15", "2026-02-14");
    const values = quarterValuesCents(40_000_000, quarters);
    const rule: MalusRule = {
      type: "percent_of_quarter_value",
      percent: 10,
      caps: { perContract: { kind: "percent_of_contract", percent: 2 } },
    };
    const actuals = ["30", "45", "38", "41", "30"]; // target 40 %, higher is better
    const entries = quarters.map((cq, i) => ({
      quarter: cq.quarter,
      rawCents: quarterMalus(rule, {
        obligation: "resultaat",
        direction: "higher_better",
        target: 40,
        actual: actuals[i],
        quarterValueCents: values[i],
      }).rawCents,
    }));
    // Raw: 10 % of € 50.000 = € 5.000; met; € 10.000; met; € 5.000. Cap 2 % of € 400.000 = € 8.000.
    expect(entries.map((e) => e.rawCents)).toEqual([500_000, 0, 1_000_000, 0, 500_000]);
    const ledger = malusLedger(entries, rule.caps, calendar(40_000_000));
    expect(ledger.lines.map((l) => [l.key, l.appliedCents, l.cappedBy])).toEqual([
      ["2025-Q1", 500_000, []],
      ["2025-Q2", 0, []],
      ["2025-Q3", 300_000, ["contract"]],
      ["2025-Q4", 0, []],
      ["2026-Q1", 0, ["contract"]],
    ]);
  });

  it("books nothing for an effort obligation", () => {
    const raw = quarterMalus(
      { type: "fixed", amountCents: 250_000 },
      { obligation: "inspanning", direction: "higher_better", target: 40, actual: 10 },
    ).rawCents;
    expect(malusLedger([entry("2027-Q1", raw)], null, calendar(0)).totals.appliedCents).toBe(0);
  });
});

describe("the year of a year cap: contract year or calendar year", () => {
  // A contract from 1 July 2025 with € 6.000 malus in each of its first four quarters and at most
  // € 15.000 per year. Its first contract year runs from 1 July 2025 to 30 June 2026.
  const caps: MalusCaps = { perYear: { kind: "cents", cents: 1_500_000 } };
  const entries = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"].map((k) => entry(k, 600_000));

  it("per contract year: € 15.000 in the first contract year, then a new year from 2026-Q3", () => {
    const ledger = malusLedger(entries, caps, {
      valueCents: 0,
      startDate: "2025-07-01",
      endDate: "2029-06-30",
      malusCapPeriod: "contract_year",
    });
    expect(summary(ledger)).toEqual([
      ["2025-Q3", 600_000, [], 600_000, 600_000],
      ["2025-Q4", 600_000, [], 1_200_000, 1_200_000],
      ["2026-Q1", 300_000, ["year"], 1_500_000, 1_500_000],
      ["2026-Q2", 0, ["year"], 1_500_000, 1_500_000],
      ["2026-Q3", 600_000, [], 600_000, 2_100_000],
    ]);
    expect(ledger.byYear.map((y) => [y.label.replace(/\u00a0/g, " "), y.from, y.to, y.appliedCents])).toEqual([
      ["Contractjaar 1 (1 juli 2025 – 30 juni 2026)", "2025-07-01", "2026-06-30", 1_500_000],
      ["Contractjaar 2 (1 juli 2026 – 30 juni 2027)", "2026-07-01", "2027-06-30", 600_000],
    ]);
  });

  it("per calendar year the same first contract year lets € 24.000 through, as the contract chose", () => {
    const ledger = malusLedger(entries, caps, calendar(0));
    expect(ledger.lines.slice(0, 4).reduce((sum, l) => sum + l.appliedCents, 0)).toBe(2_400_000);
    expect(ledger.byYear.map((y) => [y.key, y.appliedCents])).toEqual([
      ["2025", 1_200_000],
      ["2026", 1_500_000],
    ]);
  });
});

describe("a rule per unit short on an intensity counts the quarter's quantity", () => {
  // MKI promised at most € 38,50 per tonne, delivered € 39,32: € 0,82 short per tonne. Rijkswaterstaat
  // charges 1,5 × € 1 per € short, for each of the 11.500 tonnes laid: 0,82 × 1,5 × 11.500 = € 14.145.
  const rule: MalusRule = { type: "per_unit_shortfall", centsPerUnit: 100, factor: "1.5" };
  const input = { obligation: "resultaat" as const, direction: "lower_better" as const, target: "38.5", actual: "39.32" };
  it("multiplies the shortfall by the rate, the factor and the quantity", () => {
    expect(quarterMalus(rule, { ...input, quantity: "11500" }).rawCents).toBe(1_414_500);
  });
  it("without a quantity it charges per unit of the indicator, as a rule on an absolute value does", () => {
    expect(quarterMalus(rule, input).rawCents).toBe(123);
    expect(quarterMalus(rule, { ...input, quantity: null }).rawCents).toBe(123);
  });
});
