import { describe, expect, it } from "vitest";
import { keepClosedKpis, NOT_REOPENED_MESSAGE } from "@/lib/reports/reopen";
import { versionCells } from "@/lib/reports/versions";

const snapshot = (value: string | null, explanation: string | null) => ({
  narrative: null,
  values: [{ kpiId: "k", name: "KPI", value, score: null, explanation }],
});

describe("versionCells", () => {
  it("marks a version whose value or explanation differs from the one before, never the first", () => {
    const cells = versionCells(
      [snapshot("41.5", "Facturen"), snapshot("41.5000", "Facturen"), snapshot("41.5", "Geteld"), snapshot("39", "Geteld")],
      "k",
    );
    expect(cells.map((c) => c.changed)).toEqual([false, false, true, true]);
  });
});

describe("keepClosedKpis", () => {
  const stored = [
    { kpiId: "open", value: "10.0000", score: null, explanation: "Oud", quantity: null },
    { kpiId: "closed", value: "41.5000", score: null, explanation: "Facturen", quantity: null },
  ];
  it("keeps a KPI that was not reopened at its stored value, typed back unchanged or left out", () => {
    const kept = keepClosedKpis({ open: { value: "12" }, closed: { value: "41,5", explanation: "Facturen" } }, stored, new Set(["open"]), [
      "open",
      "closed",
    ]);
    expect(kept.errors).toEqual({});
    expect(kept.entered.closed).toEqual({ value: "41,5", score: null, explanation: "Facturen", quantity: "" });
    expect(keepClosedKpis({ open: { value: "12" } }, stored, new Set(["open"]), ["open", "closed"]).entered.closed.value).toBe("41,5");
  });
  it("refuses a change to a KPI that was not reopened at its field", () => {
    const kept = keepClosedKpis({ closed: { value: "50" } }, stored, new Set(["open"]), ["open", "closed"]);
    expect(kept.errors).toEqual({ "values.closed": NOT_REOPENED_MESSAGE });
  });
  it("leaves everything open when the whole report was sent back", () => {
    expect(keepClosedKpis({ closed: { value: "50" } }, stored, null, ["open", "closed"]).errors).toEqual({});
  });
});
