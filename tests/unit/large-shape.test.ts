// The benchmark data sets' shapes: every bench figure so far was measured on the large set, so its
// numbers must not move; xl is the same world with a buyer ten times as big.
import { describe, expect, it } from "vitest";
import { bigBuyerDrafts, isSeedScale, largeShape } from "@/db/seed/large-shape";

describe("large data set shapes", () => {
  it("keeps the large set as every earlier bench run measured it", () => {
    const large = largeShape("large");
    expect(large).toMatchObject({
      bigBuyerSlug: "grootstad",
      bigContracts: 2000,
      bigKpis: 15,
      quarters: 12,
      smallBuyers: 49,
      smallContracts: 10,
      smallKpis: 5,
      suppliers: 200,
      contractManagers: 20,
    });
    expect(bigBuyerDrafts(large)).toBe(60);
  });

  it("gives xl's big buyer 20,000 contracts and 3.6 million report values, with suppliers and managers in proportion", () => {
    const xl = largeShape("xl");
    expect(xl.bigContracts).toBe(20_000);
    expect(xl.bigContracts * xl.bigKpis * xl.quarters).toBe(3_600_000);
    // Each supplier and each contract manager has as many contracts of the big buyer as in the large set.
    const large = largeShape("large");
    expect(xl.bigContracts / xl.suppliers).toBe(large.bigContracts / large.suppliers);
    expect(xl.bigContracts / xl.contractManagers).toBe(large.bigContracts / large.contractManagers);
    expect(bigBuyerDrafts(xl)).toBe(600);
    // The peers of the benchmark and the buyer group stay as they are.
    expect(xl.smallBuyers).toBe(large.smallBuyers);
    expect(xl.lastQuarter).toBe(large.lastQuarter);
  });

  it("knows only the two scales the generator makes", () => {
    expect(isSeedScale("large")).toBe(true);
    expect(isSeedScale("xl")).toBe(true);
    expect(isSeedScale("demo")).toBe(false);
    expect(isSeedScale("XL")).toBe(false);
    expect(isSeedScale(undefined)).toBe(false);
  });
});
