// Pure rules of the checklist ambitieformulering (seed 004, bijlage 2): progress from the ticked
// items, hints from what the contract already holds (its wheel, droompartner, cooperation form
// and KPIs), and the split of the wheel's themes into award criteria and requirements that the
// tip between stap 5 and 6 suggests.
import { DREAM_PARTNER_TOPICS } from "@/lib/cooperation/rules";
import { ValidationError } from "@/lib/errors";
import { PROCUREMENT_ITEM_IDS, PROCUREMENT_STEPS, type ProcurementStepId } from "./content";

export type ChecklistTheme = { id: string; name: string; priorityRank: number | null };

/** What the contract already holds, read from its own modules. */
export type ProcurementFacts = {
  /** The contract's own wheel (null when none was derived yet) with its themes. */
  wheel: { themes: readonly ChecklistTheme[] } | null;
  /** The droompartner as stored on the contract: topic → text. */
  dreamPartner: Partial<Record<string, string>>;
  cooperationForm: string | null;
  /** KPIs that are proposed or active and have at least one growth path version. */
  kpisWithGrowthPath: number;
};

type DerivedStatus = { met: boolean; label: string };

export type StepProgress = {
  stepId: ProcurementStepId;
  checked: number;
  total: number;
  complete: boolean;
  /** For steps 3, 4, 5 and 7: whether the linked module already shows the step was done. */
  derived: DerivedStatus | null;
};

export type ChecklistProgress = {
  steps: StepProgress[];
  checked: number;
  total: number;
  /** Whole percent of the items ticked. */
  percent: number;
  stepsComplete: number;
};

/** Ticked item ids, known ids only, each once, in checklist order. Unknown ids are refused. */
export function parseCheckedItems(items: readonly string[]): string[] {
  const unknown = items.filter((id) => !PROCUREMENT_ITEM_IDS.has(id));
  if (unknown.length > 0) {
    const message = `Onbekend onderdeel van de checklist: ${unknown.join(", ")}.`;
    throw new ValidationError({ item: message }, message);
  }
  const chosen = new Set(items);
  return PROCUREMENT_STEPS.flatMap((s) => s.items.map((i) => i.id)).filter((id) => chosen.has(id));
}

function derivedStatus(stepId: ProcurementStepId, facts: ProcurementFacts): DerivedStatus | null {
  switch (stepId) {
    case "waardenwiel": {
      if (!facts.wheel) return { met: false, label: "Dit contract heeft nog geen eigen waardenwiel." };
      const ranked = facts.wheel.themes.filter((t) => t.priorityRank !== null).length;
      if (ranked === 0) return { met: false, label: "Het waardenwiel staat klaar; de thema’s zijn nog niet geprioriteerd." };
      return { met: true, label: `Eigen waardenwiel met ${ranked} van ${facts.wheel.themes.length} thema’s geprioriteerd.` };
    }
    case "droompartner": {
      const filled = DREAM_PARTNER_TOPICS.filter((t) => (facts.dreamPartner[t] ?? "").trim() !== "").length;
      return {
        met: filled === DREAM_PARTNER_TOPICS.length,
        label: `${filled} van ${DREAM_PARTNER_TOPICS.length} onderwerpen van de droompartner ingevuld.`,
      };
    }
    case "samenwerkingsvorm":
      return facts.cooperationForm
        ? { met: true, label: `Gekozen samenwerkingsvorm: ${facts.cooperationForm}.` }
        : { met: false, label: "Nog geen samenwerkingsvorm gekozen." };
    case "meten":
      return facts.kpisWithGrowthPath > 0
        ? { met: true, label: `${facts.kpisWithGrowthPath} KPI(’s) met een groeipad, voorgesteld of actief.` }
        : { met: false, label: "Nog geen voorgestelde of actieve KPI met een groeipad." };
    default:
      return null;
  }
}

export function checklistProgress(checkedItems: readonly string[], facts: ProcurementFacts): ChecklistProgress {
  const checked = new Set(checkedItems);
  const steps = PROCUREMENT_STEPS.map((s): StepProgress => {
    const n = s.items.filter((i) => checked.has(i.id)).length;
    return { stepId: s.id, checked: n, total: s.items.length, complete: n === s.items.length, derived: derivedStatus(s.id, facts) };
  });
  const total = steps.reduce((sum, s) => sum + s.total, 0);
  const done = steps.reduce((sum, s) => sum + s.checked, 0);
  return {
    steps,
    checked: done,
    total,
    percent: total === 0 ? 0 : Math.round((done / total) * 100),
    stepsComplete: steps.filter((s) => s.complete).length,
  };
}

export type AwardSplit = {
  /** Highest ambition: candidates for the award criteria (gunningscriteria), best rank first. */
  awardCriteria: ChecklistTheme[];
  /** The other ranked themes: candidates for the requirements (eisen). */
  requirements: ChecklistTheme[];
  /** Themes without a priority: rank them first (stap 3) before they can be placed. */
  unranked: ChecklistTheme[];
};

/**
 * The tip says the themes with the highest ambition usually go into the award criteria and the
 * rest into the requirements. How many count as "highest" is our rule: the best third of the
 * ranked themes (at least one), and a theme tied with the last of those goes with it.
 */
export function proposeAwardSplit(themes: readonly ChecklistTheme[]): AwardSplit {
  const ranked = themes
    .filter((t): t is ChecklistTheme & { priorityRank: number } => t.priorityRank !== null)
    .sort((a, b) => a.priorityRank - b.priorityRank || a.name.localeCompare(b.name, "nl"));
  const unranked = themes.filter((t) => t.priorityRank === null);
  if (ranked.length === 0) return { awardCriteria: [], requirements: [], unranked };
  const count = Math.max(1, Math.ceil(ranked.length / 3));
  const cutRank = ranked[count - 1].priorityRank;
  return {
    awardCriteria: ranked.filter((t) => t.priorityRank <= cutRank),
    requirements: ranked.filter((t) => t.priorityRank > cutRank),
    unranked,
  };
}
