// The malus of one KPI in the review: what the rule gives, the waiver, what is applied after the
// caps, and the four-eyes approval when the waiver is above the threshold.
import { Badge } from "@/app/_components/ui/badge";
import { centsToInput, formatEuroCents, formatMeasure } from "@/lib/format";
import { describeStretch } from "@/lib/malus/assessment";
import type { ReviewPageData } from "@/lib/reviews/pages";
import { ReviewForm } from "./review-form";
import type { Act } from "./shared";
import { approveWaiverAction, waiveMalusAction } from "../actions";

type Props = { page: ReviewPageData; row: ReviewPageData["kpis"][number]; act: Act };

const WAIVER_KINDS = [
  { value: "reduction", label: "Verlagen met een bedrag" },
  { value: "full", label: "Volledig kwijtschelden" },
  { value: "none", label: "Geen kwijtschelding" },
];

export function KpiMalus({ page, row, act }: Props) {
  const { kpi, score, malus } = row;
  if (!kpi.hasMalusRule && malus.rawCents === 0) return null;
  const { controls } = page;
  const review = page.review;
  const waiverLabel =
    score?.waiverKind === "full"
      ? "volledig kwijtgescholden"
      : score?.waiverKind === "reduction"
        ? `verlaagd met ${formatEuroCents(score.waiverCents ?? 0)}`
        : null;
  return (
    <div>
      <h4 style={{ marginBottom: "0.25rem" }}>Malus</h4>
      <p className="small" style={{ margin: 0 }}>
        {malus.basis === "agreed" ? "Volgens de afgesproken score" : "Volgens de regel"}: <strong>{formatEuroCents(malus.rawCents)}</strong>
        {malus.basis === "agreed" && malus.rawCents !== malus.computedCents
          ? ` (berekend uit de gerapporteerde waarde: ${formatEuroCents(malus.computedCents)})`
          : ""}
        {malus.waivedCents > 0 ? ` · kwijtgescholden ${formatEuroCents(malus.waivedCents)}` : ""}
        {malus.cappedCents > 0 ? ` · boven het plafond ${formatEuroCents(malus.cappedCents)} (${malus.cappedBy.join(", ")})` : ""} ·
        toegepast <strong>{formatEuroCents(malus.appliedCents)}</strong>
      </p>
      {row.prepared?.assessment ? (
        <p className="small muted" style={{ margin: 0 }}>
          {describeStretch(row.prepared.assessment)}; samen {formatMeasure(row.prepared.assessment.quantity, kpi.activityUnit)}.
        </p>
      ) : row.prepared?.malus.outcome === "assessed_later" ? (
        <p className="small muted" style={{ margin: 0 }}>
          Deze regel wordt bij oplevering of op de volgende mijlpaal beoordeeld, over alle kwartalen sinds de vorige beoordeling.
        </p>
      ) : null}
      {waiverLabel ? (
        <p className="small" style={{ margin: "0.25rem 0" }}>
          Malus {waiverLabel}: {score?.waiverReason}
          {row.waiverNeedsApproval ? (
            score?.waiverApprovedAt ? (
              <>
                {" "}
                · <Badge tone="green">Goedgekeurd (vier ogen)</Badge>
              </>
            ) : (
              <>
                {" "}
                · <Badge tone="amber">Wacht op goedkeuring (vier ogen)</Badge>
              </>
            )
          ) : null}
        </p>
      ) : null}
      {controls.approveWaiver && review && row.waiverNeedsApproval && !score?.waiverApprovedAt ? (
        <ReviewForm
          action={act(approveWaiverAction)}
          idPrefix={`approve-${kpi.id}`}
          hidden={{ reviewId: review.id, version: String(review.version), kpiId: kpi.id }}
          fields={[]}
          submit={`Kwijtschelding goedkeuren bij ${kpi.name}`}
        />
      ) : null}
      {controls.manage && review && malus.rawCents > 0 ? (
        <details>
          <summary>Malus verlagen of kwijtschelden</summary>
          <ReviewForm
            action={act(waiveMalusAction)}
            idPrefix={`waive-${kpi.id}`}
            hidden={{ reviewId: review.id, version: String(review.version), kpiId: kpi.id }}
            row
            fields={[
              {
                name: "kind",
                label: "Wat doe je met de malus?",
                type: "select",
                options: WAIVER_KINDS,
                defaultValue: score?.waiverKind ?? "reduction",
              },
              {
                name: "amount",
                label: "Verlaging in euro",
                hint: "Bijvoorbeeld 250,00",
                defaultValue: score?.waiverCents ? centsToInput(score.waiverCents) : "",
              },
              { name: "reason", label: "Reden", type: "textarea", defaultValue: score?.waiverReason ?? "" },
            ]}
            submit="Malus aanpassen"
            variant="secondary"
          />
        </details>
      ) : null}
    </div>
  );
}
