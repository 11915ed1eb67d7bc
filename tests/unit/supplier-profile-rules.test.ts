import { describe, expect, it } from "vitest";
import { expiryNoticeDue, expiryOf, factValueText, profileSourceKind, servesQuarter, sourceFactFor } from "@/lib/supplier-profile/rules";

const ladder = (validFrom: string | null, validUntil: string | null, value: string | null = "4.0000") => ({
  kind: "co2_ladder" as const,
  value,
  validFrom,
  validUntil,
});

describe("expiryOf", () => {
  it("warns within sixty days before the last valid day and marks the day after it expired", () => {
    expect(expiryOf(null, "2026-12-07")).toBe("valid");
    expect(expiryOf("2027-02-06", "2026-12-07")).toBe("valid");
    expect(expiryOf("2027-02-05", "2026-12-07")).toBe("expiring");
    expect(expiryOf("2026-12-07", "2026-12-07")).toBe("expiring");
    expect(expiryOf("2026-12-06", "2026-12-07")).toBe("expired");
  });
});

describe("which KPI takes its value from which fact", () => {
  it("offers the ladder step to a KPI on the CO2-Prestatieladder only", () => {
    expect(profileSourceKind("co2_ladder")).toBe("co2_ladder");
    expect(profileSourceKind("co2e")).toBeNull();
    expect(profileSourceKind("social_return")).toBeNull();
    expect(profileSourceKind("__proto__")).toBeNull();
    expect(profileSourceKind(null)).toBeNull();
  });

  it("takes a fact that was valid on some day of the quarter and holds a value", () => {
    const q = { year: 2026, quarter: 2 as const };
    expect(servesQuarter(ladder(null, null), q)).toBe(true);
    expect(servesQuarter(ladder("2026-06-30", null), q)).toBe(true);
    expect(servesQuarter(ladder("2026-07-01", null), q)).toBe(false);
    expect(servesQuarter(ladder(null, "2026-04-01"), q)).toBe(true);
    expect(servesQuarter(ladder(null, "2026-03-31"), q)).toBe(false);
    expect(servesQuarter(ladder(null, null, null), q)).toBe(false);
    const facts = [
      { ...ladder(null, "2026-03-31"), id: "old" },
      { ...ladder("2026-04-01", null), id: "new" },
    ];
    expect(sourceFactFor(facts, "co2_ladder", q)?.id).toBe("new");
    expect(sourceFactFor(facts, "plant_protein", q)).toBeNull();
  });
});

describe("factValueText", () => {
  it("says a step, a footprint and a percentage the Dutch way", () => {
    expect(factValueText({ kind: "co2_ladder", value: "4.0000" })).toBe("trede 4");
    expect(factValueText({ kind: "footprint", value: "1250.5000" })).toBe("1.250,5 ton CO2e");
    expect(factValueText({ kind: "social_return", value: "5.0000" })).toBe("5 %");
    expect(factValueText({ kind: "iso14001", value: null })).toBeNull();
  });
});

describe("expiryNoticeDue", () => {
  it("count the latest one reached, and nothing once expired or without an end", () => {
    expect(expiryNoticeDue("2027-03-31", "2027-01-30")).toBe(60);
    expect(expiryNoticeDue("2027-03-31", "2027-01-29")).toBeNull();
    expect(expiryNoticeDue("2027-03-31", "2027-03-17")).toBe(14);
    expect(expiryNoticeDue("2027-03-31", "2027-03-31")).toBe(14);
    expect(expiryNoticeDue("2027-03-31", "2027-04-01")).toBeNull();
    expect(expiryNoticeDue(null, "2027-04-01")).toBeNull();
  });
});
