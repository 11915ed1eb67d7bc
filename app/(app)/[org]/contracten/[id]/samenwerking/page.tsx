import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { cooperationPage } from "@/lib/cooperation/pages";
import {
  COOPERATION_FORM_INFO,
  COOPERATION_QUESTIONS,
  COOPERATION_SOURCE,
  DREAM_PARTNER_INFO,
  DREAM_PARTNER_SOURCE,
  DREAM_PARTNER_TOPICS,
} from "@/lib/cooperation/rules";
import { CooperationForm } from "./_components/cooperation-form";
import { saveCooperationAction } from "./actions";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Samenwerking en droompartner" };

/**
 * The basis the KPIs were chosen from (seed 004 bijlage 2 stap 4–5 and bijlage 5): what partner
 * the buyer looked for and whether the cooperation is transactional or relational. The buyer's
 * contract manager records it; the supplier reads what was expected of it.
 */
export default async function CooperationPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string }>;
}) {
  const { org, id } = await params;
  const { opgeslagen } = await searchParams;
  const actor = await requireActor(org);
  const { contract, dreamPartner, canEdit } = await orNotFound(cooperationPage(actor, id));
  const chosen = COOPERATION_FORM_INFO[contract.cooperationForm];
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>Samenwerking en droompartner</h1>
          <p>De vorm van samenwerking en het beeld van de ideale partner: de basis waarop de KPI&apos;s van dit contract zijn gekozen.</p>
        </div>
      </div>
      {opgeslagen ? <Notice arrival>De samenwerking en de droompartner zijn opgeslagen.</Notice> : null}
      {canEdit ? (
        <div className="card">
          <CooperationForm
            key={contract.version}
            action={saveCooperationAction.bind(null, org, id)}
            version={contract.version}
            cooperationForm={contract.cooperationForm}
            choices={Object.entries(COOPERATION_FORM_INFO).map(([value, info]) => ({ value, ...info }))}
            topics={DREAM_PARTNER_TOPICS.map((topic) => ({ topic, ...DREAM_PARTNER_INFO[topic], value: dreamPartner[topic] ?? "" }))}
            questions={COOPERATION_QUESTIONS}
            sources={{ cooperation: COOPERATION_SOURCE, dreamPartner: DREAM_PARTNER_SOURCE }}
          />
        </div>
      ) : (
        <>
          <section className="card" aria-labelledby="vorm">
            <h2 id="vorm">Samenwerkingsvorm: {chosen.label}</h2>
            <p>{chosen.summary}</p>
            <ul>
              {chosen.traits.map((trait) => (
                <li key={trait}>{trait}</li>
              ))}
            </ul>
            <p className="small muted">{COOPERATION_SOURCE}</p>
          </section>
          <section className="card" aria-labelledby="droompartner">
            <h2 id="droompartner">Droompartner</h2>
            <dl className="facts">
              {DREAM_PARTNER_TOPICS.map((topic) => [
                <dt key={`dt-${topic}`}>{DREAM_PARTNER_INFO[topic].label}</dt>,
                <dd key={`dd-${topic}`} className="pre-line">
                  {dreamPartner[topic] ?? <span className="muted">Nog niet ingevuld.</span>}
                </dd>,
              ])}
            </dl>
            <p className="small muted">{DREAM_PARTNER_SOURCE}</p>
          </section>
        </>
      )}
    </>
  );
}
