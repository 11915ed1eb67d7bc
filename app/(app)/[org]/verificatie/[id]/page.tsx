import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/ui/badge";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime, formatMeasure } from "@/lib/format";
import { parseQuarter, quarterLabel } from "@/lib/periods";
import { verificationValuePage } from "@/lib/verification/pages";
import { recordsVerification, seesVerification } from "@/lib/verification/policy";
import { VERIFICATION_STATUS_LABELS, type VerificationStatus } from "@/lib/verification/rules";
import { recordVerificationAction } from "../actions";
import { RecordVerificationForm } from "../client";
import { TONES } from "../tones";

export const metadata: Metadata = { title: "Verificatiegeschiedenis" };

/** One reported value and every verification of it: who decided what, when, and why. */
export default async function VerificationHistoryPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org, { servesVerifier: true });
  if (!seesVerification(actor)) notFound();
  const data = await verificationValuePage(actor, id);
  if (!data) notFound();
  const { value, history } = data;
  const label = `${value.kpiName}, ${value.contractTitle}`;
  return (
    <>
      <div className="page-header">
        <div>
          <p className="small">
            <Link href={`/${actor.org.slug}/verificatie`}>Verificatie</Link>
          </p>
          <h1>Verificatiegeschiedenis</h1>
          <p>
            {value.kpiName} in {value.contractTitle}, {quarterLabel(parseQuarter(value.quarter)!)}: gerapporteerd{" "}
            <strong>{formatMeasure(value.value ?? value.score)}</strong>. Nu{" "}
            <Badge tone={TONES[value.status]}>{VERIFICATION_STATUS_LABELS[value.status]}</Badge>
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="geschiedenis">
        <h2 id="geschiedenis">Alle verificaties, nieuwste eerst</h2>
        {history.length === 0 ? (
          <p>Deze waarde is nog niet geverifieerd.</p>
        ) : (
          <ol className="stack">
            {history.map((h) => (
              <li key={h.id}>
                <Badge tone={TONES[h.status as VerificationStatus]}>{VERIFICATION_STATUS_LABELS[h.status as VerificationStatus]}</Badge> op{" "}
                {formatDateTime(h.at)}, door {h.by}
                {h.note ? <p className="small">{h.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
        <p className="small muted">Een verificatie wordt nooit gewijzigd: een nieuwe status komt erbij, de eerdere blijven zichtbaar.</p>
      </section>
      {recordsVerification(actor) ? (
        <section className="card" aria-labelledby="vastleggen">
          <h2 id="vastleggen">Nieuwe verificatie</h2>
          <RecordVerificationForm action={recordVerificationAction.bind(null, org)} reportValueId={value.id} label={label} />
        </section>
      ) : null}
    </>
  );
}
