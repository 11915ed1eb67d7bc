import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { FOCUS_LABELS, MATURITY_FIGURE, MATURITY_STAGES } from "@/lib/guidance/maturity/content";
import { maturityPosition, parseMaturityTicks, reachedStageLabel } from "@/lib/guidance/maturity/rules";
import { formatToolReference } from "@/lib/guidance/reference";

const idsOf = (...stages: number[]) => MATURITY_STAGES.filter((s) => stages.includes(s.number)).flatMap((s) => s.items.map((i) => i.id));

describe("the stages of figure 10 (seed 004, lines 894–975)", () => {
  it("has the five column questions with the items as the figure lists them, in order", () => {
    expect(MATURITY_STAGES.map((s) => [s.question, s.items.map((i) => i.text)])).toEqual([
      [
        "Wat is inkoop?",
        ["Spendanalyse aanwezig", "Inkoopbeleid vastgesteld", "Inzicht in contracten", "Offertetrajecten in concurrentie uitvoeren"],
      ],
      [
        "Ben ik in control?",
        [
          "Rollen, taken en verantwoordelijkheden duidelijk belegd",
          "Inkoopprocessen geborgd",
          "Contractmanagement ingericht",
          "Duurzame reductiemaatregelen worden meegenomen in offertetrajecten",
        ],
      ],
      [
        "Hoe krijg ik de beste contractrelatie?",
        [
          "Vertalen van beleid en doelstellingen naar contracten",
          "Inkoopstrategieën per segment",
          "Koppelen van vraag en aanbod",
          "Meer dialoog met de markt",
          "Circulaire/duurzame oplossingen uitvragen bij de markt",
        ],
      ],
      [
        "Hoe werk ik het beste samen met de markt?",
        // The figure repeats the items of "Ben ik in control?" here (lines 945–956).
        [
          "Rollen, taken en verantwoordelijkheden duidelijk belegd",
          "Inkoopprocessen geborgd",
          "Contractmanagement ingericht",
          "Duurzame reductiemaatregelen worden meegenomen in offertetrajecten",
        ],
      ],
      [
        "Hoe werk ik het beste samen met de hele keten?",
        [
          "Samenwerken aan de duurzame ambitie van de organisatie, zowel binnen de organisatie als met marktpartijen en de hele keten.",
          "Opzetten van coalities",
          "De markt stimuleren op met nieuwe circulaire oplossingen de kringlopen te sluiten. Strategisch leveranciersmanagement.",
        ],
      ],
    ]);
  });

  it("puts the first three stages under internal focus and the last two under external focus", () => {
    expect(MATURITY_STAGES.map((s) => FOCUS_LABELS[s.focus])).toEqual([
      "Interne focus",
      "Interne focus",
      "Interne focus",
      "Externe focus",
      "Externe focus",
    ]);
    expect(formatToolReference(MATURITY_FIGURE.reference)).toMatch(/^Buyer Group FM – .*hoofdstuk 4 Randvoorwaarden.*, figuur 10$/);
  });
});

describe("maturityPosition", () => {
  it("stands before the first stage when nothing is ticked, and the first stage asks all its items", () => {
    const position = maturityPosition([]);
    expect(position.reached).toBe(0);
    expect(reachedStageLabel(position.reached)).toBe("Nog geen stadium volledig");
    expect(position.next?.stage.number).toBe(1);
    expect(position.next?.open.map((i) => i.id)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(position.tickedCount).toBe(0);
    expect(position.itemCount).toBe(20);
  });

  it("reaches the last stage of an unbroken run of complete stages; the next stage asks what is still open", () => {
    const position = maturityPosition([...idsOf(1, 2), "3.2", "3.4"]);
    expect(position.reached).toBe(2);
    expect(reachedStageLabel(2)).toBe("Stadium 2: Ben ik in control?");
    expect(position.next?.stage.question).toBe("Hoe krijg ik de beste contractrelatie?");
    expect(position.next?.open.map((i) => i.id)).toEqual(["3.1", "3.3", "3.5"]);
    expect(position.headStart).toEqual([]);
  });

  it("counts items ticked beyond the next stage as a head start, not as a higher stage", () => {
    // The handreiking: you need not tick everything in a column before going on (lines 882–884).
    const position = maturityPosition([...idsOf(1), "2.1", "5.2"]);
    expect(position.reached).toBe(1);
    expect(position.next?.open.map((i) => i.id)).toEqual(["2.2", "2.3", "2.4"]);
    expect(position.headStart.map((h) => [h.stage.number, h.items.map((i) => i.id)])).toEqual([[5, ["5.2"]]]);
  });

  it("has no next stage when every item is ticked", () => {
    const position = maturityPosition(idsOf(1, 2, 3, 4, 5));
    expect(position.reached).toBe(5);
    expect(position.next).toBeNull();
    expect(position.stages.every((s) => s.complete)).toBe(true);
  });
});

describe("parseMaturityTicks", () => {
  it("keeps the figure's order and counts a duplicate once", () => {
    expect(parseMaturityTicks(["3.1", "1.2", "1.2"])).toEqual(["1.2", "3.1"]);
  });

  it("refuses an item that is not in the figure", () => {
    expect(() => parseMaturityTicks(["1.1", "6.1"])).toThrow(ValidationError);
    expect(() => parseMaturityTicks("1.1")).toThrow(ValidationError);
  });
});
