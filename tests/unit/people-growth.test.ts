import { describe, expect, it } from "vitest";
import { PEOPLE_FACTORS, PEOPLE_GROUPS, TIPPING_POINT } from "@/lib/guidance/people-growth/content";
import { parsePeopleShares, peopleTrend, tippingPoint } from "@/lib/guidance/people-growth/rules";

const form = (realisten: string, volgers: string, ambassadeurs: string) => ({
  "share:afwachtende_realisten": realisten,
  "share:intuitieve_volgers": volgers,
  "share:actieve_ambassadeurs": ambassadeurs,
});

describe("the groups of bijlage 1 (seed 004, lines 1013–1076)", () => {
  it("has the three groups in order with their factors as printed", () => {
    expect(PEOPLE_FACTORS).toEqual(["Vertrouwen", "Belangrijk", "Weerstand", "Verandering"]);
    expect(PEOPLE_GROUPS.map((g) => [g.name, PEOPLE_FACTORS.map((f) => g.factors[f])])).toEqual([
      ["Afwachtende realisten", ["-", "+/-", "+", "-"]], // lines 1028–1030
      ["Intuïtieve volgers", ["+", "++", "+/-", "+"]], // lines 1045–1047
      ["Actieve ambassadeurs", ["++", "++", "-", "+"]], // lines 1059–1061
    ]);
  });

  it("quotes the tipping point word for word (chapter 4, line 995–996)", () => {
    expect(TIPPING_POINT.quote).toBe("Wanneer ongeveer 25% mee is in de verandering wordt de olievlek alleen maar sneller groter.");
    expect(TIPPING_POINT.share).toBe(25);
  });
});

describe("parsePeopleShares", () => {
  it("reads Dutch decimals and accepts shares that make exactly 100 %", () => {
    expect(parsePeopleShares(form("33,3", "33,3", "33,4"))).toEqual({
      ok: true,
      shares: {
        afwachtende_realisten: 33.3,
        intuitieve_volgers: 33.3,
        actieve_ambassadeurs: 33.4,
      },
    });
  });

  it("refuses shares that do not add up to 100 %, saying what they add up to", () => {
    expect(parsePeopleShares(form("50", "30", "30"))).toEqual({
      ok: false,
      errors: {
        shares: "De drie aandelen moeten samen 100 % zijn; nu is het samen 110\u00a0%.",
      },
    });
    expect(parsePeopleShares(form("33,3", "33,3", "33,3"))).toMatchObject({
      errors: { shares: expect.stringContaining("99,9\u00a0%") },
    });
  });

  it("reports every wrong field at its own name", () => {
    const result = parsePeopleShares(form("", "12.5", "120"));
    expect(result).toEqual({
      ok: false,
      errors: {
        "share:afwachtende_realisten": "Vul het aandeel afwachtende realisten in (0 tot en met 100 %).",
        "share:intuitieve_volgers": "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
        "share:actieve_ambassadeurs": "Het aandeel actieve ambassadeurs ligt tussen 0 en 100 %.",
      },
    });
    expect(parsePeopleShares(form("50,25", "29,75", "20"))).toMatchObject({
      errors: {
        "share:afwachtende_realisten": "Gebruik hoogstens één decimaal, bijvoorbeeld 12,5.",
      },
    });
  });
});

describe("tippingPoint", () => {
  const shares = (ambassadeurs: number) => ({
    afwachtende_realisten: 100 - ambassadeurs - 10,
    intuitieve_volgers: 10,
    actieve_ambassadeurs: ambassadeurs,
  });

  it("is reached from 25 % actieve ambassadeurs, not below", () => {
    expect(tippingPoint(shares(25))).toEqual({
      reached: true,
      share: 25,
      threshold: 25,
      shortBy: 0,
    });
    expect(tippingPoint(shares(40))).toMatchObject({
      reached: true,
      shortBy: 0,
    });
    expect(tippingPoint(shares(24.9))).toEqual({
      reached: false,
      share: 24.9,
      threshold: 25,
      shortBy: 0.1,
    });
    expect(tippingPoint(shares(0))).toMatchObject({
      reached: false,
      shortBy: 25,
    });
  });

  it("counts only the actieve ambassadeurs, however many intuïtieve volgers there are", () => {
    expect(
      tippingPoint({
        afwachtende_realisten: 10,
        intuitieve_volgers: 70,
        actieve_ambassadeurs: 20,
      }).reached,
    ).toBe(false);
  });
});

describe("peopleTrend", () => {
  it("orders the estimates by date and marks where the tipping point is reached", () => {
    const rows = peopleTrend([
      {
        id: "b",
        title: "Najaar",
        assessedOn: "2026-10-01",
        shares: {
          afwachtende_realisten: 40,
          intuitieve_volgers: 34,
          actieve_ambassadeurs: 26,
        },
      },
      {
        id: "a",
        title: "Nulmeting",
        assessedOn: "2025-09-01",
        shares: {
          afwachtende_realisten: 55,
          intuitieve_volgers: 30,
          actieve_ambassadeurs: 15,
        },
      },
    ]);
    expect(rows.map((r) => [r.id, r.actieve_ambassadeurs, r.reached])).toEqual([
      ["a", 15, false],
      ["b", 26, true],
    ]);
  });
});
