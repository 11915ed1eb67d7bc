// Dutch wording shared by the review outputs (report page, PDF, CSV, timeline), so the printed
// record and the screen say the same thing.
import { formatDate } from "@/lib/format";
import { KPI_STATUS_LABELS } from "@/lib/kpis/status";
import { parseQuarter, quarterLabel } from "@/lib/periods";
import type { ActionItem, ReviewDecision } from "@/db/schema";

const SCORE_LABELS: Record<string, string> = {
  on_track: "Op koers",
  at_risk: "Risico",
  off_track: "Niet op koers",
  not_scored: "Niet gescoord",
};

export const DECISION_LABELS: Record<ReviewDecision["kind"], string> = {
  add_kpi: "KPI toegevoegd",
  retire_kpi: "KPI beëindigd",
  change_growth_path: "Groeipad gewijzigd",
  action_item: "Actiepunt",
  set_malus: "Malusregel vastgelegd",
};

export const ACTION_STATUS_LABELS: Record<ActionItem["status"], string> = { open: "Open", done: "Afgerond", dropped: "Vervallen" };

export const SIDE_LABELS = { buyer: "Opdrachtgever", supplier: "Opdrachtnemer" } as const;

export function computedStatusLabel(status: string): string {
  return (KPI_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export function scoreLabel(score: string | null): string {
  return score ? (SCORE_LABELS[score] ?? score) : "Nog niet vastgesteld";
}

function quarterText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const q = parseQuarter(value);
  return q ? quarterLabel(q) : value;
}

/**
 * One line for a decision. The payload is written by the review actions; the keys read here are
 * the ones a decision needs (its name, the quarter it takes effect), and unknown keys are ignored.
 */
export function describeDecision(decision: Pick<ReviewDecision, "kind" | "payload" | "reason"> & { kpiName: string | null }): string {
  const p = decision.payload ?? {};
  const name = decision.kpiName ?? (typeof p.name === "string" ? p.name : null) ?? "KPI";
  const from = quarterText(p.activeFrom ?? p.retiredFrom ?? p.effectiveFrom ?? p.from ?? p.fromQuarter ?? p.quarter);
  const since = from ? ` vanaf ${from}` : "";
  switch (decision.kind) {
    case "add_kpi":
      return `${name} toegevoegd${since}`;
    case "retire_kpi":
      return `${name} beëindigd${since}`;
    case "change_growth_path":
      return `Groeipad van ${name} gewijzigd${since}`;
    case "set_malus":
      return `Malusregel voor ${name}${since}`;
    default:
      return typeof p.title === "string" ? p.title : DECISION_LABELS[decision.kind];
  }
}

export function actionItemLine(item: Pick<ActionItem, "title" | "ownerName" | "ownerSide" | "dueDate" | "status">): string {
  return `${item.title} — ${item.ownerName} (${SIDE_LABELS[item.ownerSide].toLowerCase()}), uiterlijk ${formatDate(item.dueDate)} · ${ACTION_STATUS_LABELS[item.status]}`;
}

/** A reason as a sentence: one full stop at the end, whatever the user typed. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.\s]+$/, "");
  return trimmed ? `${trimmed}.` : "";
}
