import { describe, expect, it } from "vitest";
import { amsterdamDateTime, amsterdamParts, amsterdamToday, amsterdamYear } from "@/lib/time";

const at = (iso: string) => amsterdamDateTime(iso.slice(0, 10), iso.slice(11, 16)).toISOString();

describe("today in Amsterdam", () => {
  it("is the Dutch calendar day, also just after midnight in Amsterdam", () => {
    expect(amsterdamToday(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
    expect(amsterdamToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(amsterdamToday(new Date("2027-06-30T22:30:00Z"))).toBe("2027-07-01");
  });

  it("turns the year at Amsterdam midnight, an hour before UTC", () => {
    expect(amsterdamYear(new Date("2026-12-31T22:59:59Z"))).toBe(2026);
    expect(amsterdamYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
  });
});

describe("Amsterdam wall clock to UTC", () => {
  it("is UTC+2 in summer and UTC+1 in winter", () => {
    expect(at("2027-07-15T14:00")).toBe("2027-07-15T12:00:00.000Z");
    expect(at("2027-01-15T14:00")).toBe("2027-01-15T13:00:00.000Z");
  });

  it("springs forward at 02:00 on the last Sunday of March", () => {
    expect(at("2027-03-28T01:30")).toBe("2027-03-28T00:30:00.000Z");
    expect(at("2027-03-28T03:00")).toBe("2027-03-28T01:00:00.000Z");
    expect(at("2027-03-28T03:30")).toBe("2027-03-28T01:30:00.000Z");
    // 02:30 does not exist that night: it moves forward by the hour that is skipped.
    expect(at("2027-03-28T02:30")).toBe("2027-03-28T01:30:00.000Z");
  });

  it("falls back at 03:00 on the last Sunday of October", () => {
    expect(at("2027-10-31T01:30")).toBe("2027-10-30T23:30:00.000Z");
    expect(at("2027-10-31T04:00")).toBe("2027-10-31T03:00:00.000Z");
    // 02:30 happens twice that night; the meeting is planned at the second one, in winter time.
    expect(at("2027-10-31T02:30")).toBe("2027-10-31T01:30:00.000Z");
  });
});

describe("UTC to the Amsterdam wall clock", () => {
  it("reads summer and winter time", () => {
    expect(amsterdamParts(new Date("2027-07-15T12:00:00Z"))).toEqual({ date: "2027-07-15", time: "14:00" });
    expect(amsterdamParts(new Date("2027-01-15T13:00:00Z"))).toEqual({ date: "2027-01-15", time: "14:00" });
  });

  it("jumps from 01:59 to 03:00 in March and repeats 02:00–03:00 in October", () => {
    expect(amsterdamParts(new Date("2027-03-28T00:59:00Z")).time).toBe("01:59");
    expect(amsterdamParts(new Date("2027-03-28T01:00:00Z")).time).toBe("03:00");
    expect(amsterdamParts(new Date("2027-10-31T00:30:00Z")).time).toBe("02:30");
    expect(amsterdamParts(new Date("2027-10-31T01:30:00Z")).time).toBe("02:30");
  });

  it("gives the next date for 23:30 UTC on 31 December", () => {
    expect(amsterdamParts(new Date("2026-12-31T23:30:00Z"))).toEqual({ date: "2027-01-01", time: "00:30" });
  });

  it("reads back what a wall clock time became", () => {
    for (const wall of ["2027-03-28T01:59", "2027-03-28T03:00", "2027-10-31T03:00", "2027-12-31T23:59"]) {
      const parts = amsterdamParts(amsterdamDateTime(wall.slice(0, 10), wall.slice(11, 16)));
      expect(`${parts.date}T${parts.time}`).toBe(wall);
    }
  });
});
