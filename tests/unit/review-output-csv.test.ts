// CSV for Dutch Excel and the timeline grouping, without a database.
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/spreadsheet/write-csv";
import { decimalCell, measureCell, moneyCell } from "@/lib/spreadsheet/cells";
import { reviewFileName } from "@/lib/reviews/export-csv";
import { describeDecision, sentence } from "@/lib/reviews/export-labels";
import { searchTerms } from "@/lib/search-terms";
import { groupByQuarter, type TimelineEvent } from "@/lib/reviews/timeline";

describe("CSV dialect", () => {
  it("starts with a BOM, separates with semicolons and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c;d", 'zei "ja"'],
      ]),
    ).toBe('\uFEFFa;b\r\n"c;d";"zei ""ja"""\r\n');
    expect(csvField(null)).toBe("");
    expect(csvField("regel\neen")).toBe('"regel\neen"');
  });

  it("writes euros and decimals with a decimal comma and no thousands separator", () => {
    expect(csvField(moneyCell(123_456))).toBe("1234,56");
    expect(csvField(moneyCell(5))).toBe("0,05");
    expect(csvField(moneyCell(0))).toBe("0,00");
    expect(csvField(moneyCell(-250))).toBe("-2,50");
    expect(csvField(decimalCell("41.5000"))).toBe("41,5");
    expect(csvField(decimalCell("40.0000"))).toBe("40");
    expect(csvField(decimalCell("-0.2500"))).toBe("-0,25");
    expect(csvField(decimalCell(null))).toBe("");
  });

  it("writes a measured value with its unit's precision: money two decimals, kg at most two", () => {
    expect(csvField(measureCell("38.5000", "€ MKI per ton"))).toBe("38,50");
    expect(csvField(measureCell("1250000.1250", "kg CO2e"))).toBe("1250000,13");
    expect(csvField(measureCell("0.1234", "maaltijden"))).toBe("0,1234");
  });

  it("names the file after the contract number and quarter", () => {
    expect(reviewFileName("VBS-2024-017", "2027-Q2", "pdf")).toBe("review-VBS-2024-017-2027-K2.pdf");
    expect(reviewFileName("PZL 2025/108", "2027-Q2", "pdf")).toBe("review-PZL-2025-108-2027-K2.pdf");
    expect(reviewFileName(null, "2027-Q2", "pdf")).toBe("review-contract-2027-K2.pdf");
  });
});

describe("decision and search wording", () => {
  it("describes decisions with the quarter they take effect", () => {
    expect(describeDecision({ kind: "retire_kpi", kpiName: "Verpakkingen", reason: null, payload: { retiredFrom: "2027-Q3" } })).toBe(
      "Verpakkingen beëindigd vanaf 2027 K3",
    );
    expect(describeDecision({ kind: "add_kpi", kpiName: null, reason: null, payload: { name: "Hinder", activeFrom: "2027-Q3" } })).toBe(
      "Hinder toegevoegd vanaf 2027 K3",
    );
    expect(describeDecision({ kind: "change_growth_path", kpiName: "CO2", reason: null, payload: {} })).toBe("Groeipad van CO2 gewijzigd");
  });

  it("ends a reason with exactly one full stop", () => {
    expect(sentence("Typefout.")).toBe("Typefout.");
    expect(sentence("Typefout .. ")).toBe("Typefout.");
    expect(sentence("Typefout")).toBe("Typefout.");
  });

  it("escapes LIKE wildcards in search words", () => {
    expect(searchTerms("  100%  meet_bron ")).toEqual(["%100\\%%", "%meet\\_bron%"]);
    expect(searchTerms("")).toEqual([]);
  });
});

describe("timeline grouping", () => {
  const event = (quarter: string, iso: string, title: string): TimelineEvent => ({
    at: new Date(iso),
    quarter,
    kind: "report",
    title,
    href: "/",
  });

  it("groups per quarter, oldest quarter first, events in time order with ties kept in order", () => {
    const groups = groupByQuarter([
      event("2027-Q2", "2027-07-20T10:00:00Z", "review"),
      event("2027-Q1", "2027-04-10T10:00:00Z", "ingediend"),
      event("2027-Q2", "2027-07-10T10:00:00Z", "ingediend"),
      event("2027-Q2", "2027-07-20T10:00:00Z", "besluit"),
    ]);
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ["2027-Q1", "1e kwartaal 2027"],
      ["2027-Q2", "2e kwartaal 2027"],
    ]);
    expect(groups[1].events.map((e) => e.title)).toEqual(["ingediend", "review", "besluit"]);
  });
});
