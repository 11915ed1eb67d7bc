import { describe, expect, it } from "vitest";
import { divideRounded, fromScaled, normalizeDecimal, percentOfCents, toScaled } from "@/lib/decimal";

describe("toScaled: decimals as integers with four places", () => {
  it.each([
    ["12.5", 125_000n],
    ["12.5000", 125_000n],
    [12.5, 125_000n],
    ["-3.25", -32_500n],
    [".5", 5_000n],
    ["0", 0n],
    // Beyond four places: half away from zero, on both sides of zero.
    ["0.00005", 1n],
    ["0.00004", 0n],
    ["-0.00005", -1n],
    ["1.23456", 12_346n],
  ])("%j → %s", (input, scaled) => {
    expect(toScaled(input)).toBe(scaled);
  });

  it("reads 0.1 and 0.2 typed as numbers exactly, so they add up to 0.3", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; as scaled integers 1000 + 2000 = 3000.
    expect(fromScaled(toScaled(0.1) + toScaled(0.2))).toBe("0.3");
  });

  it.each(["12,5", "1e3", "twaalf", "", "1.2.3"])("refuses %j", (input) => {
    expect(() => toScaled(input)).toThrow(RangeError);
  });

  it("refuses NaN and infinity", () => {
    expect(() => toScaled(Number.NaN)).toThrow(RangeError);
    expect(() => toScaled(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("fromScaled and normalizeDecimal", () => {
  it("drop trailing zeros and keep the sign", () => {
    expect(fromScaled(125_000n)).toBe("12.5");
    expect(fromScaled(130_000n)).toBe("13");
    expect(fromScaled(-2_500n)).toBe("-0.25");
    expect(fromScaled(1n)).toBe("0.0001");
    expect(normalizeDecimal("040.1000")).toBe("40.1");
  });
});

describe("divideRounded: half away from zero", () => {
  it.each([
    [5n, 2n, 3n], // 2.5 → 3
    [-5n, 2n, -3n], // −2.5 → −3
    [7n, -2n, -4n], // −3.5 → −4
    [4n, 3n, 1n], // 1.33 → 1
    [5n, 3n, 2n], // 1.67 → 2
  ])("%s / %s = %s", (n, d, q) => {
    expect(divideRounded(n, d)).toBe(q);
  });

  it("refuses division by zero", () => {
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });
});

describe("percentOfCents", () => {
  it.each([
    [100_000, "5", 5_000], // 5 % of € 1.000,00 = € 50,00
    [250, "1", 3], // 2,5 cents → 3
    [150, "1", 2], // 1,5 cents → 2
    [1_234_567, "2.5", 30_864], // 30 864,175 → 30 864
  ])("%i cents × %s percent = %i cents", (cents, percent, expected) => {
    expect(percentOfCents(cents, percent)).toBe(expected);
  });
});
