// The bench's goals that depend on the data set: the number of contracts they name, the OCDS
// export's time, and the computed dashboard's goal, which grows with the set.
import { describe, expect, it } from "vitest";
import { largeShape } from "@/db/seed/large-shape";
import type { ScenarioResult } from "@/scripts/bench/report";
import { scaleGoals } from "@/scripts/bench/scale-goals";

const scenario = (p95: number): ScenarioResult => ({
  alone_ms: p95,
  p50_ms: p95,
  p95_ms: p95,
  p99_ms: p95,
  rps: 20,
  errors: 0,
  queries: 3,
  bytes: 1024,
  sql_ms: null,
  ratio_to_sql: null,
});

describe("scaleGoals", () => {
  it("holds the large set's computed dashboard to 300 ms and its contract dashboard to 300 ms", () => {
    const met = scaleGoals(largeShape("large"), { org_dashboard_cold: scenario(300), contract_dashboard: scenario(300) });
    expect(met).toMatchObject({ contracts: "2.000", ocdsSeconds: 30 });
    expect(Object.values(met.extra).map((g) => g.met)).toEqual([true, true]);
    const missed = scaleGoals(largeShape("large"), { org_dashboard_cold: scenario(301), contract_dashboard: scenario(301) });
    expect(missed.extra.org_dashboard_cold_p95).toMatchObject({ met: false, goal: expect.stringContaining("300 ms") });
    expect(missed.extra.contract_dashboard_p95.met).toBe(false);
  });

  it("names xl's 20.000 contracts, gives the export ten times the time, and checks the computed and contract dashboards", () => {
    const met = scaleGoals(largeShape("xl"), { org_dashboard_cold: scenario(1500), contract_dashboard: scenario(300) });
    expect(met.contracts).toBe("20.000");
    expect(met.ocdsSeconds).toBe(300);
    expect(Object.values(met.extra).map((g) => g.met)).toEqual([true, true]);
    const missed = scaleGoals(largeShape("xl"), { org_dashboard_cold: scenario(1501), contract_dashboard: scenario(301) });
    expect(missed.extra.org_dashboard_cold_p95).toMatchObject({ met: false, goal: expect.stringContaining("1.500 ms") });
    expect(missed.extra.contract_dashboard_p95.met).toBe(false);
  });
});
