import { describe, expect, it } from "vitest";
import { confirmMessage, plausibilityFlags } from "@/lib/reports/plausibility";

describe("plausibilityFlags: three times or a third of the target or the previous quarter", () => {
  it("flags 12,5 against a target of 1,55, and says so in Dutch", () => {
    const flags = plausibilityFlags("12.5", { target: "1.55", previous: null });
    expect(flags).toEqual([{ against: "target", reference: "1.55", high: true }]);
    expect(confirmMessage(flags, "kg CO2e per maaltijd")).toBe(
      'Deze waarde is meer dan drie keer het doel (1,55\u00a0kg CO2e per maaltijd). Klopt ze? Licht haar toe bij "Toelichting"; daarna kun je indienen.',
    );
  });

  it("takes exactly three times and exactly a third as plausible, just beyond as not", () => {
    expect(plausibilityFlags("30", { target: "10", previous: null })).toEqual([]);
    expect(plausibilityFlags("30.0001", { target: "10", previous: null })).toHaveLength(1);
    expect(plausibilityFlags("10", { target: null, previous: "30" })).toEqual([]);
    expect(plausibilityFlags("9.9999", { target: null, previous: "30" })).toEqual([{ against: "previous", reference: "30", high: false }]);
  });

  it("flags against both references at once, and ignores references of zero or below and missing values", () => {
    expect(plausibilityFlags("100", { target: "10", previous: "20" }).map((f) => f.against)).toEqual(["target", "previous"]);
    expect(plausibilityFlags("5", { target: "0", previous: "-3" })).toEqual([]);
    expect(plausibilityFlags(null, { target: "10", previous: "10" })).toEqual([]);
  });
});
