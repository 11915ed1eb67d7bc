import { describe, expect, it } from "vitest";
import {
  centsToInput,
  decimalInput,
  formatCompactNumber,
  formatDate,
  formatDay,
  formatEuroCents,
  formatEuroCompact,
  formatFixed,
  formatMeasure,
  formatMeasureNumber,
  formatMeeting,
  formatPercent,
  parseEuroCents,
  parseNlDecimal,
  sentence,
} from "@/lib/format";

const COMMA_MESSAGE = "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.";
// Intl puts a no-break space between € and the amount.
const plain = (text: string) => text.replace(/\s/g, " ");

describe("parseNlDecimal", () => {
  it.each([
    ["12,5", 12.5],
    ["1.250,50", 1250.5],
    ["1.250", 1250],
    [" € 1.000 ", 1000],
    ["-3,25", -3.25],
  ])("reads %j as %d", (input, value) => {
    expect(parseNlDecimal(input)).toMatchObject({ ok: true, value });
  });

  it.each(["12.5", "1.25", "-0.5", "0.001", "0.500"])("refuses a decimal point in %j with the comma message", (input) => {
    expect(parseNlDecimal(input)).toEqual({ ok: false, error: COMMA_MESSAGE });
  });

  it("asks for a number when the field is empty and for a valid one when it is text", () => {
    expect(parseNlDecimal("  ")).toEqual({ ok: false, error: "Vul een getal in." });
    expect(parseNlDecimal("twaalf")).toMatchObject({ ok: false, error: expect.stringContaining("geldig getal") });
    expect(parseNlDecimal("1,2,3")).toMatchObject({ ok: false });
  });
});

describe("parseEuroCents", () => {
  it("stores 1.250.000,50 as exactly 125000050 cents", () => {
    expect(parseEuroCents("1.250.000,50")).toEqual({ ok: true, cents: 125_000_050 });
  });

  it.each([
    ["0", 0],
    ["0,05", 5],
    ["0,1", 10],
    ["19,99", 1999],
    ["€ 2.500", 250_000],
  ])("reads %j as %d cents", (input, cents) => {
    expect(parseEuroCents(input)).toEqual({ ok: true, cents });
  });

  it("refuses 12.5 with the comma message instead of reading 125", () => {
    expect(parseEuroCents("12.5")).toEqual({ ok: false, error: COMMA_MESSAGE });
  });

  it("refuses negative amounts, more than two decimals and amounts beyond exact integers", () => {
    expect(parseEuroCents("-5")).toEqual({ ok: false, error: "Het bedrag mag niet negatief zijn." });
    expect(parseEuroCents("1,234")).toEqual({ ok: false, error: "Gebruik hoogstens twee cijfers achter de komma." });
    expect(parseEuroCents("90.071.992.547.409,92")).toEqual({ ok: false, error: "Dit bedrag is te groot." });
  });
});

describe("formatting amounts", () => {
  it("formats cents as Dutch euros", () => {
    expect(plain(formatEuroCents(125_000_050))).toBe("€ 1.250.000,50");
    expect(plain(formatEuroCents(100_000, { whole: true }))).toBe("€ 1.000");
    expect(plain(formatEuroCents(100_050, { whole: true }))).toBe("€ 1.000,50");
  });

  // A line may never end in "€" with the amount on the next: a no-break space holds them together.
  it.each([
    ["an amount", formatEuroCents(20_000_000)],
    ["a whole amount", formatEuroCents(20_000_000, { whole: true })],
    ["a negative amount", formatEuroCents(-250)],
    ["a large total", formatEuroCompact(1_040_000_000)],
    ["a money measure", formatMeasure("200000", "€")],
    ["a money measure with a unit", formatMeasure("38.5", "€ MKI per ton")],
  ])("keeps the euro sign with %s", (_, text) => {
    expect(text).toMatch(/^€\u00a0-?\d/);
  });

  it("gives back what a user would type", () => {
    expect(centsToInput(125_000_050)).toBe("1.250.000,50");
    expect(centsToInput(100_000)).toBe("1.000");
    expect(centsToInput(5)).toBe("0,05");
  });

  it.each([0, 5, 99, 100, 1999, 125_000_050, 123_456_789_012])("round-trips %d cents through the input field", (cents) => {
    expect(parseEuroCents(centsToInput(cents))).toEqual({ ok: true, cents });
  });

  it("writes dates out in Dutch", () => {
    expect(formatDate("2026-03-01")).toBe("1 maart 2026");
    expect(formatDate("2027-12-31")).toBe("31 december 2027");
  });
});

describe("formatMeasure: one way a measured value looks", () => {
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  it("shows money with two decimals and the euro sign in front", () => {
    expect(plain(formatMeasure("38.5", "€ MKI per ton"))).toBe("€ 38,50 MKI per ton");
    expect(plain(formatMeasure("1250000.5", "€"))).toBe("€ 1.250.000,50");
  });
  it("never lets a line break fall between an amount and its sign or unit", () => {
    expect(formatMeasure("200000", "€")).toBe("€\u00a0200.000,00");
    expect(formatMeasure("12.5", "%")).toBe("12,5\u00a0%");
    expect(formatMeasure("407.6923", "kg")).toBe("407,69\u00a0kg");
  });
  it("shows kilograms, tonnes and percentages with at most two decimals, and separates thousands", () => {
    expect(plain(formatMeasure("407.6923", "kg"))).toBe("407,69 kg");
    expect(plain(formatMeasure("1250000.5", "ton CO2e"))).toBe("1.250.000,5 ton CO2e");
    expect(plain(formatMeasure("12.3456", "%"))).toBe("12,35 %");
    expect(plain(formatMeasure("0.8251", "kg CO2e per maaltijd"))).toBe("0,83 kg CO2e per maaltijd");
  });
  it("keeps up to four decimals for other units and without one, and a dash for no value", () => {
    expect(plain(formatMeasure("2.1234", "trede"))).toBe("2,1234 trede");
    expect(plain(formatMeasure("1250000.5"))).toBe("1.250.000,5");
    expect(formatMeasure(null, "kg")).toBe("—");
    expect(formatMeasure("", "kg")).toBe("—");
  });
  it("gives the number alone with its unit's precision, for lines that name the unit once", () => {
    expect(plain(formatMeasureNumber("407.6923", "kg"))).toBe("407,69");
    expect(plain(formatMeasureNumber("38.5", "€ MKI per ton"))).toBe("38,50");
    expect(plain(formatMeasureNumber("2.1234", null))).toBe("2,1234");
  });
});

describe("decimalInput", () => {
  it("gives a stored numeric back as a Dutch user types it, without trailing zeros", () => {
    expect(decimalInput("35.5000")).toBe("35,5");
    expect(decimalInput("60.0000")).toBe("60");
    expect(decimalInput("-0.2500")).toBe("-0,25");
    expect(decimalInput("-0.0000")).toBe("0");
    expect(decimalInput(12.5)).toBe("12,5");
  });

  it("never rounds or groups, so the input reads back as the same value", () => {
    expect(decimalInput("12345678901234.5678")).toBe("12345678901234,5678");
    expect(decimalInput(0.12345)).toBe("0,12345");
    const typed = decimalInput("1250000.5");
    expect(parseNlDecimal(typed)).toMatchObject({ ok: true, normalized: "1250000.5" });
  });

  it("leaves an empty input empty", () => {
    expect(decimalInput(null)).toBe("");
    expect(decimalInput(undefined)).toBe("");
    expect(decimalInput("")).toBe("");
  });
});

describe("percentages and chart numbers", () => {
  it("writes a percentage with one decimal at most and a non-breaking space before the sign, so the sign never starts a line", () => {
    expect(formatPercent(33.333)).toBe("33,3\u00a0%");
    expect(formatPercent(100)).toBe("100\u00a0%");
    expect(formatPercent(66.7, 0)).toBe("67\u00a0%");
  });

  it("keeps a fixed number of decimals, so averages line up", () => {
    expect(formatFixed(3, 1)).toBe("3,0");
    expect(formatFixed(2.25, 1)).toBe("2,3");
  });

  it("shortens axis ticks with Dutch words", () => {
    expect(formatCompactNumber(950)).toBe("950");
    expect(formatCompactNumber(12_500)).toBe("12,5K");
    expect(plain(formatCompactNumber(1_250_000))).toBe("1,3 mln.");
  });
});

describe("moments in Amsterdam", () => {
  it("names the Amsterdam day of a moment, not the UTC one", () => {
    expect(formatDay(new Date("2026-11-22T10:00:00Z"))).toBe("22 november 2026");
    expect(formatDay(new Date("2026-12-31T23:30:00Z"))).toBe("1 januari 2027");
  });

  it("labels a meeting with its weekday and Amsterdam times", () => {
    expect(formatMeeting(new Date("2027-07-15T12:00:00Z"), 60)).toBe("donderdag 15 juli 2027, 14:00–15:00");
    expect(formatMeeting(new Date("2027-01-15T13:00:00Z"), 90)).toBe("vrijdag 15 januari 2027, 14:00–15:30");
  });
});

describe("a sentence that ends in a name", () => {
  it("gets one full stop, also after a name that ends in one", () => {
    expect(sentence("Gebruikers en rollen van Groen Cateraars B.V.")).toBe("Gebruikers en rollen van Groen Cateraars B.V.");
    expect(sentence("Gebruikers en rollen van Gemeente Voorbeeldstad")).toBe("Gebruikers en rollen van Gemeente Voorbeeldstad.");
    expect(sentence("Wie doet wat?")).toBe("Wie doet wat?");
  });
});
