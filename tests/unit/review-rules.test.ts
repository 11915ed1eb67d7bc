import { describe, expect, it } from "vitest";
import type { MalusRule } from "@/lib/malus/rule";
import { quarterFromKey as q } from "@/lib/periods";
import {
  cancelMeetingBlocker,
  needsApproval,
  prepareKpiRow,
  scoreDiffers,
  signBlockers,
  waiverThresholdFrom,
  type PrepareKpi,
  type SignCheckScore,
} from "@/lib/reviews/rules";

const quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"];
const fixed: MalusRule = { type: "fixed", amountCents: 250_000 };
const kpi = (extra: Partial<PrepareKpi> = {}): PrepareKpi => ({
  id: "k1",
  kind: "quantitative",
  direction: "higher_better",
  obligation: "resultaat",
  baselineValue: "30",
  malusRule: fixed,
  ...extra,
});
const targets = Object.fromEntries(quarters.map((k) => [k, "40"]));

describe("prepareKpiRow", () => {
  it("computes status at the boundaries: 10 % of the distance baseline → target is at risk", () => {
    const status = (value: string) =>
      prepareKpiRow({ kpi: kpi(), quarter: q("2027-Q2"), quarters, targets, reported: { "2027-Q2": { value, score: null } } })
        .computedStatus;
    expect(status("40")).toBe("on_track");
    expect(status("39")).toBe("at_risk");
    expect(status("38.9999")).toBe("off_track");
  });

  it("mirrors the boundary for lower is better", () => {
    const status = (value: string) =>
      prepareKpiRow({
        kpi: kpi({ direction: "lower_better", baselineValue: "50" }),
        quarter: q("2027-Q2"),
        quarters,
        targets,
        reported: { "2027-Q2": { value, score: null } },
      }).computedStatus;
    expect(status("40")).toBe("on_track");
    expect(status("41")).toBe("at_risk");
    expect(status("41.0001")).toBe("off_track");
  });

  it("takes the trend from up to four earlier quarters and the raw malus of a breach", () => {
    const reported = {
      "2026-Q3": { value: "41", score: null },
      "2027-Q1": { value: "35", score: null },
      "2027-Q2": { value: "30", score: null },
    };
    const row = prepareKpiRow({ kpi: kpi(), quarter: q("2027-Q2"), quarters, targets, reported });
    expect(row.trend.map((t) => [t.key, t.value, t.status])).toEqual([
      ["2026-Q2", null, "no_data"],
      ["2026-Q3", "41", "on_track"],
      ["2026-Q4", null, "no_data"],
      ["2027-Q1", "35", "off_track"],
    ]);
    expect(row).toMatchObject({
      reportedValue: "30",
      target: "40",
      computedStatus: "off_track",
      malus: { outcome: "breached", rawCents: 250_000 },
    });
  });

  it("has a short trend in the first quarter, no malus without a value, none for an effort obligation", () => {
    expect(prepareKpiRow({ kpi: kpi(), quarter: q("2026-Q1"), quarters, targets, reported: {} })).toMatchObject({
      trend: [],
      computedStatus: "no_data",
      malus: { outcome: "no_data", rawCents: 0 },
    });
    const effort = prepareKpiRow({
      kpi: kpi({ obligation: "inspanning", malusRule: null }),
      quarter: q("2027-Q2"),
      quarters,
      targets,
      reported: { "2027-Q2": { value: "1", score: null } },
    });
    expect(effort.malus).toMatchObject({ outcome: "effort_obligation", rawCents: 0 });
  });

  it("reads a qualitative KPI's score", () => {
    const row = prepareKpiRow({
      kpi: kpi({ kind: "qualitative", baselineValue: null, malusRule: null }),
      quarter: q("2027-Q2"),
      quarters,
      targets: { "2027-Q2": "3" },
      reported: { "2027-Q2": { value: null, score: 2 } },
    });
    expect(row).toMatchObject({ reportedScore: 2, computedStatus: "at_risk" });
  });
});

describe("four-eyes on waivers", () => {
  const threshold = 100_000;
  it("needs a second person only above the threshold", () => {
    expect(needsApproval(300_000, { kind: "reduction", cents: 100_000, reason: "x" }, threshold)).toBe(false);
    expect(needsApproval(300_000, { kind: "reduction", cents: 100_001, reason: "x" }, threshold)).toBe(true);
    expect(needsApproval(100_000, { kind: "full", cents: null, reason: "x" }, threshold)).toBe(false);
    expect(needsApproval(100_001, { kind: "full", cents: null, reason: "x" }, threshold)).toBe(true);
    expect(needsApproval(500_000, { kind: null, cents: null, reason: null }, threshold)).toBe(false);
  });

  it("reads the threshold from the environment value, € 1.000 by default", () => {
    expect(waiverThresholdFrom(undefined)).toBe(100_000);
    expect(waiverThresholdFrom("")).toBe(100_000);
    expect(waiverThresholdFrom("50000")).toBe(50_000);
    expect(waiverThresholdFrom("veel")).toBe(100_000);
  });
});

describe("signing", () => {
  const ready = (extra: Partial<SignCheckScore> = {}): SignCheckScore => ({
    kpiName: "CO2",
    agreedScore: "on_track",
    contested: false,
    rawCents: 0,
    kind: null,
    cents: null,
    reason: null,
    approved: false,
    ...extra,
  });
  const held = { meetingAt: new Date("2026-10-15T12:00:00Z"), now: new Date("2026-10-15T13:30:00Z") };
  it("is possible when every KPI is scored, nothing contested, every large waiver approved, after the meeting", () => {
    expect(signBlockers([ready(), ready({ kind: "full", rawCents: 50_000, reason: "r" })], 100_000, held)).toEqual([]);
  });
  it("waits for the meeting: none planned, or still to come; from its start time on it may be signed", () => {
    expect(signBlockers([ready()], 100_000, { ...held, meetingAt: null })).toEqual([
      expect.stringMatching(/^Er is nog geen datum voor het overleg/),
    ]);
    const soon = { meetingAt: new Date(held.now.getTime() + 60_000), now: held.now };
    expect(signBlockers([ready()], 100_000, soon)).toEqual([
      expect.stringMatching(/^Het overleg staat gepland op .*ondertekenen kan pas daarna/),
    ]);
    expect(signBlockers([ready()], 100_000, { meetingAt: held.now, now: held.now })).toEqual([]);
  });
  it("gives the Dutch reasons", () => {
    const reasons = signBlockers(
      [
        ready({ kpiName: "Afval", agreedScore: null }),
        ready({ kpiName: "Eiwit", contested: true }),
        ready({ kpiName: "MKI", rawCents: 500_000, kind: "full", reason: "r" }),
      ],
      100_000,
      held,
    );
    expect(reasons).toEqual([
      "Nog niet voor elke KPI is een score afgesproken: Afval.",
      "De leverancier betwist nog de score van: Eiwit. Handel de betwisting eerst af.",
      expect.stringMatching(/^De kwijtschelding van €\s5\.000,00 bij MKI wacht op goedkeuring/),
    ]);
    expect(signBlockers([ready({ rawCents: 500_000, kind: "full", reason: "r", approved: true })], 100_000, held)).toEqual([]);
  });
  it("needs a reason only when the agreed score differs from the computed status", () => {
    expect(scoreDiffers("on_track", "on_track")).toBe(false);
    expect(scoreDiffers("at_risk", "on_track")).toBe(true);
    expect(scoreDiffers("no_data", "not_scored")).toBe(false);
    expect(scoreDiffers("no_target", "off_track")).toBe(true);
  });
});

describe("calling a meeting off", () => {
  const now = new Date("2026-12-05T11:00:00Z");
  const meetingAt = new Date("2026-12-10T13:00:00Z");

  it("is possible for a draft whose meeting is still to come", () => {
    expect(cancelMeetingBlocker({ status: "draft", meetingAt }, now)).toBeNull();
  });

  it("is refused for a final review, a review without a meeting and a meeting that took place", () => {
    expect(cancelMeetingBlocker({ status: "final", meetingAt }, now)).toMatch(/definitief/);
    expect(cancelMeetingBlocker({ status: "draft", meetingAt: null }, now)).toMatch(/geen overleg gepland/);
    expect(cancelMeetingBlocker({ status: "draft", meetingAt: new Date("2026-12-01T09:00:00Z") }, now)).toBe(
      'Het overleg van 1 dec 2026, 10:00 heeft al plaatsgevonden en kan niet meer worden afgezegd. Klopt de datum niet, corrigeer die dan bij "Planning wijzigen".',
    );
    expect(cancelMeetingBlocker({ status: "draft", meetingAt: now }, now)).toMatch(/al plaatsgevonden/);
  });
});
