import { describe, expect, it } from "vitest";
import {
  growthPathErrors,
  newVersionErrors,
  nextVersionNumber,
  targetForQuarter,
  targetsByQuarter,
  versionInForce,
  type GrowthPath,
  type GrowthPathVersion,
} from "@/lib/kpis/growth-path";
import { quarterFromKey as q, quarterRange } from "@/lib/periods";

const contract2026_2027 = quarterRange(q("2026-Q1"), q("2027-Q4"));

// % circular content: baseline 20 % in 2025-Q4, 40 % by 2026-Q4 and 60 % by 2027-Q4.
const circular = (interpolation: "step" | "linear"): GrowthPath => ({
  interpolation,
  baseline: { quarter: q("2025-Q4"), value: "20" },
  milestones: [
    { quarter: q("2026-Q4"), value: "40" },
    { quarter: q("2027-Q4"), value: "60" },
  ],
});

const targets = (path: GrowthPath, from: string, to: string) =>
  quarterRange(q(from), q(to)).map((quarter) => targetForQuarter(path, quarter));

describe("step interpolation: a milestone holds until the next", () => {
  it("holds the baseline until the first milestone, then each milestone, then the last", () => {
    expect(targets(circular("step"), "2025-Q3", "2028-Q2")).toEqual([
      "20", // before the baseline quarter: the baseline value, flat
      "20", // 2025-Q4 baseline
      "20",
      "20",
      "20",
      "40", // 2026-Q4 milestone
      "40",
      "40",
      "40",
      "60", // 2027-Q4 milestone
      "60",
      "60", // after the last milestone it holds
    ]);
  });

  it("follows Amsterdam's yearly steps 20, 18, 16 (seed 002), also in any milestone order", () => {
    const points: GrowthPath = {
      interpolation: "step",
      milestones: [
        { quarter: q("2028-Q1"), value: 16 },
        { quarter: q("2026-Q1"), value: 20 },
        { quarter: q("2027-Q1"), value: 18 },
      ],
    };
    expect(["2026-Q1", "2026-Q4", "2027-Q1", "2027-Q4", "2028-Q1", "2029-Q3"].map((k) => targetForQuarter(points, q(k)))).toEqual([
      "20",
      "20",
      "18",
      "18",
      "16",
      "16",
    ]);
  });
});

describe("linear interpolation: a straight line by quarter index", () => {
  it("runs from the baseline to the first milestone and on: +5 points per quarter", () => {
    // 20 → 40 over four quarters is 5 per quarter; 40 → 60 over four quarters likewise.
    expect(targets(circular("linear"), "2025-Q4", "2028-Q1")).toEqual(["20", "25", "30", "35", "40", "45", "50", "55", "60", "60"]);
  });

  it("rounds a third to four decimals, half away from zero: 10 → 20 over three quarters", () => {
    const path: GrowthPath = {
      interpolation: "linear",
      milestones: [
        { quarter: q("2026-Q2"), value: 10 },
        { quarter: q("2027-Q1"), value: 20 },
      ],
    };
    // 10 + 10/3 = 13.3333…, 10 + 20/3 = 16.6666… → 16.6667.
    expect(targets(path, "2026-Q1", "2027-Q1")).toEqual([undefined, "10", "13.3333", "16.6667", "20"]);
  });

  it("keeps fractional targets exact: 12,5 % → 15 % over two quarters passes 13,75 %", () => {
    const path: GrowthPath = {
      interpolation: "linear",
      milestones: [
        { quarter: q("2026-Q1"), value: 12.5 },
        { quarter: q("2026-Q3"), value: "15" },
      ],
    };
    expect(targets(path, "2026-Q1", "2026-Q3")).toEqual(["12.5", "13.75", "15"]);
  });

  it("has no float drift: 0,1 → 0,7 over three quarters is 0,3 and 0,5 exactly", () => {
    const path: GrowthPath = {
      interpolation: "linear",
      milestones: [
        { quarter: q("2026-Q1"), value: 0.1 },
        { quarter: q("2026-Q4"), value: 0.7 },
      ],
    };
    expect(targets(path, "2026-Q1", "2026-Q4")).toEqual(["0.1", "0.3", "0.5", "0.7"]);
  });

  it("falls as well as rises (lower is better): 500 → 350 kg waste over three quarters", () => {
    const path: GrowthPath = {
      interpolation: "linear",
      baseline: { quarter: q("2026-Q1"), value: 500 },
      milestones: [{ quarter: q("2026-Q4"), value: 350 }],
    };
    expect(targets(path, "2026-Q1", "2027-Q1")).toEqual(["500", "450", "400", "350", "350"]);
  });
});

describe("before the first milestone", () => {
  it("has no target without a baseline: nothing was agreed yet", () => {
    const path: GrowthPath = { interpolation: "step", milestones: [{ quarter: q("2026-Q4"), value: 40 }] };
    expect(targetForQuarter(path, q("2026-Q3"))).toBeUndefined();
    expect(targetForQuarter(path, q("2026-Q4"))).toBe("40");
  });

  it("ignores a baseline in or after the first milestone's quarter", () => {
    const path: GrowthPath = {
      interpolation: "linear",
      baseline: { quarter: q("2026-Q4"), value: 10 },
      milestones: [{ quarter: q("2026-Q4"), value: 40 }],
    };
    expect(targetForQuarter(path, q("2026-Q4"))).toBe("40");
    expect(targetForQuarter(path, q("2026-Q3"))).toBeUndefined();
  });

  it("has no target at all on a path without milestones", () => {
    expect(targetForQuarter({ interpolation: "step", milestones: [] }, q("2026-Q1"))).toBeUndefined();
  });
});

describe("versions: a change takes effect from a quarter and leaves earlier targets alone", () => {
  const v1: GrowthPathVersion = { version: 1, effectiveFrom: q("2026-Q1"), ...circular("linear") };
  // The 2026-Q4 review lowers the 2027 ambition to 50 %, from 2027-Q1 on.
  const v2: GrowthPathVersion = {
    version: 2,
    effectiveFrom: q("2027-Q1"),
    reason: "Gerecycled materiaal beperkt beschikbaar",
    interpolation: "linear",
    baseline: { quarter: q("2026-Q4"), value: 40 },
    milestones: [{ quarter: q("2027-Q4"), value: 50 }],
  };

  it("takes each quarter's target from the version in force, with its number", () => {
    const result = targetsByQuarter([v1, v2], contract2026_2027);
    expect(result.map((t) => [t.key, t.target, t.version, t.isMilestone])).toEqual([
      ["2026-Q1", "25", 1, false],
      ["2026-Q2", "30", 1, false],
      ["2026-Q3", "35", 1, false],
      ["2026-Q4", "40", 1, true],
      // 40 → 50 over four quarters: 2,5 per quarter.
      ["2027-Q1", "42.5", 2, false],
      ["2027-Q2", "45", 2, false],
      ["2027-Q3", "47.5", 2, false],
      ["2027-Q4", "50", 2, true],
    ]);
  });

  it("leaves the 2026 targets exactly as they were before the change", () => {
    const before = targetsByQuarter([v1], contract2026_2027).slice(0, 4);
    const after = targetsByQuarter([v1, v2], contract2026_2027).slice(0, 4);
    expect(after).toEqual(before);
  });

  it("lets a third version from 2027-Q3 override only 2027-Q3 and later", () => {
    const v3: GrowthPathVersion = {
      version: 3,
      effectiveFrom: q("2027-Q3"),
      reason: "Nieuwe leverancier van gerecycled granulaat",
      interpolation: "step",
      milestones: [{ quarter: q("2027-Q3"), value: 55 }],
    };
    const result = targetsByQuarter([v3, v1, v2], contract2026_2027);
    expect(result.slice(4).map((t) => [t.key, t.target, t.version])).toEqual([
      ["2027-Q1", "42.5", 2],
      ["2027-Q2", "45", 2],
      ["2027-Q3", "55", 3],
      ["2027-Q4", "55", 3],
    ]);
  });

  it("prefers the higher version number when two take effect in the same quarter", () => {
    const correction = { ...v2, version: 3 };
    expect(versionInForce([v1, v2, correction], q("2027-Q2"))?.version).toBe(3);
    expect(versionInForce([v1, correction, v2], q("2027-Q2"))?.version).toBe(3);
  });

  it("gives no target or version to a quarter before the first version", () => {
    const late = { ...v1, effectiveFrom: q("2026-Q3") };
    const [first] = targetsByQuarter([late], contract2026_2027);
    expect(first).toMatchObject({ key: "2026-Q1", target: undefined, version: undefined, isMilestone: false });
  });
});

describe("checking a path and a change", () => {
  const v1: GrowthPathVersion = { version: 1, effectiveFrom: q("2026-Q1"), ...circular("step") };

  it("accepts a good path", () => {
    expect(growthPathErrors(circular("linear"))).toEqual([]);
  });

  it("lists every problem of a path in Dutch", () => {
    expect(growthPathErrors({ interpolation: "step", milestones: [] })).toEqual(["Geef minstens één mijlpaal op."]);
    expect(
      growthPathErrors({
        interpolation: "step",
        baseline: { quarter: q("2025-Q4"), value: "x" },
        milestones: [
          { quarter: q("2026-Q1"), value: "12,5" },
          { quarter: q("2026-Q1"), value: "13" },
        ],
      }),
    ).toEqual([
      "De mijlpaal van 2026 K1 is geen geldig getal.",
      "Er staan twee mijlpalen in 2026 K1.",
      "De nulmeting is geen geldig getal.",
    ]);
  });

  it("refuses a change that reaches back before the first open quarter, and asks for a reason", () => {
    const change: GrowthPathVersion = { ...v1, version: 2, effectiveFrom: q("2026-Q4"), reason: " " };
    expect(newVersionErrors([v1], change, q("2027-Q1"))).toEqual([
      "Een wijziging kan ingaan vanaf 2027 K1; de doelen van eerdere kwartalen blijven staan.",
      "Geef een reden voor de wijziging van het groeipad.",
    ]);
  });

  it("accepts a change from the first open quarter with a reason and the next number", () => {
    const change: GrowthPathVersion = { ...v1, version: 2, effectiveFrom: q("2027-Q1"), reason: "Innovatie" };
    expect(newVersionErrors([v1], change, q("2027-Q1"))).toEqual([]);
    expect(newVersionErrors([v1], { ...change, version: 5 }, q("2027-Q1"))).toEqual(["Deze wijziging moet versie 2 zijn."]);
  });

  it("numbers versions from 1", () => {
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([{ version: 1 }, { version: 3 }])).toBe(4);
  });
});
