import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/ui/badge";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime, formatMeasure } from "@/lib/format";
import { parseQuarter, quarterLabel } from "@/lib/periods";
import { verificationPage } from "@/lib/verification/pages";
import { onlyVerifies, recordsVerification, seesVerification } from "@/lib/verification/policy";
import { VERIFICATION_STATUS_LABELS, type VerificationStatus } from "@/lib/verification/rules";
import { TONES } from "./tones";
import { assignVerifierAction, drawSampleAction, recordVerificationAction, unassignVerifierAction } from "./actions";
import { AssignVerifierForm, DrawSampleForm, RecordVerificationForm, UnassignVerifierForm } from "./client";

export const metadata: Metadata = { title: "Verificatie" };

function isStatus(value: string | undefined): value is VerificationStatus {
  return value !== undefined && Object.hasOwn(VERIFICATION_STATUS_LABELS, value);
}

export default async function VerificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ kwartaal?: string; status?: string }>;
}) {
  const { org } = await params;
  const { kwartaal, status } = await searchParams;
  const actor = await requireActor(org, { servesVerifier: true });
  if (!seesVerification(actor)) notFound();
  const quarter = kwartaal && parseQuarter(kwartaal) ? kwartaal : undefined;
  const filter = { quarter, status: isStatus(status) ? status : undefined };
  const data = await verificationPage(actor, filter);
  const verifier = onlyVerifies(actor);
  const records = recordsVerification(actor);
  const record = recordVerificationAction.bind(null, org);
  const base = `/${actor.org.slug}/verificatie`;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Verificatie</h1>
          <p>
            {verifier
              ? "De contracten die aan je zijn toegewezen en hun gerapporteerde waarden. Leg per waarde vast of het bewijs klopt."
              : "Klopt wat leveranciers rapporteren? Per gerapporteerde waarde de laatste verificatie: niet geverifieerd, geverifieerd of betwist."}
          </p>
        </div>
      </div>

      {verifier ? (
        <section className="card" aria-labelledby="toegewezen">
          <h2 id="toegewezen">Mijn contracten</h2>
          {data.assigned.length === 0 ? (
            <p>Er zijn nog geen contracten aan je toegewezen.</p>
          ) : (
            <ul className="plain-list">
              {data.assigned.map((c) => (
                <li key={c.contractId}>{c.title}</li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <form className="card stack" method="get" action={base} aria-labelledby="filter">
        <h2 id="filter">Filter</h2>
        <div className="field">
          <label htmlFor="filter-kwartaal">Kwartaal</label>
          <select id="filter-kwartaal" name="kwartaal" defaultValue={quarter ?? ""}>
            <option value="">Alle kwartalen</option>
            {data.quarters.map((q) => (
              <option key={q} value={q}>
                {quarterLabel(parseQuarter(q)!)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">Alle statussen</option>
            {Object.entries(VERIFICATION_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" className="button button-secondary">
            Toon
          </button>
        </div>
      </form>

      {data.drawsSamples ? (
        <section className="card" aria-labelledby="steekproef">
          <h2 id="steekproef">Steekproef</h2>
          {quarter ? (
            <>
              {data.sample ? (
                <>
                  <p>
                    Getrokken op {formatDateTime(data.sample.at)}: {data.sample.size} van {data.sample.populationSize} waarden, startwaarde{" "}
                    {data.sample.seed}.
                  </p>
                  <ol>
                    {data.sampled.map((v) => (
                      <li key={v.id}>
                        {v.contractTitle}, {v.kpiName}: {formatMeasure(v.value ?? v.score)}{" "}
                        <Badge tone={TONES[v.status]}>{VERIFICATION_STATUS_LABELS[v.status]}</Badge>
                      </li>
                    ))}
                  </ol>
                </>
              ) : (
                <p>Voor dit kwartaal is nog geen steekproef getrokken.</p>
              )}
              <DrawSampleForm action={drawSampleAction.bind(null, org)} quarter={quarter} />
            </>
          ) : (
            <p>Kies een kwartaal om er een steekproef uit te trekken.</p>
          )}
        </section>
      ) : null}

      <section className="card" aria-labelledby="waarden">
        <h2 id="waarden">{verifier ? "Te verifiëren waarden" : "Gerapporteerde waarden"}</h2>
        {data.values.length === 0 ? (
          <p>Er zijn geen gerapporteerde waarden{filter.status || quarter ? " die aan het filter voldoen" : ""}.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Gerapporteerde waarden met hun verificatiestatus</caption>
              <thead>
                <tr>
                  <th scope="col">Contract</th>
                  <th scope="col">KPI</th>
                  <th scope="col">Kwartaal</th>
                  <th scope="col" className="num">
                    Waarde
                  </th>
                  <th scope="col">Status</th>
                  {records ? <th scope="col">Vastleggen</th> : null}
                </tr>
              </thead>
              <tbody>
                {data.values.map((v) => (
                  <tr key={v.id}>
                    <td>{v.contractTitle}</td>
                    <td>{v.kpiName}</td>
                    <td>{quarterLabel(parseQuarter(v.quarter)!)}</td>
                    <td className="num">{formatMeasure(v.value ?? v.score)}</td>
                    <td>
                      <Badge tone={TONES[v.status]}>{VERIFICATION_STATUS_LABELS[v.status]}</Badge>{" "}
                      <Link href={`${base}/${v.id}`}>
                        Geschiedenis<span className="visually-hidden"> van {`${v.kpiName}, ${v.contractTitle}`}</span>
                      </Link>
                    </td>
                    {records ? (
                      <td>
                        <RecordVerificationForm action={record} reportValueId={v.id} label={`${v.kpiName}, ${v.contractTitle}`} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {data.verifiers.length > 0 || data.contracts.length > 0 ? (
        <section className="card" aria-labelledby="toewijzen">
          <h2 id="toewijzen">Contracten toewijzen aan verificateurs</h2>
          {data.assigned.length > 0 ? (
            <ul className="plain-list">
              {data.assigned.map((a) => (
                <li key={`${a.contractId}-${a.verifierUserId}`} className="inline-form">
                  <span>
                    {a.title}: {data.verifiers.find((v) => v.userId === a.verifierUserId)?.name ?? "verificateur"}
                  </span>
                  <UnassignVerifierForm
                    action={unassignVerifierAction.bind(null, org)}
                    contractId={a.contractId}
                    verifierUserId={a.verifierUserId}
                    label={`${a.title}, ${data.verifiers.find((v) => v.userId === a.verifierUserId)?.name ?? "verificateur"}`}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          {data.verifiers.length === 0 ? (
            <p>
              Er is nog geen verificateur. Nodig iemand uit met de rol Verificateur onder{" "}
              <Link href={`/${actor.org.slug}/beheer`}>Beheer</Link>.
            </p>
          ) : (
            <AssignVerifierForm
              action={assignVerifierAction.bind(null, org)}
              contracts={data.contracts.map((c) => ({ value: c.id, label: c.title }))}
              verifiers={data.verifiers.map((v) => ({ value: v.userId, label: v.name }))}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
