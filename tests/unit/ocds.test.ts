// The pure parts of the OCDS export: units as UN/CEFACT codes (or money), Amsterdam dates with
// their offset, and the JSON Merge Patch that puts the Metrics extension into the release schema.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ocdsQuantity, ocdsUnit, SCORE_UNIT_NAME } from "@/lib/ocds/units";
import { amsterdamDayBounds, amsterdamIsoString } from "@/lib/time";
import { mergePatch, ocdsPackageValidator, releaseSchemaId } from "../fixtures/ocds-schema";

describe("OCDS units", () => {
  it.each([
    ["P1", "%", "P1"],
    ["TNE", "ton CO2e", "TNE"],
    ["KGM", "kg", "KGM"],
    ["KWH", "kWh", "KWH"],
    ["MTQ", "m³", "MTQ"],
    ["C62", "trede", "C62"],
    ["H87", "stuks", "H87"],
  ])("gives %s its UN/CEFACT Rec 20 code with the indicator's label as name", (unitCode, unitLabel, id) => {
    expect(ocdsUnit({ unitCode, unitLabel })).toEqual({ name: unitLabel, scheme: "UNCEFACT", id });
    expect(ocdsQuantity({ unitCode, unitLabel }, "12.5000")).toEqual({ measure: 12.5, unit: { name: unitLabel, scheme: "UNCEFACT", id } });
  });

  it("puts euros in value with the currency, not in a measure", () => {
    expect(ocdsQuantity({ unitCode: "EUR", unitLabel: "€ MKI per ton" }, "38.5000")).toEqual({
      value: { amount: 38.5, currency: "EUR" },
      unit: { name: "€ MKI per ton" },
    });
  });

  it("names a unit without a code only by its name: an unknown code, or the 1–4 score of a qualitative KPI", () => {
    expect(ocdsUnit({ unitCode: "XYZ", unitLabel: "maaltijden" })).toEqual({ name: "maaltijden" });
    expect(ocdsUnit(null)).toEqual({ name: SCORE_UNIT_NAME });
    expect(ocdsQuantity(null, 3)).toEqual({ measure: 3, unit: { name: "score (1–4)" } });
  });
});

describe("Amsterdam dates for OCDS", () => {
  it("writes the wall time with the offset of the day: winter +01:00, summer +02:00", () => {
    expect(amsterdamIsoString(new Date("2027-01-15T13:00:00Z"))).toBe("2027-01-15T14:00:00+01:00");
    expect(amsterdamIsoString(new Date("2027-07-15T12:00:00.750Z"))).toBe("2027-07-15T14:00:00+02:00");
    // The quarter ends after the clocks went forward on the last Sunday of March.
    expect(amsterdamDayBounds("2027-01-01")).toEqual({ start: "2027-01-01T00:00:00+01:00", end: "2027-01-01T23:59:59+01:00" });
    expect(amsterdamDayBounds("2027-03-31")).toEqual({ start: "2027-03-31T00:00:00+02:00", end: "2027-03-31T23:59:59+02:00" });
    expect(amsterdamDayBounds("2027-10-31").end).toBe("2027-10-31T23:59:59+01:00");
  });
});

describe("the Metrics extension as a JSON Merge Patch", () => {
  it("follows RFC 7386: objects merge, null removes, arrays and scalars replace", () => {
    // The examples of RFC 7386, appendix A.
    expect(mergePatch({ a: "b" }, { a: "c" })).toEqual({ a: "c" });
    expect(mergePatch({ a: "b" }, { b: "c" })).toEqual({ a: "b", b: "c" });
    expect(mergePatch({ a: "b" }, { a: null })).toEqual({});
    expect(mergePatch({ a: "b", b: "c" }, { a: null })).toEqual({ b: "c" });
    expect(mergePatch({ a: ["b"] }, { a: "c" })).toEqual({ a: "c" });
    expect(mergePatch({ a: "c" }, { a: ["b"] })).toEqual({ a: ["b"] });
    expect(mergePatch({ a: { b: "c" } }, { a: { b: "d", c: null } })).toEqual({ a: { b: "d" } });
    expect(mergePatch({ a: [{ b: "c" }] }, { a: [1] })).toEqual({ a: [1] });
    expect(mergePatch(["a", "b"], ["c", "d"])).toEqual(["c", "d"]);
    expect(mergePatch({ a: "b" }, ["c"])).toEqual(["c"]);
    expect(mergePatch({ a: "foo" }, null)).toBeNull();
    expect(mergePatch({ e: null }, { a: 1 })).toEqual({ e: null, a: 1 });
    expect(mergePatch([1, 2], { a: "b", c: null })).toEqual({ a: "b" });
    expect(mergePatch({}, { a: { bb: { ccc: null } } })).toEqual({ a: { bb: {} } });
  });

  it("adds agreedMetrics and implementation.metrics to the release schema and keeps what was there", () => {
    const read = (file: string) => JSON.parse(fs.readFileSync(new URL(`../fixtures/ocds/${file}`, import.meta.url), "utf8"));
    const release = read("release-schema.json");
    const merged = mergePatch(release, read("metrics-extension/release-schema.json")) as typeof release;
    expect(Object.keys(merged.definitions.Contract.properties)).toEqual([
      ...Object.keys(release.definitions.Contract.properties),
      "agreedMetrics",
    ]);
    expect(merged.definitions.Contract.required).toEqual(["id", "awardID"]);
    expect(merged.definitions.Implementation.properties.metrics.items).toEqual({ $ref: "#/definitions/Metric" });
    expect(merged.definitions.Metric.required).toEqual(["id"]);
    // The package schema finds the merged release schema under the id it refers to.
    expect(read("release-package-schema.json").properties.releases.items.$ref).toBe(releaseSchemaId());
    const validate = ocdsPackageValidator();
    const pkg = (contract: object) => ({
      version: "1.1",
      releases: [
        {
          ocid: "ocds-x-1",
          id: "1",
          date: "2027-01-01T00:00:00+01:00",
          tag: ["contract"],
          initiationType: "tender",
          contracts: [contract],
        },
      ],
    });
    expect(validate(pkg({ id: "1", awardID: "1", agreedMetrics: [{ id: "m", observations: [{ id: "o", measure: 1 }] }] })).valid).toBe(
      true,
    );
    expect(validate(pkg({ id: "1", awardID: "1", agreedMetrics: [{ title: "zonder id" }] })).valid).toBe(false);
  });
});
