import { describe, expect, it } from "vitest";
import {
  addDays,
  addQuarters,
  compareQuarters,
  contractQuarters,
  daysBetween,
  daysInQuarter,
  parseQuarter,
  quarterEndDate,
  quarterFromKey,
  quarterKey,
  quarterLabel,
  quarterLongLabel,
  quarterOf,
  quarterRange,
  quarterStartDate,
  quarterTiming,
  reportDueDate,
  type Quarter,
} from "@/lib/periods";

const q = quarterFromKey;
const keys = (quarters: Quarter[]) => quarters.map(quarterKey);

describe("quarter keys and labels", () => {
  it("parses the stored form and what people type", () => {
    expect(parseQuarter("2027-Q2")).toEqual({ year: 2027, quarter: 2 });
    expect(parseQuarter("2027 K2")).toEqual({ year: 2027, quarter: 2 });
    expect(parseQuarter(" 2027-q4 ")).toEqual({ year: 2027, quarter: 4 });
  });

  it.each(["2027-Q5", "2027-Q0", "27-Q1", "", "Q2 2027"])("refuses %j", (text) => {
    expect(parseQuarter(text)).toBeNull();
  });

  it("throws on an invalid key where one must be valid", () => {
    expect(() => quarterFromKey("2027-Q5")).toThrow(RangeError);
  });

  it("formats key, short and long Dutch labels", () => {
    expect(quarterKey(q("2027-Q2"))).toBe("2027-Q2");
    expect(quarterLabel(q("2027-Q2"))).toBe("2027 K2");
    expect(quarterLongLabel(q("2027-Q2"))).toBe("2e kwartaal 2027");
  });
});

describe("quarter arithmetic across year ends", () => {
  it("compares quarters", () => {
    expect(compareQuarters(q("2026-Q4"), q("2027-Q1"))).toBeLessThan(0);
    expect(compareQuarters(q("2027-Q1"), q("2027-Q1"))).toBe(0);
    expect(compareQuarters(q("2028-Q1"), q("2027-Q4"))).toBeGreaterThan(0);
  });

  it.each([
    ["2026-Q4", 1, "2027-Q1"],
    ["2027-Q1", -1, "2026-Q4"],
    ["2026-Q3", 6, "2028-Q1"], // Q3 → Q4, then four 2027 quarters, then 2028-Q1
    ["2027-Q2", -9, "2025-Q1"],
    ["2027-Q2", 0, "2027-Q2"],
  ])("%s + %i = %s", (from, n, to) => {
    expect(quarterKey(addQuarters(q(from), n))).toBe(to);
  });

  it("lists a range including both ends, and nothing when reversed", () => {
    expect(keys(quarterRange(q("2026-Q3"), q("2027-Q2")))).toEqual(["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]);
    expect(quarterRange(q("2027-Q2"), q("2026-Q3"))).toEqual([]);
  });
});

describe("quarters and dates", () => {
  it.each([
    ["2025-01-01", "2025-Q1"],
    ["2025-02-15", "2025-Q1"],
    ["2025-03-31", "2025-Q1"],
    ["2025-04-01", "2025-Q2"],
    ["2025-09-30", "2025-Q3"],
    ["2025-12-31", "2025-Q4"],
  ])("%s falls in %s", (date, key) => {
    expect(quarterKey(quarterOf(date))).toBe(key);
  });

  it("gives the first and last day of a quarter", () => {
    expect(quarterStartDate(q("2027-Q2"))).toBe("2027-04-01");
    expect(quarterEndDate(q("2027-Q2"))).toBe("2027-06-30");
    expect(quarterEndDate(q("2027-Q1"))).toBe("2027-03-31");
    expect(quarterEndDate(q("2027-Q4"))).toBe("2027-12-31");
  });

  it("counts the days of each quarter, 91 in a leap year's Q1", () => {
    expect(daysInQuarter(q("2027-Q1"))).toBe(90); // 31 + 28 + 31
    expect(daysInQuarter(q("2028-Q1"))).toBe(91); // 31 + 29 + 31
    expect(daysInQuarter(q("2027-Q2"))).toBe(91); // 30 + 31 + 30
    expect(daysInQuarter(q("2027-Q3"))).toBe(92); // 31 + 31 + 30
    expect(daysInQuarter(q("2027-Q4"))).toBe(92); // 31 + 30 + 31
  });

  it("refuses dates that do not exist, and knows 29 February of a leap year", () => {
    expect(() => quarterOf("2027-02-29")).toThrow(RangeError);
    expect(() => quarterOf("2027-13-01")).toThrow(RangeError);
    expect(() => quarterOf("1-2-2027")).toThrow(RangeError);
    expect(quarterKey(quarterOf("2028-02-29"))).toBe("2028-Q1");
  });

  it("adds and counts days", () => {
    expect(addDays("2027-01-31", 1)).toBe("2027-02-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(daysBetween("2027-01-01", "2027-01-31")).toBe(30);
  });
});

describe("contractQuarters", () => {
  it("includes a partial first and last quarter with the share of days covered", () => {
    const quarters = contractQuarters("2025-02-15", "2026-05-31");
    expect(quarters.map((c) => c.key)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    // 2025-Q1: 15–28 February is 14 days, plus 31 days of March = 45 of 90 days.
    expect(quarters[0]).toMatchObject({
      startDate: "2025-02-15",
      endDate: "2025-03-31",
      coveredDays: 45,
      daysInQuarter: 90,
      partial: true,
      share: 0.5,
    });
    expect(quarters[1]).toMatchObject({ startDate: "2025-04-01", endDate: "2025-06-30", coveredDays: 91, partial: false, share: 1 });
    // 2026-Q2: April (30) + May (31) = 61 of 91 days.
    expect(quarters[5]).toMatchObject({
      startDate: "2026-04-01",
      endDate: "2026-05-31",
      coveredDays: 61,
      daysInQuarter: 91,
      partial: true,
    });
    expect(quarters.slice(1, 5).every((c) => !c.partial)).toBe(true);
  });

  it("gives one partial quarter for a contract inside one quarter", () => {
    const quarters = contractQuarters("2027-02-01", "2027-02-28");
    expect(quarters).toHaveLength(1);
    expect(quarters[0]).toMatchObject({ key: "2027-Q1", coveredDays: 28, daysInQuarter: 90, partial: true });
  });

  it("counts the leap day: a contract from 29 February 2028 covers 32 of 91 days of 2028-Q1", () => {
    const [first] = contractQuarters("2028-02-29", "2028-12-31");
    expect(first).toMatchObject({ key: "2028-Q1", coveredDays: 32, daysInQuarter: 91, partial: true });
  });

  it("gives four full quarters for a calendar year, also a leap year", () => {
    const quarters = contractQuarters("2028-01-01", "2028-12-31");
    expect(quarters.map((c) => [c.key, c.coveredDays, c.partial])).toEqual([
      ["2028-Q1", 91, false],
      ["2028-Q2", 91, false],
      ["2028-Q3", 92, false],
      ["2028-Q4", 92, false],
    ]);
  });

  it("refuses an end date before the start date", () => {
    expect(() => contractQuarters("2027-05-01", "2027-04-30")).toThrow(RangeError);
  });
});

describe("reportDueDate", () => {
  it("is 30 days after the quarter by default, across the year end: 2026-Q4 → 30 January 2027", () => {
    expect(reportDueDate(q("2026-Q4"))).toBe("2027-01-30");
  });

  it.each([
    ["2027-Q1", 30, "2027-04-30"], // 31 March + 30
    ["2027-Q1", 45, "2027-05-15"], // 31 March + 30 (30 April) + 15
    ["2027-Q4", 60, "2028-02-29"], // 31 Dec + 31 (31 Jan) + 29: the leap day
    ["2028-Q4", 60, "2029-03-01"], // 31 Dec + 31 + 28 (28 Feb) + 1
    ["2027-Q2", 0, "2027-06-30"],
  ])("%s with %i days is due %s", (key, days, due) => {
    expect(reportDueDate(q(key), days)).toBe(due);
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => reportDueDate(q("2027-Q1"), -1)).toThrow(RangeError);
    expect(() => reportDueDate(q("2027-Q1"), 1.5)).toThrow(RangeError);
  });
});

describe("quarterTiming against a given today", () => {
  it.each([
    ["2027-Q2", "2027-05-10", "current"],
    ["2027-Q2", "2027-04-01", "current"],
    ["2027-Q2", "2027-06-30", "current"],
    ["2027-Q1", "2027-04-01", "past"],
    ["2027-Q3", "2027-06-30", "future"],
    ["2026-Q4", "2027-01-15", "past"],
  ])("%s on %s is %s", (key, today, timing) => {
    expect(quarterTiming(q(key), today)).toBe(timing);
  });
});
