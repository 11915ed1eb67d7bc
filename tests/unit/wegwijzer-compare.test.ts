import { describe, expect, it } from "vitest";
import { changedAnswers, compareAdviceCells } from "@/lib/guidance/wegwijzer/compare";

describe("comparing two wegwijzer runs", () => {
  it("marks per activity what the worked example adds to and removes from the all-'1' advice", () => {
    // All "1": F Fa F11 F31 F51 · A Aa A31 · S Sa S11 S21 S51 · U Ua U11 U51 (F21, F41, A11 … are empty cells).
    const comparison = compareAdviceCells([1, 1, 1, 1, 1], [2, 1, 2, 1, 2]);
    expect(comparison.map((c) => c.activity)).toEqual(["F", "A", "S", "U"]);
    expect(comparison[0]).toEqual({
      activity: "F",
      earlier: [
        { code: "Fa", change: "kept" },
        { code: "F11", change: "removed" },
        { code: "F31", change: "removed" },
        { code: "F51", change: "removed" },
      ],
      later: [
        { code: "Fa", change: "kept" },
        { code: "F32", change: "added" },
      ],
      added: ["F32"],
      removed: ["F11", "F31", "F51"],
    });
    expect(comparison[1]).toMatchObject({ added: ["A12", "A32", "A52"], removed: ["A31"] });
  });

  it("finds nothing added or removed for identical answers", () => {
    for (const c of compareAdviceCells([2, 2, 1, 1, 2], [2, 2, 1, 1, 2])) {
      expect(c.added).toEqual([]);
      expect(c.removed).toEqual([]);
      expect(c.later.every((cell) => cell.change === "kept")).toBe(true);
    }
    expect(changedAnswers([2, 2, 1, 1, 2], [2, 2, 1, 1, 2])).toEqual([]);
  });

  it("lists the questions answered differently, in question order", () => {
    expect(changedAnswers([1, 1, 1, 1, 1], [1, 2, 1, 1, 2])).toEqual([
      { question: 2, earlier: 1, later: 2 },
      { question: 5, earlier: 1, later: 2 },
    ]);
  });

  it("refuses answers that are not five options of 1 or 2", () => {
    expect(() => compareAdviceCells([1, 1, 1, 1], [1, 1, 1, 1, 1])).toThrow();
  });
});
