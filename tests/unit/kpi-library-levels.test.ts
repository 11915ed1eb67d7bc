import { describe, expect, it } from "vitest";
import {
  levelInfo,
  levelMilestonesForContract,
  offsetLabel,
  quarterShift,
  shiftMilestones,
  shiftQuarterKey,
} from "@/lib/kpi-library/levels";
import { CreateTemplate } from "@/lib/kpi-library/schemas";
import { templateForm } from "../fixtures/kpi-library";

const INDICATOR = "00000000-0000-4000-8000-000000000001";

describe("template level → contract milestones", () => {
  it("turns quarter offsets into quarters from the contract's start quarter, across year ends", () => {
    const level = {
      milestones: [
        { offset: 4, value: "52.5" },
        { offset: 0, value: "45" },
        { offset: 7, value: "60.0" },
      ],
    };
    expect(levelMilestonesForContract(level, { startDate: "2025-07-01", endDate: "2028-06-30" })).toEqual({
      milestones: [
        { quarter: "2025-Q3", value: "45" },
        { quarter: "2026-Q3", value: "52.5" },
        { quarter: "2027-Q2", value: "60" },
      ],
      dropped: 0,
    });
  });

  it("starts from the quarter of a mid-quarter start date", () => {
    const level = {
      milestones: [
        { offset: 0, value: "1" },
        { offset: 1, value: "2" },
      ],
    };
    expect(levelMilestonesForContract(level, { startDate: "2026-02-15", endDate: "2027-12-31" }).milestones.map((m) => m.quarter)).toEqual([
      "2026-Q1",
      "2026-Q2",
    ]);
  });

  it("leaves out milestones after the end of a shorter contract and says how many", () => {
    const level = {
      milestones: [
        { offset: 0, value: "10" },
        { offset: 8, value: "20" },
        { offset: 12, value: "30" },
      ],
    };
    expect(levelMilestonesForContract(level, { startDate: "2026-01-01", endDate: "2027-12-31" })).toEqual({
      milestones: [{ quarter: "2026-Q1", value: "10" }],
      dropped: 2,
    });
  });

  it("moves another contract's path by the difference in start quarters", () => {
    const from = { startDate: "2025-01-01" };
    const to = { startDate: "2027-04-01", endDate: "2029-12-31" };
    expect(quarterShift(from, to)).toBe(9);
    expect(shiftQuarterKey("2024-Q4", 9)).toBe("2027-Q1");
    expect(
      shiftMilestones(
        [
          { quarter: "2025-Q4", value: "40.00" },
          { quarter: "2028-Q4", value: "60" },
        ],
        9,
        to,
      ),
    ).toEqual({ milestones: [{ quarter: "2028-Q1", value: "40" }], dropped: 1 });
  });

  it("labels offsets and levels in Dutch", () => {
    expect(offsetLabel(0)).toBe("bij de start");
    expect(offsetLabel(1)).toBe("na 1 kwartaal");
    expect(offsetLabel(9)).toBe("na 2 jaar en 1 kwartaal");
    expect(levelInfo("minimum").label).toBe("No-regret minimum");
  });
});

describe("template form", () => {
  it("reads three levels with decimal commas into offsets and canonical decimals", () => {
    const parsed = CreateTemplate.safeParse(templateForm(INDICATOR));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.levels.plus).toEqual({
      description: "Naar 60 % in twee jaar.",
      interpolation: "step",
      milestones: [
        { offset: 0, value: "45" },
        { offset: 4, value: "52.5" },
        { offset: 8, value: "60" },
      ],
    });
    expect(parsed.data?.malusRule).toBeNull();
  });

  it("puts each problem at its field: a dot decimal, a repeated offset, missing score meanings, a qualitative target of 5", () => {
    const parsed = CreateTemplate.safeParse(
      templateForm(INDICATOR, {
        kind: "qualitative",
        indicatorId: "",
        "scoreMeanings.1": "Niet",
        "levels.minimum.milestones.1.value": "12.5",
        "levels.plus.milestones.1.offset": "0",
        "levels.maximum.milestones.0.value": "3",
      }),
    );
    expect(parsed.success).toBe(false);
    const issues = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    // One round shows every problem: the cross-field checks run even though a field failed.
    expect(issues).toEqual({
      "levels.minimum.milestones.1.value": "Gebruik een komma voor decimalen, bijvoorbeeld 12,5.",
      "scoreMeanings.2": "Schrijf op wat score 2 betekent.",
      "scoreMeanings.3": "Schrijf op wat score 3 betekent.",
      "scoreMeanings.4": "Schrijf op wat score 4 betekent.",
      "levels.minimum.milestones.0.value": "Een kwalitatieve KPI heeft scores van 1 tot en met 4.",
      "levels.plus.milestones.0.value": "Een kwalitatieve KPI heeft scores van 1 tot en met 4.",
      "levels.plus.milestones.1.offset": "Dit kwartaal komt al voor.",
      "levels.plus.milestones.1.value": "Een kwalitatieve KPI heeft scores van 1 tot en met 4.",
      "levels.plus.milestones.2.value": "Een kwalitatieve KPI heeft scores van 1 tot en met 4.",
      "levels.maximum.milestones.1.value": "Een kwalitatieve KPI heeft scores van 1 tot en met 4.",
    });
  });

  it("reads the malus rule only for a result obligation, with the KPI's own malus form", () => {
    const effort = CreateTemplate.parse(templateForm(INDICATOR, { "malus.type": "fixed", "malus.amount": "2.500" }));
    expect(effort.malusRule).toBeNull();
    const result = CreateTemplate.parse(
      templateForm(INDICATOR, { obligation: "resultaat", "malus.type": "fixed", "malus.amount": "2.500" }),
    );
    expect(result.malusRule).toMatchObject({ type: "fixed", amountCents: 250_000 });
    const wrong = CreateTemplate.safeParse(templateForm(INDICATOR, { obligation: "resultaat", "malus.type": "fixed", "malus.amount": "" }));
    expect(wrong.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["malus.amount", "Vul het bedrag per kwartaal in."]]);
    // A template has no contract dates: assessed at completion yes, at named milestones no.
    const perUnit = { obligation: "resultaat", "malus.type": "per_unit_shortfall", "malus.centsPerUnit": "1,00", "malus.factor": "1,5" };
    const completion = CreateTemplate.parse(templateForm(INDICATOR, { ...perUnit, "malus.assessment": "completion" }));
    expect(completion.malusRule).toMatchObject({ assessment: { kind: "completion" } });
    const milestones = CreateTemplate.safeParse(
      templateForm(INDICATOR, { ...perUnit, "malus.assessment": "milestones", "malus.assessmentQuarters": "2027 K4" }),
    );
    expect(milestones.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["malus.assessment", "Mijlpalen horen bij een contract: kies hier 'bij oplevering' of stel de mijlpalen in bij de KPI."],
    ]);
  });
});
