// The three ambition levels of a library template and how a level's growth path lands in a
// contract. Seed 000 (buyer groups): split a standard into a no-regret minimum, a plus level and
// a maximum, and raise the minimum step by step; a template keeps each level's path relative to
// the contract start (quarter offsets), so the same template fits a contract of any start date.
// Pure.
import type { StoredMilestone, TemplateLevel } from "@/db/schema";
import { normalizeDecimal } from "@/lib/decimal";
import { AMBITION_LEVEL_INFO, type AmbitionLevel } from "@/lib/kpis/ambition-levels";
import { addQuarters, contractQuarters, quarterFromKey, quarterIndex, quarterKey, quarterOf } from "@/lib/periods";

/** The keys of the template's levels and of kpis.ambition_level, lowest ambition first. */
export const TEMPLATE_LEVELS = ["minimum", "plus", "maximum"] as const;
export type TemplateLevelKey = (typeof TEMPLATE_LEVELS)[number];

const TO_AMBITION: Record<TemplateLevelKey, AmbitionLevel> = { minimum: "no_regret_minimum", plus: "plus", maximum: "maximum" };

export function levelInfo(level: TemplateLevelKey) {
  return AMBITION_LEVEL_INFO[TO_AMBITION[level]];
}

export const levelOptions = TEMPLATE_LEVELS.map((value) => ({ value, label: levelInfo(value).label }));

/** "start", "na 1 jaar", "na 2 jaar en 1 kwartaal": how an offset reads in the library. */
export function offsetLabel(offset: number): string {
  if (offset === 0) return "bij de start";
  const years = Math.floor(offset / 4);
  const quarters = offset % 4;
  const parts = [years ? `${years} jaar` : "", quarters ? `${quarters} ${quarters === 1 ? "kwartaal" : "kwartalen"}` : ""].filter(Boolean);
  return `na ${parts.join(" en ")}`;
}

type ContractPeriod = { startDate: string; endDate: string };

/** Milestones that fall inside the contract, and how many fell after its end and were left out. */
export type PlacedMilestones = { milestones: StoredMilestone[]; dropped: number };

function keepInside(contract: ContractPeriod, milestones: StoredMilestone[]): PlacedMilestones {
  const keys = new Set(contractQuarters(contract.startDate, contract.endDate).map((q) => q.key));
  const inside = milestones.filter((m) => keys.has(m.quarter));
  return { milestones: inside, dropped: milestones.length - inside.length };
}

/**
 * A level's milestones as quarters of a contract: offset 0 is the quarter of the start date,
 * offset 4 the same quarter a year later. A template written for a longer contract keeps the
 * milestones that fit; the caller says how many did not.
 */
export function levelMilestonesForContract(level: Pick<TemplateLevel, "milestones">, contract: ContractPeriod): PlacedMilestones {
  const first = quarterOf(contract.startDate);
  const milestones = [...level.milestones]
    .sort((a, b) => a.offset - b.offset)
    .map((m) => ({ quarter: quarterKey(addQuarters(first, m.offset)), value: normalizeDecimal(m.value) }));
  return keepInside(contract, milestones);
}

/** The number of quarters between two contracts' first quarters (positive when `to` starts later). */
export function quarterShift(from: { startDate: string }, to: { startDate: string }): number {
  return quarterIndex(quarterOf(to.startDate)) - quarterIndex(quarterOf(from.startDate));
}

/** A quarter key moved by the shift between two contracts: 2025-Q3 of a 2025 contract → 2027-Q3 of a 2027 one. */
export function shiftQuarterKey(key: string, shift: number): string {
  return quarterKey(addQuarters(quarterFromKey(key), shift));
}

/** Another contract's path moved to a new contract's start, keeping what fits inside it. */
export function shiftMilestones(milestones: StoredMilestone[], shift: number, contract: ContractPeriod): PlacedMilestones {
  return keepInside(
    contract,
    milestones.map((m) => ({ quarter: shiftQuarterKey(m.quarter, shift), value: normalizeDecimal(m.value) })),
  );
}
