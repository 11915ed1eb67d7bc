import { describe, expect, it } from "vitest";
import { FOOTPRINT_TEMPLATE, impactTonnes, rankPackages } from "@/lib/footprint/rules";

describe("ranking purchasing packages by footprint", () => {
  it("multiplies FTE by kg CO2e per FTE and puts the largest impact first, unknown packages after", () => {
    const ranked = rankPackages("1250.5", [
      { purchasingPackage: "schoonmaak", kgPerFte: "20", strategic: false },
      { purchasingPackage: "catering", kgPerFte: "133", strategic: true },
      { purchasingPackage: "ict", kgPerFte: null, strategic: false },
      { purchasingPackage: "gebouwen_installaties", kgPerFte: "410.25", strategic: false },
    ]);
    expect(ranked.map((p) => [p.purchasingPackage, p.rank, p.impactKg])).toEqual([
      ["gebouwen_installaties", 1, "513017.625"],
      ["catering", 2, "166316.5"],
      ["schoonmaak", 3, "25010"],
      ["ict", null, null],
    ]);
    expect(ranked[1]).toMatchObject({ label: "Catering", strategic: true });
  });

  it("gives equal impacts the same rank and ranks nothing without an FTE", () => {
    const figures = [
      { purchasingPackage: "catering", kgPerFte: "100", strategic: false },
      { purchasingPackage: "warme_dranken", kgPerFte: "100", strategic: false },
      { purchasingPackage: "werkomgeving", kgPerFte: "50", strategic: false },
    ];
    expect(rankPackages("10", figures).map((p) => p.rank)).toEqual([1, 1, 3]);
    expect(rankPackages(null, figures).every((p) => p.rank === null && p.impactKg === null)).toBe(true);
    expect(rankPackages("10", figures).map((p) => p.label)).toEqual(["Catering", "Warme dranken", "Werkomgeving"]);
  });

  it("shows tonnes to a tenth, no more precise than an average per FTE", () => {
    expect(impactTonnes("166316.5")).toBe(166.3);
    expect(impactTonnes("49")).toBe(0);
    expect(impactTonnes("50")).toBe(0.1);
  });

  it("fills only catering in the template, with the seed's 133 kg from six scans", () => {
    expect(Object.keys(FOOTPRINT_TEMPLATE)).toEqual(["catering"]);
    expect(FOOTPRINT_TEMPLATE.catering).toMatchObject({ kgPerFte: "133", sourceYear: 2023 });
    expect(FOOTPRINT_TEMPLATE.catering?.source).toMatch(/zes scans/);
  });
});
