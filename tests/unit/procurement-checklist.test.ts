import { describe, expect, it } from "vitest";
import { PROCUREMENT_STEPS } from "@/lib/guidance/procurement/content";
import {
  checklistProgress,
  parseCheckedItems,
  proposeAwardSplit,
  type ChecklistTheme,
  type ProcurementFacts,
} from "@/lib/guidance/procurement/rules";
import { ValidationError } from "@/lib/errors";

const empty: ProcurementFacts = { wheel: null, dreamPartner: {}, cooperationForm: null, kpisWithGrowthPath: 0 };
const theme = (name: string, priorityRank: number | null): ChecklistTheme => ({ id: name, name, priorityRank });

describe("the seven steps of bijlage 2", () => {
  it("has the steps in the seed's order with their printed item counts", () => {
    expect(PROCUREMENT_STEPS.map((s) => [s.number, s.title, s.items.length])).toEqual([
      [1, "Voorbereiding", 4],
      [2, "Marktanalyse", 4],
      [3, "Vul je waardenwiel in", 3],
      [4, "Bepaal je droompartner", 6],
      [5, "Bepaal de samenwerkingsvorm", 3],
      [6, "Vertaling aanbesteding", 2],
      [7, "Meten en monitoren", 3],
    ]);
    expect(PROCUREMENT_STEPS[3].items.map((i) => i.text)).toEqual([
      "Volwassenheid",
      "Regie",
      "Sturing",
      "Ontwikkeling",
      "Duurzaamheid",
      "Extra",
    ]);
  });
});

describe("parseCheckedItems", () => {
  it("keeps known items once, in checklist order", () => {
    expect(parseCheckedItems(["3.1", "1.2", "3.1", "1.1"])).toEqual(["1.1", "1.2", "3.1"]);
  });
  it("refuses an item the checklist does not have", () => {
    expect(() => parseCheckedItems(["1.1", "9.9"])).toThrow(ValidationError);
  });
});

describe("checklistProgress", () => {
  it("counts ticked items per step and overall", () => {
    const progress = checklistProgress(["1.1", "1.2", "1.3", "1.4", "6.1"], empty);
    expect(progress).toMatchObject({ checked: 5, total: 25, percent: 20, stepsComplete: 1 });
    expect(progress.steps[0]).toMatchObject({ stepId: "voorbereiding", checked: 4, total: 4, complete: true, derived: null });
    expect(progress.steps[5]).toMatchObject({ stepId: "vertaling", checked: 1, total: 2, complete: false });
  });

  it("gives no hints for the steps without a linked module and unmet hints for an empty contract", () => {
    const derived = Object.fromEntries(checklistProgress([], empty).steps.map((s) => [s.stepId, s.derived?.met ?? null]));
    expect(derived).toEqual({
      voorbereiding: null,
      marktanalyse: null,
      waardenwiel: false,
      droompartner: false,
      samenwerkingsvorm: false,
      vertaling: null,
      meten: false,
    });
  });

  it("marks steps 3, 4, 5 and 7 as met from the contract's wheel, droompartner, form and KPIs", () => {
    const facts: ProcurementFacts = {
      wheel: { themes: [theme("Circulair", 1), theme("Sociaal", null)] },
      dreamPartner: { volwassenheid: "a", regie: "b", sturing: "c", ontwikkeling: "d", duurzaamheid: "e", extra: "f" },
      cooperationForm: "relationeel",
      kpisWithGrowthPath: 2,
    };
    const steps = checklistProgress([], facts).steps;
    expect(steps.filter((s) => s.derived?.met).map((s) => s.stepId)).toEqual(["waardenwiel", "droompartner", "samenwerkingsvorm", "meten"]);
    expect(steps[2].derived?.label).toContain("1 van 2");
  });

  it("does not count a wheel without priorities or a half-filled droompartner as done", () => {
    const facts: ProcurementFacts = { ...empty, wheel: { themes: [theme("Circulair", null)] }, dreamPartner: { regie: "x", extra: " " } };
    const steps = checklistProgress([], facts).steps;
    expect(steps[2].derived).toMatchObject({ met: false });
    expect(steps[3].derived).toEqual({ met: false, label: "1 van 6 onderwerpen van de droompartner ingevuld." });
  });
});

describe("proposeAwardSplit", () => {
  it("puts the best third of the ranked themes in the award criteria and the rest in the requirements", () => {
    const split = proposeAwardSplit([
      theme("D", 4),
      theme("A", 1),
      theme("F", 6),
      theme("B", 2),
      theme("C", 3),
      theme("E", 5),
      theme("X", null),
    ]);
    expect(split.awardCriteria.map((t) => t.name)).toEqual(["A", "B"]);
    expect(split.requirements.map((t) => t.name)).toEqual(["C", "D", "E", "F"]);
    expect(split.unranked.map((t) => t.name)).toEqual(["X"]);
  });

  it("always proposes at least the top theme, and keeps a deliberate tie together", () => {
    expect(proposeAwardSplit([theme("A", 1), theme("B", 2)]).awardCriteria.map((t) => t.name)).toEqual(["A"]);
    const tied = proposeAwardSplit([theme("A", 1), theme("B", 1), theme("C", 2)]);
    expect(tied.awardCriteria.map((t) => t.name)).toEqual(["A", "B"]);
    expect(tied.requirements.map((t) => t.name)).toEqual(["C"]);
  });

  it("proposes nothing while no theme is ranked", () => {
    expect(proposeAwardSplit([theme("A", null)])).toEqual({ awardCriteria: [], requirements: [], unranked: [theme("A", null)] });
  });
});
