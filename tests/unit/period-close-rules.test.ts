import { describe, expect, it } from "vitest";
import { blockingReasons, nextOpenQuarter, quarterCloseStatus, reopenApprovalError, yearClosed } from "@/lib/period-close/rules";

const TODAY = "2026-11-22";

describe("closing a quarter", () => {
  it("is possible once the quarter has ended and every review is final", () => {
    expect(quarterCloseStatus({ quarter: "2026-Q2", reviews: 3, notFinal: 0, withoutReview: 0, closed: false }, TODAY)).toBe("ready");
    expect(blockingReasons({ quarter: "2026-Q2", reviews: 3, notFinal: 0, withoutReview: 0, closed: false }, TODAY)).toEqual([]);
    // A quarter without reviews has nothing left to finish.
    expect(quarterCloseStatus({ quarter: "2025-Q1", reviews: 0, notFinal: 0, withoutReview: 0, closed: false }, TODAY)).toBe("ready");
  });

  it("names how many reviews are not final", () => {
    expect(blockingReasons({ quarter: "2026-Q3", reviews: 5, notFinal: 3, withoutReview: 0, closed: false }, TODAY)).toEqual([
      "3 reviews niet definitief",
    ]);
    expect(blockingReasons({ quarter: "2026-Q3", reviews: 5, notFinal: 1, withoutReview: 0, closed: false }, TODAY)).toEqual([
      "1 review niet definitief",
    ]);
    expect(quarterCloseStatus({ quarter: "2026-Q3", reviews: 5, notFinal: 1, withoutReview: 0, closed: false }, TODAY)).toBe("blocked");
  });

  it("names the contracts that ran in the quarter without a review of it", () => {
    const facts = { quarter: "2026-Q3", reviews: 2, notFinal: 1, withoutReview: 3, closed: false };
    expect(blockingReasons(facts, TODAY)).toEqual(["1 review niet definitief", "3 contracten zonder review van dit kwartaal"]);
    expect(quarterCloseStatus({ ...facts, notFinal: 0, withoutReview: 1 }, TODAY)).toBe("blocked");
    expect(blockingReasons({ ...facts, notFinal: 0, withoutReview: 1 }, TODAY)).toEqual(["1 contract zonder review van dit kwartaal"]);
  });

  it("waits until the quarter's last day has passed", () => {
    expect(quarterCloseStatus({ quarter: "2026-Q4", reviews: 0, notFinal: 0, withoutReview: 0, closed: false }, TODAY)).toBe("running");
    expect(blockingReasons({ quarter: "2026-Q4", reviews: 0, notFinal: 0, withoutReview: 0, closed: false }, "2026-12-31")).toEqual([
      "Het kwartaal loopt nog.",
    ]);
    expect(quarterCloseStatus({ quarter: "2026-Q4", reviews: 0, notFinal: 0, withoutReview: 0, closed: false }, "2027-01-01")).toBe(
      "ready",
    );
  });

  it("reports a closed quarter as closed, with nothing blocking", () => {
    expect(quarterCloseStatus({ quarter: "2026-Q1", reviews: 2, notFinal: 0, withoutReview: 0, closed: true }, TODAY)).toBe("closed");
    expect(blockingReasons({ quarter: "2026-Q1", reviews: 2, notFinal: 0, withoutReview: 0, closed: true }, TODAY)).toEqual([]);
  });
});

describe("a closed year", () => {
  it("needs all four quarters closed", () => {
    expect(yearClosed(2025, new Set(["2025-Q1", "2025-Q2", "2025-Q3"]))).toBe(false);
    expect(yearClosed(2025, new Set(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]))).toBe(true);
    expect(yearClosed(2026, new Set(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]))).toBe(false);
  });
});

describe("approving a reopening", () => {
  it("takes another person with the other role", () => {
    expect(reopenApprovalError({ userId: "a", role: "coordinator" }, { userId: "b", role: "admin" })).toBeNull();
    expect(reopenApprovalError({ userId: "a", role: "admin" }, { userId: "b", role: "coordinator" })).toBeNull();
    expect(reopenApprovalError({ userId: "a", role: "coordinator" }, { userId: "a", role: "coordinator" })).toMatch(/eigen verzoek/);
    expect(reopenApprovalError({ userId: "a", role: "coordinator" }, { userId: "b", role: "coordinator" })).toMatch(/beheerder/);
    expect(reopenApprovalError({ userId: "a", role: "admin" }, { userId: "b", role: "admin" })).toMatch(/coördinator/);
  });
});

describe("a correction to a closed quarter", () => {
  it("shows in the first quarter after it that is not closed", () => {
    expect(nextOpenQuarter("2026-Q2", new Set(["2026-Q2"]))).toBe("2026-Q3");
    expect(nextOpenQuarter("2026-Q3", new Set(["2026-Q3", "2026-Q4", "2027-Q1"]))).toBe("2027-Q2");
  });
});
