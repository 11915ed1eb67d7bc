import { describe, expect, it } from "vitest";
import { capYearOf, perCapYear } from "@/lib/malus/cap-years";
import { quarterFromKey as q } from "@/lib/periods";

const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("capYearOf: the year a quarter's malus counts in", () => {
  it("counts a quarter in the contract year in which it starts", () => {
    const basis = { period: "contract_year" as const, startDate: "2025-07-01" };
    expect(["2025-Q3", "2026-Q2", "2026-Q3", "2027-Q2", "2027-Q3"].map((k) => capYearOf(q(k), basis).key)).toEqual([
      "contractjaar-1",
      "contractjaar-1",
      "contractjaar-2",
      "contractjaar-2",
      "contractjaar-3",
    ]);
  });

  it("puts a quarter that starts before a mid-quarter start date in year 1, and 1 July 2026 still in year 1 of a contract from 15 August", () => {
    const basis = { period: "contract_year" as const, startDate: "2025-08-15" };
    expect(capYearOf(q("2025-Q3"), basis)).toMatchObject({ key: "contractjaar-1", from: "2025-08-15", to: "2026-08-14" });
    expect(capYearOf(q("2026-Q3"), basis).key).toBe("contractjaar-1");
    expect(capYearOf(q("2026-Q4"), basis).key).toBe("contractjaar-2");
  });

  it("moves a 29 February start to 28 February in years without it", () => {
    const basis = { period: "contract_year" as const, startDate: "2024-02-29" };
    expect(capYearOf(q("2024-Q2"), basis)).toMatchObject({ from: "2024-02-29", to: "2025-02-27" });
    expect(capYearOf(q("2025-Q2"), basis)).toMatchObject({ key: "contractjaar-2", from: "2025-02-28", to: "2026-02-27" });
  });

  it("takes the calendar year when the contract says so", () => {
    expect(capYearOf(q("2026-Q1"), { period: "calendar_year", startDate: "2025-07-01" })).toEqual({
      key: "2026",
      label: "2026",
      from: "2026-01-01",
      to: "2026-12-31",
    });
  });

  it("names the year in the malus sentence", () => {
    expect(plain(perCapYear({ period: "contract_year", startDate: "2025-07-01" }))).toBe("per contractjaar (vanaf 1 juli)");
    expect(perCapYear({ period: "calendar_year", startDate: "2025-07-01" })).toBe("per kalenderjaar");
    expect(perCapYear(undefined)).toBe("per jaar");
  });
});
