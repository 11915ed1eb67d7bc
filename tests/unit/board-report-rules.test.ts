import { describe, expect, it } from "vitest";
import { targetStanding } from "@/lib/board-reports/rules";
import { formatVerifiedShare, verifiedShare } from "@/lib/dashboard/rules";

const year = (y: number, target: number | null, actual: number | null) => ({ year: y, target, actual });

describe("board report rules", () => {
  it("judges a target by its latest year with both a target and an actual, in the indicator's direction", () => {
    const years = [year(2025, 100, 95), year(2026, 90, 92), year(2027, 80, null)];
    expect(targetStanding({ direction: "lower_better", years })).toEqual({
      year: 2026,
      actual: 92,
      target: 90,
      met: false,
      baseShare: null,
    });
    expect(targetStanding({ direction: "higher_better", years })).toEqual({
      year: 2026,
      actual: 92,
      target: 90,
      met: true,
      baseShare: null,
    });
    expect(targetStanding({ direction: "lower_better", years: [year(2030, 60, null)] })).toBeNull();
  });

  it("counts the verified share in values and has none without values", () => {
    expect(verifiedShare(8, 3)).toBe(0.375);
    expect(verifiedShare(0, 0)).toBeNull();
    expect(formatVerifiedShare(null)).toBe("geen waarden");
    expect(formatVerifiedShare(0.5)).toMatch(/^50\s?% van de waarden geverifieerd$/);
  });
});
