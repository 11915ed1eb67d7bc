// What a person's "Te doen" list holds: one item per thing waiting for them, each linking to
// where it is done, and leaving the list when it is (every item is read from the current state).

export type WorkKind =
  | "report"
  | "assess_report"
  | "kpi_proposal"
  | "plan_review"
  | "prepare_review"
  | "sign_review"
  | "approve_waiver"
  | "action_item"
  | "roadmap_item"
  | "checklist_round"
  | "target_without_data";

/** Each kind as a count reads it: "12 × rapportage beoordelen". */
export const WORK_KIND_LABELS: Record<WorkKind, string> = {
  report: "rapportage invullen of vraag beantwoorden",
  assess_report: "rapportage beoordelen",
  kpi_proposal: "KPI-voorstel beantwoorden",
  plan_review: "kwartaalreview plannen",
  prepare_review: "kwartaalreview voorbereiden",
  sign_review: "kwartaalreview ondertekenen",
  approve_waiver: "kwijtschelding goedkeuren",
  action_item: "actiepunt",
  roadmap_item: "roadmapactie",
  checklist_round: "checklistronde invullen",
  target_without_data: "doelstelling zonder gegevens",
};

export type WorkItem = {
  /** Stable per thing, so a list can be compared between two moments. */
  key: string;
  kind: WorkKind;
  /** What to do, as a sentence start: "Rapportage 2026 K3 invullen". */
  title: string;
  /** The contract it is about; null for what concerns the whole organisation. */
  contract: { id: string; title: string } | null;
  href: string;
  /** An ISO date the thing is due, if it has one. */
  due: string | null;
  /** Past its due date, or sent back: shown first. */
  urgent: boolean;
};

/** Urgent first, then by due date (undated last), then by contract and title. */
export function sortWork(items: WorkItem[]): WorkItem[] {
  return [...items].sort(
    (a, b) =>
      Number(b.urgent) - Number(a.urgent) ||
      (a.due ?? "9999-12-31").localeCompare(b.due ?? "9999-12-31") ||
      (a.contract?.title ?? "").localeCompare(b.contract?.title ?? "", "nl") ||
      a.title.localeCompare(b.title, "nl"),
  );
}
