import { describe, expect, it } from "vitest";
import { kpiFieldErrors, milestoneErrors } from "@/lib/kpis/definition";
import { describeQuarterSet, kpiHistoryEvents, kpiSetForQuarter, type KpiHistoryFields } from "@/lib/kpis/history";
import { malusFormValues, SetMalusRule } from "@/lib/malus/rule-form";
import { contractHasStarted, firstActiveQuarter, mayDecideOnProposal } from "@/lib/kpis/proposal";
import { ProposeKpi } from "@/lib/kpis/schemas";
import { quarterFromKey } from "@/lib/periods";
import { pathInterpolation } from "@/lib/kpis/rules";

const contract = { startDate: "2027-02-15", endDate: "2029-12-31" };

describe("proposal rules", () => {
  it("only the other side decides", () => {
    expect(mayDecideOnProposal("supplier", "buyer")).toBe(true);
    expect(mayDecideOnProposal("buyer", "buyer")).toBe(false);
    expect(mayDecideOnProposal("supplier", "supplier")).toBe(false);
  });

  it("a contract has started on its start date, not the day before", () => {
    expect(contractHasStarted(contract, "2027-02-14")).toBe(false);
    expect(contractHasStarted(contract, "2027-02-15")).toBe(true);
  });

  it("an accepted KPI counts from the first quarter before the start, from the current quarter after it", () => {
    expect(firstActiveQuarter(contract, "2026-11-22")).toBe("2027-Q1");
    expect(firstActiveQuarter(contract, "2027-03-31")).toBe("2027-Q1");
    expect(firstActiveQuarter(contract, "2028-05-01")).toBe("2028-Q2");
  });
});

describe("KPI field rules", () => {
  it("a quantitative KPI needs an indicator, a qualitative one four score meanings", () => {
    expect(kpiFieldErrors({ kind: "quantitative", obligation: "inspanning" })).toEqual({
      indicatorId: "Kies de indicator waarin deze KPI gemeten wordt.",
    });
    expect(Object.keys(kpiFieldErrors({ kind: "qualitative", obligation: "inspanning", scoreMeanings: { "1": "a", "2": " " } }))).toEqual([
      "scoreMeanings.2",
      "scoreMeanings.3",
      "scoreMeanings.4",
    ]);
  });

  it("a malus only on a result obligation", () => {
    const malusRule = { type: "fixed" as const, amountCents: 100 };
    expect(kpiFieldErrors({ kind: "quantitative", obligation: "inspanning", indicatorId: "x", malusRule })).toEqual({
      malusRule: "Alleen een resultaatverplichting kan een malus hebben.",
    });
    expect(kpiFieldErrors({ kind: "quantitative", obligation: "resultaat", indicatorId: "x", malusRule })).toEqual({});
  });

  it("milestones lie within the contract's quarters", () => {
    const path = {
      interpolation: "step" as const,
      milestones: [
        { quarter: "2026-Q4", value: "1" },
        { quarter: "2029-Q4", value: "2" },
      ],
    };
    expect(milestoneErrors(contract, path, "quantitative")).toEqual({
      milestones: "De mijlpaal van 2026 K4 valt buiten de looptijd van het contract.",
    });
  });

  it("a qualitative KPI's baseline and targets are whole scores 1–4, each named at its field", () => {
    const meanings = { "1": "a", "2": "b", "3": "c", "4": "d" };
    const qualitative = {
      kind: "qualitative" as const,
      obligation: "inspanning" as const,
      scoreMeanings: meanings,
      baselineQuarter: "2027-Q1",
    };
    expect(kpiFieldErrors({ ...qualitative, baselineValue: "2.5" })).toEqual({
      baselineValue: "De nulmeting is een hele score: kies 1, 2, 3 of 4.",
    });
    expect(kpiFieldErrors({ ...qualitative, baselineValue: "5" })).toHaveProperty("baselineValue");
    expect(kpiFieldErrors({ ...qualitative, baselineValue: "0" })).toHaveProperty("baselineValue");
    expect(kpiFieldErrors({ ...qualitative, baselineValue: "2" })).toEqual({});
    expect(kpiFieldErrors({ ...qualitative, baselineValue: "2.0000" })).toEqual({});
    // A quantitative KPI keeps its decimals.
    expect(
      kpiFieldErrors({
        kind: "quantitative",
        obligation: "inspanning",
        indicatorId: "x",
        baselineValue: "2.5",
        baselineQuarter: "2027-Q1",
      }),
    ).toEqual({});
    const path = {
      interpolation: "step" as const,
      milestones: [
        { quarter: "2027-Q2", value: "2.25" },
        { quarter: "2028-Q1", value: "3" },
        { quarter: "2029-Q1", value: "4.5" },
      ],
    };
    expect(milestoneErrors(contract, path, "qualitative")).toEqual({
      "milestones.0.value": "Het doel is een hele score: kies 1, 2, 3 of 4.",
      "milestones.2.value": "Het doel is een hele score: kies 1, 2, 3 of 4.",
    });
    expect(milestoneErrors(contract, path, "quantitative")).toEqual({});
  });

  it("refuses a score that is not whole already when the form is read", () => {
    const parsed = ProposeKpi.safeParse({
      contractId: "00000000-0000-4000-8000-000000000001",
      name: "Samenwerking in de keten",
      kind: "qualitative",
      obligation: "inspanning",
      "scoreMeanings.1": "a",
      "scoreMeanings.2": "b",
      "scoreMeanings.3": "c",
      "scoreMeanings.4": "d",
      baselineValue: "2,5",
      baselineQuarter: "2027 K1",
      "milestones.0.quarter": "2027 K4",
      "milestones.0.value": "3",
      "milestones.1.quarter": "2028 K4",
      "milestones.1.value": "3,5",
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toEqual([
      ["baselineValue", "De nulmeting is een hele score: kies 1, 2, 3 of 4."],
      ["milestones.1.value", "Het doel is een hele score: kies 1, 2, 3 of 4."],
    ]);
  });

  it("runs a qualitative KPI's path stepwise, whatever was chosen", () => {
    expect(pathInterpolation("qualitative", "linear")).toBe("step");
    expect(pathInterpolation("quantitative", "linear")).toBe("linear");
  });
});

describe("KPI set of a quarter", () => {
  const kpi = (id: string, fields: Partial<KpiHistoryFields>): KpiHistoryFields => ({
    id,
    name: id,
    status: "active",
    activeFrom: "2027-Q1",
    retiredFrom: null,
    retiredReason: null,
    ...fields,
  });
  const kpis = [
    kpi("co2", {}),
    kpi("waste", { status: "retired", retiredFrom: "2027-Q3", retiredReason: "Niet meer relevant" }),
    kpi("protein", { activeFrom: "2027-Q2" }),
    kpi("draft", { status: "proposed", activeFrom: null }),
    kpi("no", { status: "rejected", activeFrom: null }),
  ];

  it("derives active, added and retired KPIs from the history", () => {
    const q2 = kpiSetForQuarter(kpis, quarterFromKey("2027-Q2"));
    expect(q2.active.map((k) => k.id)).toEqual(["co2", "waste", "protein"]);
    expect(q2.added.map((k) => k.id)).toEqual(["protein"]);
    const q3 = kpiSetForQuarter(kpis, quarterFromKey("2027-Q3"));
    expect(q3.active.map((k) => k.id)).toEqual(["co2", "protein"]);
    expect(q3.retired.map((k) => [k.id, k.retiredReason])).toEqual([["waste", "Niet meer relevant"]]);
  });

  it("lists additions and retirements in quarter order; proposals never counted", () => {
    expect(kpiHistoryEvents(kpis).map((e) => `${e.quarter} ${e.kind} ${e.kpiId}`)).toEqual([
      "2027-Q1 added co2",
      "2027-Q1 added waste",
      "2027-Q2 added protein",
      "2027-Q3 retired waste",
    ]);
  });
});

describe("forms", () => {
  it("reads the malus form into a rule, only the fields of the chosen type, and back", () => {
    const parsed = SetMalusRule.parse({
      id: crypto.randomUUID(),
      version: "3",
      type: "fixed",
      amount: "2.500,50",
      percent: "999",
      toleranceKind: "percent_of_target",
      toleranceValue: "5",
      capQuarterKind: "none",
      capYearKind: "percent_of_contract",
      capYearValue: "2,5",
    });
    expect(parsed.rule).toEqual({
      type: "fixed",
      amountCents: 250050,
      tolerance: { kind: "percent_of_target", percent: "5" },
      caps: { perQuarter: null, perYear: { kind: "percent_of_contract", percent: "2.5" }, perContract: null },
    });
    expect(malusFormValues(parsed.rule)).toMatchObject({
      type: "fixed",
      amount: "2.500,50",
      capYearKind: "percent_of_contract",
      capYearValue: "2,5",
    });
    expect(SetMalusRule.parse({ id: crypto.randomUUID(), version: "1", type: "none" }).rule).toBeNull();
  });

  it("reports a missing amount on its own field", () => {
    const result = SetMalusRule.safeParse({ id: crypto.randomUUID(), version: "1", type: "per_unit_shortfall", centsPerUnit: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["centsPerUnit", "Vul het bedrag per eenheid in."]]);
  });

  it("nests flat milestone rows and score meanings and drops trailing empty rows", () => {
    const parsed = ProposeKpi.parse({
      contractId: crypto.randomUUID(),
      name: "Keurmerk",
      // Quantitative, so the half-filled meanings are only nested here, not refused.
      kind: "quantitative",
      obligation: "inspanning",
      "scoreMeanings.1": "Geen",
      "scoreMeanings.4": "Volledig",
      "milestones.0.quarter": "2027 K4",
      "milestones.0.value": "3",
      "milestones.1.quarter": "",
      "milestones.1.value": "",
    });
    expect(parsed.milestones).toEqual([{ quarter: "2027-Q4", value: "3" }]);
    expect(parsed.scoreMeanings).toEqual({ "1": "Geen", "2": "", "3": "", "4": "Volledig" });
    expect(parsed.weight).toBe("1");
  });
});

describe("the KPI set of a quarter in words", () => {
  const kpis = [{ name: "CO2" }, { name: "Restafval" }];
  it("says a quarter to come has not started and has no data, rather than that no KPI counted", () => {
    expect(describeQuarterSet([], "future")).toBe(
      "Dit kwartaal is nog niet begonnen; er zijn nog geen gegevens en nog geen afgesproken KPI's die dan meetellen.",
    );
    expect(describeQuarterSet(kpis, "future")).toBe(
      "Dit kwartaal is nog niet begonnen; er zijn nog geen gegevens. Dan tellen 2 afgesproken KPI's mee: CO2, Restafval.",
    );
    expect(describeQuarterSet(kpis.slice(0, 1), "future")).toBe(
      "Dit kwartaal is nog niet begonnen; er zijn nog geen gegevens. Dan telt 1 afgesproken KPI mee: CO2.",
    );
  });
  it("says which KPIs counted in a quarter that ran, and when none did", () => {
    expect(describeQuarterSet([], "past")).toBe("In dit kwartaal telde geen enkele KPI.");
    expect(describeQuarterSet([], "current")).toBe("In dit kwartaal telt nog geen enkele KPI.");
    expect(describeQuarterSet(kpis, "past")).toBe("2 actieve KPI's: CO2, Restafval.");
  });
});
