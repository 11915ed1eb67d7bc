import { describe, expect, it } from "vitest";
import { aggregateValues, codeFromName, groupCatalogue, unitOptions, valueRange, valueRangeError } from "@/lib/indicators/rules";

describe("aggregateValues: how values of an indicator add up across contracts", () => {
  const contracts = [
    { value: 120, weight: 1_000 },
    { value: 80, weight: 3_000 },
  ];

  it("sums tonnes of CO2e", () => {
    expect(aggregateValues({ aggregation: "sum" }, contracts)).toBe(200);
  });

  it("averages plainly, each contract counting once (CO2-Prestatieladder level)", () => {
    expect(aggregateValues({ aggregation: "average" }, [{ value: 3 }, { value: 5 }, { value: 4 }])).toBe(4);
  });

  it("weights an average by volume: 1.000 t at 120 and 3.000 t at 80 make 90, not 100", () => {
    expect(aggregateValues({ aggregation: "weighted_average" }, contracts)).toBe(90);
  });

  it("leaves contributions without a positive weight out of a weighted average", () => {
    const values = [...contracts, { value: 1_000, weight: 0 }, { value: 1_000 }, { value: 1_000, weight: -5 }];
    expect(aggregateValues({ aggregation: "weighted_average" }, values)).toBe(90);
  });

  it("gives no figure (null) for no contributions or no weight at all, never a misleading zero", () => {
    expect(aggregateValues({ aggregation: "sum" }, [])).toBeNull();
    expect(aggregateValues({ aggregation: "average" }, [])).toBeNull();
    expect(aggregateValues({ aggregation: "weighted_average" }, [{ value: 5 }, { value: 7, weight: 0 }])).toBeNull();
  });

  it("ignores values that are not numbers", () => {
    expect(aggregateValues({ aggregation: "sum" }, [{ value: 1 }, { value: Number.NaN }, { value: 2 }])).toBe(3);
  });

  it("has no float noise: 0,1 + 0,2 is 0,3", () => {
    expect(aggregateValues({ aggregation: "sum" }, [{ value: 0.1 }, { value: 0.2 }])).toBe(0.3);
  });

  it("refuses an unknown aggregation loudly", () => {
    expect(() => aggregateValues({ aggregation: "median" }, [{ value: 1 }])).toThrow(/Onbekende optelwijze/);
  });
});

describe("value ranges", () => {
  const percent = { unitCode: "P1", unitLabel: "%", minValue: null, maxValue: null };
  const tonnes = { unitCode: "TNE", unitLabel: "ton CO2e", minValue: "0.0000", maxValue: null };

  it("a percentage lies between 0 and 100, even without a stored min and max", () => {
    expect(valueRange(percent)).toEqual({ min: 0, max: 100 });
    expect(valueRangeError(percent, 100)).toBeNull();
    expect(valueRangeError(percent, 100.5)).toBe("De waarde mag niet hoger zijn dan 100 %.");
    expect(valueRangeError(percent, -1)).toBe("De waarde mag niet lager zijn dan 0 %.");
  });

  it("a percentage with a narrower stored range keeps that range", () => {
    expect(valueRange({ ...percent, minValue: "10", maxValue: "50" })).toEqual({ min: 10, max: 50 });
  });

  it("other units use the stored bounds, with the unit in the message", () => {
    expect(valueRangeError(tonnes, 1e9)).toBeNull();
    expect(valueRangeError(tonnes, -0.5)).toBe("De waarde mag niet lager zijn dan 0 ton CO2e.");
    expect(valueRangeError({ ...tonnes, minValue: null }, -0.5)).toBeNull();
  });
});

describe("the catalogue", () => {
  it("makes a code from a Dutch name", () => {
    expect(codeFromName("Aandeel lokale leveranciers")).toBe("aandeel_lokale_leveranciers");
    expect(codeFromName("  CO₂ per fte (één team)!")).toBe("co2_per_fte_een_team");
  });

  it("offers every unit with its UN/CEFACT code", () => {
    expect(unitOptions).toEqual(
      expect.arrayContaining([
        { value: "TNE", label: "ton (TNE)" },
        { value: "P1", label: "procent (P1)" },
      ]),
    );
  });

  it("groups global and own indicators, each by name", () => {
    const rows = [
      { ownerOrgId: "a", name: "Zonnepanelen" },
      { ownerOrgId: null, name: "Restafval" },
      { ownerOrgId: "a", name: "Aandeel lokaal" },
      { ownerOrgId: null, name: "CO2-uitstoot" },
    ];
    const grouped = groupCatalogue(rows);
    expect(grouped.global.map((r) => r.name)).toEqual(["CO2-uitstoot", "Restafval"]);
    expect(grouped.own.map((r) => r.name)).toEqual(["Aandeel lokaal", "Zonnepanelen"]);
  });
});
