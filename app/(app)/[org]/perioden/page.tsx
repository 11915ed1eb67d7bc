import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/ui/badge";
import { roleLabel } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import type { QuarterOverview } from "@/lib/period-close/overview";
import { periodsPage } from "@/lib/period-close/pages";
import { approverRoleLabel, approvesReopening, closesPeriods, seesPeriods, takesPartInReopening } from "@/lib/period-close/policy";
import { QUARTER_STATUS_LABELS } from "@/lib/period-close/rules";
import { parseQuarter, quarterLongLabel } from "@/lib/periods";
import type { Actor } from "@/lib/auth/actor";
import { approveReopenAction, closeQuarterAction, requestReopenAction } from "./actions";
import { ApproveReopenButton, CloseQuarterButton, RequestReopenForm } from "./client";

export const metadata: Metadata = { title: "Perioden" };

// Text says the status; the colour only repeats it: to do (amber), waiting (red), done (green).
const TONES = { running: "grey", blocked: "red", ready: "amber", closed: "green" } as const;

export default async function PeriodsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  if (!seesPeriods(actor)) notFound();
  const years = await periodsPage(actor);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Perioden</h1>
          <p>
            Sluit een kwartaal af zodra alle reviews definitief zijn. Dashboards en exports tonen een afgesloten kwartaal zoals het is
            vastgelegd; een latere wijziging verschijnt als correctie in het volgende open kwartaal.
          </p>
        </div>
      </div>
      {years.map((year) => {
        const closedCount = year.quarters.filter((q) => q.status === "closed").length;
        return (
          <section key={year.year} className="card" aria-labelledby={`jaar-${year.year}`}>
            <h2 id={`jaar-${year.year}`} className="period-year">
              <span>{year.year}</span>{" "}
              {year.closed ? <Badge tone="green">Jaar afgesloten</Badge> : <Badge>{`${closedCount} van 4 kwartalen afgesloten`}</Badge>}
            </h2>
            <ul className="period-list">
              {year.quarters.map((q) => (
                <QuarterItem key={q.quarter} q={q} actor={actor} org={org} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function QuarterItem({ q, actor, org }: { q: QuarterOverview; actor: Actor; org: string }) {
  const label = quarterLongLabel(parseQuarter(q.quarter)!);
  const request = q.close?.reopenRequest ?? null;
  return (
    <li className="period-item" aria-labelledby={`kwartaal-${q.quarter}`}>
      <div className="period-head">
        <h3 id={`kwartaal-${q.quarter}`}>{label}</h3>
        <Badge tone={TONES[q.status]}>{QUARTER_STATUS_LABELS[q.status]}</Badge>
      </div>
      <p className="muted small">{q.reviews === 1 ? "1 review" : `${q.reviews} reviews`}</p>
      {q.reasons.length > 0 && q.status !== "running" ? (
        <ul className="period-reasons">
          {q.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {q.openReviews.length > 0 ? (
        <ul className="period-reviews small">
          {q.openReviews.map((r) => (
            <li key={r.id ?? r.contractId}>
              <Link href={`/${org}/contracten/${r.contractId}/reviews/${q.quarter}`}>
                {r.id ? "Review" : "Review plannen:"} {r.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {q.close ? (
        <p className="small">
          Afgesloten op {formatDateTime(q.close.closedAt)} door {q.close.closedBy}.
        </p>
      ) : null}
      {request ? (
        <p className="small">
          Heropenen gevraagd door {request.by} ({roleLabel("buyer", request.role)}) op {formatDateTime(request.at)}: “{request.reason}”
        </p>
      ) : null}
      <div className="period-actions">
        {q.status === "ready" && closesPeriods(actor) ? (
          <CloseQuarterButton action={closeQuarterAction.bind(null, org)} quarter={q.quarter} label={label} />
        ) : null}
        {q.close && !request && takesPartInReopening(actor) ? (
          <RequestReopenForm action={requestReopenAction.bind(null, org)} closeId={q.close.id} label={label} />
        ) : null}
        {q.close && request ? (
          approvesReopening(actor, request) ? (
            <ApproveReopenButton action={approveReopenAction.bind(null, org)} closeId={q.close.id} label={label} />
          ) : (
            <p className="muted small">Wacht op goedkeuring door een {approverRoleLabel(request.role)}.</p>
          )
        ) : null}
      </div>
    </li>
  );
}
