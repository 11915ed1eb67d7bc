import { describe, expect, it } from "vitest";
import {
  aggregateValues,
  formatShare,
  onTrackShare,
  organisationYear,
  promiseShortfall,
  reportDiscipline,
  shareBand,
  shareOf,
  trendOf,
  yearFromQuarters,
} from "@/lib/dashboard/rules";
import { filtersToSearch, parseFilters } from "@/lib/dashboard/filters";

describe("adding an indicator across contracts", () => {
  it("sums, averages or weights by the indicator's aggregation", () => {
    const values = [
      { value: 40, weight: 1 },
      { value: 32, weight: 3 },
    ];
    expect(aggregateValues({ aggregation: "sum" }, values)).toBe(72);
    expect(aggregateValues({ aggregation: "average" }, values)).toBe(36);
    expect(aggregateValues({ aggregation: "weighted_average" }, values)).toBe(34);
  });
});

describe("yearly roll-up of quarters", () => {
  it("adds quarters of an additive indicator and averages the others", () => {
    expect(yearFromQuarters("sum", [8, 9, 10.5])).toBe(27.5);
    expect(yearFromQuarters("average", [41, 39])).toBe(40);
    expect(yearFromQuarters("weighted_average", [30, 34])).toBe(32);
    expect(yearFromQuarters("sum", [])).toBeNull();
  });

  it("rolls each contract up to its year before combining contracts", () => {
    const contracts = [
      { quarterValues: [41, 39], valueCents: 100 },
      { quarterValues: [30, 34], valueCents: 300 },
    ];
    expect(organisationYear("weighted_average", contracts)).toBe(34);
    expect(
      organisationYear("sum", [
        { quarterValues: [8, 9], valueCents: 1 },
        { quarterValues: [5, 7], valueCents: 1 },
      ]),
    ).toBe(29);
    expect(organisationYear("average", [{ quarterValues: [], valueCents: 1 }])).toBeNull();
  });
});

describe("on-track share", () => {
  it("counts on track among scored KPIs; not scored counts neither way", () => {
    expect(onTrackShare(["on_track", "at_risk", "not_scored", "off_track", null])).toBeCloseTo(1 / 3);
    expect(onTrackShare(["not_scored"])).toBeNull();
    expect(shareOf(2, 4)).toBe(0.5);
    expect(shareOf(0, 0)).toBeNull();
  });

  it("gives a trend against the previous review and a colour band with words", () => {
    expect(trendOf(1, 0.5)).toBe("up");
    expect(trendOf(0, 0)).toBe("same");
    expect(trendOf(0.2, 0.4)).toBe("down");
    expect(trendOf(0.5, null)).toBe("new");
    expect(trendOf(null, 0.5)).toBeNull();
    expect(shareBand(0.75).band).toBe("high");
    expect(shareBand(0.5).band).toBe("mid");
    expect(shareBand(0.1).band).toBe("low");
    expect(shareBand(null).label).toBe("geen scores");
    expect(formatShare(2 / 3)).toBe("67\u00a0%");
  });
});

describe("reporting discipline", () => {
  const due = "2026-04-30";
  it("is on time up to and including the due date, late after it", () => {
    expect(reportDiscipline({ dueDate: due, firstSubmittedOn: "2026-04-30", today: "2026-11-22" })).toBe("on_time");
    expect(reportDiscipline({ dueDate: due, firstSubmittedOn: "2026-05-01", today: "2026-11-22" })).toBe("late");
  });
  it("is missing once the due date has passed without a submission, not due before", () => {
    expect(reportDiscipline({ dueDate: due, firstSubmittedOn: null, today: "2026-05-01" })).toBe("missing");
    expect(reportDiscipline({ dueDate: due, firstSubmittedOn: null, today: "2026-04-30" })).toBe("not_due");
  });
});

describe("promise against delivery", () => {
  it("measures the shortfall in the indicator's direction", () => {
    expect(promiseShortfall({ promised: 38.5, realised: 39, direction: "lower_better" })).toEqual({
      gap: 0.5,
      relative: 0.012987012987,
      short: true,
    });
    expect(promiseShortfall({ promised: 5, realised: 6, direction: "higher_better" })).toMatchObject({ gap: -1, short: false });
    expect(promiseShortfall({ promised: 5, realised: null, direction: "higher_better" })).toBeNull();
  });
});

describe("dashboard filters in the URL", () => {
  it("defaults to two years ending with the current quarter", () => {
    expect(parseFilters({}, "2026-11-22")).toMatchObject({ from: "2025-Q1", to: "2026-Q4", package: null });
  });
  it("ignores values that do not parse and swaps nothing silently", () => {
    const f = parseFilters(
      { pakket: "DROP TABLE", contractmanager: "x", van: "2027-Q1", tot: "2026-Q2", samenwerking: "relationeel" },
      "2026-11-22",
    );
    expect(f).toMatchObject({ package: null, managerId: null, from: "2026-Q2", to: "2026-Q2", cooperationForm: "relationeel" });
  });
  it("caps the period at twenty quarters and round-trips through the URL", () => {
    const f = parseFilters(new URLSearchParams("van=2010-Q1&tot=2026-Q4&pakket=asfalt"), "2026-11-22");
    expect(f.from).toBe("2022-Q1");
    expect(filtersToSearch(f).toString()).toBe("pakket=asfalt&van=2022-Q1&tot=2026-Q4");
  });
});
