// Small pieces shared by the review page's sections: the bound-action factory type, labels,
// number display with a decimal comma and the status badge (colour plus text, never colour alone).
import { Badge } from "@/app/_components/ui/badge";
import type { FormState } from "@/app/_components/ui/form";
import { KPI_STATUS_LABELS, type KpiStatus } from "@/lib/kpis/status";
import { REVIEW_SCORES } from "@/lib/reviews/rules";

/** A server action of the review page (its actions.ts), before it is bound to the page's contract and quarter. */
export type ReviewAction = (org: string, contractId: string, quarter: string, state: FormState, form: FormData) => Promise<FormState>;
/** Binds a server action of the review page to this page's contract and quarter, for a form. */
export type Act = (action: ReviewAction) => (state: FormState, form: FormData) => Promise<FormState>;

export const SCORE_OPTIONS = Object.entries(REVIEW_SCORES).map(([value, label]) => ({ value, label }));
export const SIDE_OPTIONS = [
  { value: "buyer", label: "Opdrachtgever" },
  { value: "supplier", label: "Leverancier" },
];

const TONES = { on_track: "green", at_risk: "amber", off_track: "red", no_data: "grey", no_target: "grey", not_scored: "grey" } as const;

export function StatusBadge({ status }: { status: string }) {
  const label = KPI_STATUS_LABELS[status as KpiStatus] ?? REVIEW_SCORES[status as keyof typeof REVIEW_SCORES] ?? status;
  return <Badge tone={TONES[status as keyof typeof TONES] ?? "grey"}>{label}</Badge>;
}
