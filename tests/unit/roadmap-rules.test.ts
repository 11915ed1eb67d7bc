import { describe, expect, it } from "vitest";
import { growthPathLanes } from "@/lib/roadmap/growth-lanes";
import {
  describeTimeline,
  dueDateError,
  dueDateQuestion,
  isOverdue,
  positionOnContract,
  timelineLayout,
  type TimelineItemInput,
} from "@/lib/roadmap/rules";
import { contractQuarters } from "@/lib/periods";
import { targetsByQuarter } from "@/lib/kpis/growth-path";

const contract = { startDate: "2025-01-01", endDate: "2028-12-31" };

function item(id: string, dueDate: string, strategy = "opbouw", themeName: string | null = null): TimelineItemInput {
  return { id, title: `Actie ${id}`, strategy, status: "planned", dueDate, themeId: themeName ? `t-${themeName}` : null, themeName };
}

describe("roadmap timeline", () => {
  it("places dates on the contract's time axis and refuses due dates outside the period", () => {
    expect(positionOnContract("2025-01-01", contract)).toBe(0);
    expect(positionOnContract("2028-12-31", contract)).toBe(1);
    expect(positionOnContract("2027-01-01", contract)).toBeCloseTo(730 / 1460, 5);
    expect(dueDateError("2024-12-31", contract)).toBe("Kies een datum binnen de looptijd van het contract.");
    expect(dueDateError("2028-12-31", contract)).toBeNull();
  });

  it("always shows the four X-curve lanes, one tick per year, and stacks markers that are close together", () => {
    const layout = timelineLayout(
      contract,
      [item("a", "2026-03-31"), item("b", "2026-04-30"), item("c", "2027-06-30"), item("d", "2025-06-30", "afbouw")],
      "strategy",
      "2026-01-01",
    );
    expect(layout.lanes.map((l) => [l.label, l.markers.length])).toEqual([
      ["Ombouw", 0],
      ["Opbouw", 3],
      ["Voortbouw", 0],
      ["Afbouw", 1],
    ]);
    expect(layout.ticks.map((t) => t.label)).toEqual(["2025", "2026", "2027", "2028"]);
    const opbouw = layout.lanes[1];
    expect(opbouw.markers.map((m) => [m.id, m.row])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    expect(opbouw.rows).toBe(2);
    expect(layout.today).toBeCloseTo(365 / 1460, 5);
  });

  it("groups by theme with items without a theme last, and describes itself in words", () => {
    const layout = timelineLayout(
      contract,
      [item("a", "2026-01-01", "opbouw", "Voedsel"), item("b", "2026-06-01"), item("c", "2026-06-01", "afbouw", "Afval")],
      "theme",
    );
    expect(layout.lanes.map((l) => l.label)).toEqual(["Afval", "Voedsel", "Zonder thema"]);
    expect(layout.today).toBeNull();
    expect(describeTimeline(layout)).toBe(
      "Tijdlijn van de roadmap met 3 acties over de looptijd van het contract. Afval: 1 actie; Voedsel: 1 actie; Zonder thema: 1 actie.",
    );
  });
});

describe("growth paths next to the roadmap", () => {
  it("draws each KPI's targets on the same axis, scaled to its own range, and runs on to the end", () => {
    const quarters = contractQuarters("2025-01-01", "2025-12-31").map((q) => q.quarter);
    const targets = targetsByQuarter(
      [
        {
          version: 1,
          effectiveFrom: quarters[0],
          interpolation: "linear",
          milestones: [
            { quarter: quarters[0], value: "40" },
            { quarter: quarters[2], value: "60" },
          ],
        },
      ],
      quarters,
    );
    const [lane] = growthPathLanes({ startDate: "2025-01-01", endDate: "2025-12-31" }, [
      { id: "k", name: "Plantaardige eiwitten in het aanbod", unitLabel: "%", targets },
    ]);
    expect(lane.shortName).toBe("Plantaardige eiwitten…");
    expect(lane.rangeText).toBe("40 % → 60 %");
    expect(lane.points.map((p) => [p.y, p.milestone])).toEqual([
      [0, true],
      [0.5, false],
      [1, true],
      [1, false],
      [1, false],
    ]);
    expect(lane.points.at(-1)!.x).toBe(1);
  });
});

describe("due dates in the past", () => {
  const today = "2026-12-05";
  it("asks about a past due date of an action still to happen, not of a finished one", () => {
    expect(dueDateQuestion("2026-12-04", "planned", today)).toBe("Deze datum ligt in het verleden. Klopt dat?");
    expect(dueDateQuestion("2025-06-30", "in_progress", today)).toBe("Deze datum ligt in het verleden. Klopt dat?");
    expect(dueDateQuestion("2026-12-05", "planned", today)).toBeNull();
    expect(dueDateQuestion("2025-06-30", "done", today)).toBeNull();
    expect(dueDateQuestion("2025-06-30", "dropped", today)).toBeNull();
    // Half typed, no question yet.
    expect(dueDateQuestion("", "planned", today)).toBeNull();
  });

  it("marks an open action past its due date as overdue", () => {
    expect(isOverdue({ status: "planned", dueDate: "2026-12-04" }, today)).toBe(true);
    expect(isOverdue({ status: "in_progress", dueDate: "2026-12-05" }, today)).toBe(false);
    expect(isOverdue({ status: "done", dueDate: "2026-01-01" }, today)).toBe(false);
  });
});
