// Where the organisation stands in the maturity model of figure 10 (Buyer Group FM handreiking,
// chapter 4). The figure gives no scoring: stages are reached in order, so the reached stage is
// the last of an unbroken run of complete stages from the first (our rule, labelled as ours on
// the page). Items ticked further on count as a head start. Pure: no I/O.
import { ValidationError } from "@/lib/errors";
import { MATURITY_ITEM_IDS, MATURITY_STAGES, type MaturityItem, type MaturityStage } from "./content";

type StageProgress = {
  stage: MaturityStage;
  ticked: MaturityItem[];
  open: MaturityItem[];
  complete: boolean;
};

export type MaturityPosition = {
  stages: StageProgress[];
  /** 0 when not even the first stage is complete. */
  reached: number;
  /** The first stage not yet complete, with what it still asks; null when all five are. */
  next: StageProgress | null;
  /** Items ticked in stages after the next one. */
  headStart: { stage: MaturityStage; items: MaturityItem[] }[];
  tickedCount: number;
  itemCount: number;
};

/** Checks ticked item ids against the figure; unknown ids are refused, duplicates counted once. */
export function parseMaturityTicks(input: unknown): string[] {
  if (!Array.isArray(input) || input.some((id) => typeof id !== "string" || !MATURITY_ITEM_IDS.includes(id))) {
    const message = "Kies alleen onderdelen uit het volwassenheidsmodel.";
    throw new ValidationError({ ticked: message }, message);
  }
  const ticked = new Set(input as string[]);
  return MATURITY_ITEM_IDS.filter((id) => ticked.has(id));
}

export function maturityPosition(tickedIds: readonly string[]): MaturityPosition {
  const ticked = new Set(tickedIds);
  const stages = MATURITY_STAGES.map((stage): StageProgress => {
    const done = stage.items.filter((i) => ticked.has(i.id));
    const open = stage.items.filter((i) => !ticked.has(i.id));
    return { stage, ticked: done, open, complete: open.length === 0 };
  });
  const firstIncomplete = stages.findIndex((s) => !s.complete);
  const reached = firstIncomplete === -1 ? stages.length : firstIncomplete;
  const next = firstIncomplete === -1 ? null : stages[firstIncomplete]!;
  const headStart = stages
    .slice(reached + 1)
    .filter((s) => s.ticked.length > 0)
    .map((s) => ({ stage: s.stage, items: s.ticked }));
  const tickedCount = stages.reduce((n, s) => n + s.ticked.length, 0);
  return {
    stages,
    reached,
    next,
    headStart,
    tickedCount,
    itemCount: MATURITY_ITEM_IDS.length,
  };
}

/** "Stadium 2: Ben ik in control?" or, before the first, a plain sentence. */
export function reachedStageLabel(reached: number): string {
  if (reached === 0) return "Nog geen stadium volledig";
  const stage = MATURITY_STAGES[reached - 1]!;
  return `Stadium ${stage.number}: ${stage.question}`;
}
