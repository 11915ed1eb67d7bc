import { describe, expect, it } from "vitest";
import { auditDiff, auditValue } from "@/lib/audit-log/diff";
import { decodeCursor, encodeCursor, parseAuditFilters } from "@/lib/audit-log/filters";

describe("auditDiff", () => {
  it("lists only the fields that changed, with Dutch names, and leaves bookkeeping out", () => {
    const before = { id: "1", version: 3, title: "Catering", status: "draft", valueCents: 100, updatedAt: "x" };
    const after = { id: "1", version: 4, title: "Catering stadhuis", status: "draft", valueCents: 100, updatedAt: "y" };
    expect(auditDiff(before, after)).toEqual([{ field: "title", label: "Titel", before: "Catering", after: "Catering stadhuis" }]);
  });

  it("shows what was added or removed as empty on the other side, choices in Dutch and unknown fields by their name", () => {
    expect(auditDiff(null, { role: "viewer", reasonCode: "x" })).toEqual([
      { field: "role", label: "Rol", before: null, after: "lezer" },
      { field: "reasonCode", label: "reasonCode", before: null, after: "x" },
    ]);
    expect(auditDiff({ email: "a@b.nl" }, null)).toEqual([{ field: "email", label: "E-mailadres", before: "a@b.nl", after: null }]);
  });

  it("leaves references to other rows out: the log names the object itself", () => {
    expect(auditDiff(null, { id: "k1", contractId: "c1", themeIds: ["t1"], name: "Afval" })).toEqual([
      { field: "name", label: "Naam", before: null, after: "Afval" },
    ]);
  });

  it("writes yes/no, moments, quarters, lists and structures as a person reads them", () => {
    expect(auditValue(true)).toBe("ja");
    expect(auditValue(1250.5)).toBe("1.250,5");
    // A numeric column as the database hands it over, and an amount in cents.
    expect(auditValue("1.00")).toBe("1");
    expect(auditValue("12.3450")).toBe("12,345");
    expect(auditDiff({ valueCents: 1_200_000_00 }, { valueCents: 1_250_000_50 })).toEqual([
      { field: "valueCents", label: "Waarde", before: "€\u00a01.200.000,00", after: "€\u00a01.250.000,50" },
    ]);
    expect(auditValue("2026-Q3")).toBe("2026 K3");
    expect(auditValue("2026-12-05T12:31:03.374Z")).toBe("5 dec 2026, 13:31");
    expect(auditValue(["lezer", "beheerder"])).toBe("lezer, beheerder");
    expect(auditValue([{ quarter: "2026-Q3" }, { quarter: "2027-Q3" }])).toBe("2 regels");
    expect(auditValue({ milestones: [] })).toBe("vastgelegd");
    expect(auditDiff({ knockOut: false, replaces: [{ role: "viewer" }] }, { knockOut: true, replaces: [{ role: "viewer" }] })).toEqual([
      { field: "knockOut", label: "Knock-out", before: "nee", after: "ja" },
    ]);
    // A structure that changed but reads the same on both sides still shows as changed.
    expect(auditDiff({ growthPath: { milestones: [1] } }, { growthPath: { milestones: [2] } })).toEqual([
      { field: "growthPath", label: "Groeipad", before: "vastgelegd", after: "gewijzigd" },
    ]);
    expect(auditDiff({ a: 1 }, { a: 1 })).toEqual([]);
    expect(auditDiff(null, null)).toEqual([]);
  });
});

describe("parseAuditFilters", () => {
  const person = "0f1e2d3c-4b5a-4697-8877-665544332211";

  it("reads the Dutch names of the address", () => {
    expect(parseAuditFilters({ persoon: person, soort: "kpi", van: "2026-01-01", tot: "2026-03-31" })).toEqual({
      filters: { person, kind: "kpi", from: "2026-01-01", to: "2026-03-31" },
      errors: {},
    });
  });

  it("leaves out what cannot be right and says so at the field", () => {
    const { filters, errors } = parseAuditFilters({
      persoon: "'; drop table",
      soort: "KPI!",
      van: "31-12-2026",
      contract: "x".repeat(201),
    });
    expect(filters).toEqual({});
    expect(errors).toEqual({
      person: "Kies een persoon uit de lijst.",
      contract: "Zoek met hoogstens 200 tekens.",
      kind: "Kies een soort wijziging uit de lijst.",
      from: "Vul een datum in als dd-mm-jjjj.",
    });
  });

  it("refuses an end before the start", () => {
    expect(parseAuditFilters({ van: "2026-04-01", tot: "2026-03-31" })).toEqual({
      filters: { from: "2026-04-01" },
      errors: { to: "De einddatum ligt voor de begindatum." },
    });
  });
});

describe("the page cursor", () => {
  it("round-trips, and anything else reads as the first page", () => {
    const cursor = { at: "1796472162963162", id: "0f1e2d3c-4b5a-4697-8877-665544332211" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const text of [
      undefined,
      "",
      "bm9nIGVlbiBjdXJzb3I",
      "x".repeat(500),
      Buffer.from(JSON.stringify({ at: "gisteren", id: "0f1e2d3c-4b5a-4697-8877-665544332211" })).toString("base64url"),
    ]) {
      expect(decodeCursor(text)).toBeNull();
    }
  });
});
