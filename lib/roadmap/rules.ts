// The roadmap of a contract: actions and milestones over the contract years, each tagged with an
// X-curve strategy. Seed 004 §2.2 (X-curve, Drift/Loorbach): a transition needs building up the
// new and phasing out the old at the same time, so every item says which of the four moves it
// makes. Bijlage 2 stap 6 asks buyer and supplier to develop such a roadmap together and to
// evaluate it yearly. Pure: no I/O, "today" is passed in.
import { daysBetween, pastDateQuestion } from "@/lib/periods";

export const XCURVE_SOURCE = "Bron: Handreiking Buyer Group FM, §2.2 Transitiemodel de X-curve (Drift, Loorbach).";

// The guiding question of each strategy is the seed's own question (figure 6); the explanation
// is ours.
export const XCURVE_STRATEGIES = {
  ombouw: {
    label: "Ombouw",
    question: "Wat moet aangepast, opnieuw ingericht, bijgestuurd of anders ingezet worden?",
    explanation: "Het bestaande anders inrichten zodat het de nieuwe ambitie dient.",
  },
  opbouw: {
    label: "Opbouw",
    question: "Wat verdient meer steun, meer schaal, podium, investering, professionalisering?",
    explanation: "Het nieuwe laten groeien: van proef naar gewone praktijk.",
  },
  voortbouw: {
    label: "Voortbouw",
    question: "Wat zijn leidende principes, waarden en taal, welke beelden en ambities?",
    explanation: "Vastleggen en uitdragen wat het nieuwe systeem richting geeft.",
  },
  afbouw: {
    label: "Afbouw",
    question: "Wat moet uitgefaseerd, ontmanteld of afgebroken worden?",
    explanation: "Stoppen met wat niet meer past, in plaats van alleen nieuwe pilots toe te voegen.",
  },
} as const;
export type XcurveStrategy = keyof typeof XCURVE_STRATEGIES;
export const XCURVE_KEYS = Object.keys(XCURVE_STRATEGIES) as XcurveStrategy[];

export const ROADMAP_STATUSES = {
  planned: "Gepland",
  in_progress: "Bezig",
  done: "Gereed",
  dropped: "Vervallen",
} as const;
export type RoadmapStatus = keyof typeof ROADMAP_STATUSES;
export const ROADMAP_STATUS_KEYS = Object.keys(ROADMAP_STATUSES) as RoadmapStatus[];

export const OWNER_SIDES = { buyer: "Opdrachtgever", supplier: "Opdrachtnemer" } as const;
export type OwnerSide = keyof typeof OWNER_SIDES;

/** Planned or under way: an action that still has to happen. */
function isOpenRoadmapStatus(status: string): boolean {
  return status === "planned" || status === "in_progress";
}

/** An open action whose due date has passed (today is Amsterdam's date). */
export function isOverdue(item: { status: string; dueDate: string }, today: string): boolean {
  return isOpenRoadmapStatus(item.status) && item.dueDate < today;
}

/** Asked at the due date of an action still to happen that lies in the past; a finished action may have any past date. */
export function dueDateQuestion(dueDate: string, status: string, today: string): string | null {
  return isOpenRoadmapStatus(status) ? pastDateQuestion(dueDate, today) : null;
}

export function strategyLabel(key: string): string {
  return (XCURVE_STRATEGIES as Record<string, { label: string }>)[key]?.label ?? key;
}

export function roadmapStatusLabel(key: string): string {
  return (ROADMAP_STATUSES as Record<string, string>)[key] ?? key;
}

export function roadmapStatusTone(status: string): "green" | "grey" | "amber" | "red" {
  return status === "done" ? "green" : status === "in_progress" ? "amber" : status === "dropped" ? "red" : "grey";
}

/** Why a due date cannot be used, or null: items sit on the contract's own timeline. */
export function dueDateError(dueDate: string, contract: { startDate: string; endDate: string }): string | null {
  if (dueDate < contract.startDate || dueDate > contract.endDate) {
    return "Kies een datum binnen de looptijd van het contract.";
  }
  return null;
}

export type TimelineItemInput = {
  id: string;
  title: string;
  strategy: string;
  status: string;
  dueDate: string;
  themeId: string | null;
  themeName: string | null;
};

type TimelineMarker = TimelineItemInput & {
  /** Position on the contract's time axis, 0 at the start date and 1 at the end date. */
  x: number;
  /** Row within the lane, so markers close together do not cover each other. */
  row: number;
};

type TimelineLane = { key: string; label: string; markers: TimelineMarker[]; rows: number };
type TimelineTick = { label: string; x: number };
export type TimelineLayout = { ticks: TimelineTick[]; lanes: TimelineLane[]; today: number | null };

/** Markers nearer than this (as a share of the axis) go on the next row of their lane. */
const MIN_GAP = 0.09;

/** The share of the contract period at which a date falls, clamped to the period. */
export function positionOnContract(date: string, contract: { startDate: string; endDate: string }): number {
  const total = Math.max(daysBetween(contract.startDate, contract.endDate), 1);
  return Math.min(1, Math.max(0, daysBetween(contract.startDate, date) / total));
}

/** Gridlines at every 1 January inside the period, plus the start, labelled with the year. */
function yearTicks(contract: { startDate: string; endDate: string }): TimelineTick[] {
  const first = Number(contract.startDate.slice(0, 4));
  const last = Number(contract.endDate.slice(0, 4));
  const ticks: TimelineTick[] = [];
  for (let year = first; year <= last; year++) {
    const date = `${year}-01-01`;
    const at = date < contract.startDate ? contract.startDate : date;
    ticks.push({ label: String(year), x: positionOnContract(at, contract) });
  }
  return ticks;
}

/**
 * The roadmap drawn as lanes over the contract period: one lane per X-curve strategy (always all
 * four, so an empty lane shows a move nobody makes yet) or one per theme of the items.
 */
export function timelineLayout(
  contract: { startDate: string; endDate: string },
  items: TimelineItemInput[],
  groupBy: "strategy" | "theme",
  today?: string,
): TimelineLayout {
  const lanes: Array<{ key: string; label: string; items: TimelineItemInput[] }> =
    groupBy === "strategy"
      ? XCURVE_KEYS.map((key) => ({ key, label: XCURVE_STRATEGIES[key].label, items: items.filter((i) => i.strategy === key) }))
      : themeLanes(items);
  return {
    ticks: yearTicks(contract),
    lanes: lanes.map((lane) => placeMarkers(lane, contract)),
    today: today && today >= contract.startDate && today <= contract.endDate ? positionOnContract(today, contract) : null,
  };
}

function themeLanes(items: TimelineItemInput[]) {
  const lanes = new Map<string, { key: string; label: string; items: TimelineItemInput[] }>();
  for (const item of items) {
    const key = item.themeId ?? "zonder-thema";
    const lane = lanes.get(key) ?? { key, label: item.themeName ?? "Zonder thema", items: [] };
    lane.items.push(item);
    lanes.set(key, lane);
  }
  // Items without a theme last, the others by name.
  return [...lanes.values()].sort((a, b) =>
    a.key === "zonder-thema" ? 1 : b.key === "zonder-thema" ? -1 : a.label.localeCompare(b.label, "nl"),
  );
}

function placeMarkers(
  lane: { key: string; label: string; items: TimelineItemInput[] },
  contract: { startDate: string; endDate: string },
): TimelineLane {
  const sorted = [...lane.items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, "nl"));
  const lastXOfRow: number[] = [];
  const markers = sorted.map((item) => {
    const x = positionOnContract(item.dueDate, contract);
    let row = lastXOfRow.findIndex((lastX) => x - lastX >= MIN_GAP);
    if (row === -1) row = lastXOfRow.length;
    lastXOfRow[row] = x;
    return { ...item, x, row };
  });
  return { key: lane.key, label: lane.label, markers, rows: Math.max(1, lastXOfRow.length) };
}

/** One sentence per lane for screen readers, next to the drawn timeline. */
export function describeTimeline(layout: TimelineLayout): string {
  const total = layout.lanes.reduce((n, lane) => n + lane.markers.length, 0);
  if (total === 0) return "Tijdlijn van de roadmap: nog geen acties.";
  const parts = layout.lanes
    .filter((lane) => lane.markers.length > 0)
    .map((lane) => `${lane.label}: ${lane.markers.length} ${lane.markers.length === 1 ? "actie" : "acties"}`);
  return `Tijdlijn van de roadmap met ${total} ${total === 1 ? "actie" : "acties"} over de looptijd van het contract. ${parts.join("; ")}.`;
}
