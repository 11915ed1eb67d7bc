import { describe, expect, it } from "vitest";
import { auditDiff, auditValue } from "@/lib/audit-log/diff";
import { decodeCursor, encodeCursor, parseAuditFilters } from "@/lib/audit-log/filters";

describe("auditDiff", () => {
  it("lists only the fields that changed, with Dutch names, and leaves bookkeeping out", () => {
    const before = { id: "1", version: 3, title: "Catering", status: "draft", valueCents: 100, updatedAt: "x" };
    const after = { id: "1", version: 4, title: "Catering stadhuis", status: "draft", valueCents: 100, updatedAt: "y" };
    expect(auditDiff(before, after)).toEqual([{ field: "title", label: "Titel", before: "Catering", after: "Catering stadhuis" }]);
  });

  it("shows what was added or removed as empty on the other side, and unknown fields by their name", () => {
    expect(auditDiff(null, { role: "viewer", reasonCode: "x" })).toEqual([
      { field: "role", label: "Rol", before: null, after: "viewer" },
      { field: "reasonCode", label: "reasonCode", before: null, after: "x" },
    ]);
    expect(auditDiff({ email: "a@b.nl" }, null)).toEqual([{ field: "email", label: "E-mailadres", before: "a@b.nl", after: null }]);
  });

  it("writes yes/no, lists and objects out, and finds nothing when nothing changed", () => {
    expect(auditValue(true)).toBe("ja");
    expect(auditValue([1, 2])).toBe("[1,2]");
    expect(auditDiff({ knockOut: false, replaces: [{ role: "viewer" }] }, { knockOut: true, replaces: [{ role: "viewer" }] })).toEqual([
      { field: "knockOut", label: "Knock-out", before: "nee", after: "ja" },
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
    const { filters, errors } = parseAuditFilters({ persoon: "'; drop table", soort: "KPI!", van: "31-12-2026", contract: "x" });
    expect(filters).toEqual({});
    expect(errors).toEqual({
      person: "Kies een persoon uit de lijst.",
      contract: "Kies een contract uit de lijst.",
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
