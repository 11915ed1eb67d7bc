import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { levelOptions } from "@/lib/kpi-library/levels";
import { libraryPage, type TemplateView } from "@/lib/kpi-library/pages";
import { AMBITION_SOURCE } from "@/lib/kpi-library/rules";
import type { Option } from "@/app/_components/ui/form";
import { AdoptForm } from "./_components/adopt-form";
import { adoptTemplateAction } from "./actions";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "KPI-bibliotheek" };

const NOTICES: Record<string, string> = { opgeslagen: "Het sjabloon is opgeslagen.", verwijderd: "Het sjabloon is verwijderd." };

/**
 * The buyer's KPI library (seed 000: a standard at three ambition levels that every contract can
 * apply, with a no-regret minimum that rises step by step). The coordinator keeps it; a contract
 * manager adopts a template at a level into one of their contracts.
 */
export default async function KpiLibraryPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ opgeslagen?: string; verwijderd?: string }>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const actor = await requireActor(org);
  const page = await libraryPage(actor);
  const notice = Object.keys(NOTICES).find((key) => query[key as keyof typeof query]);
  const groups = new Map<string, TemplateView[]>();
  for (const t of page.templates) groups.set(t.packageLabel, [...(groups.get(t.packageLabel) ?? []), t]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>KPI-bibliotheek</h1>
          {actor.org.kind === "buyer_group" ? (
            <p>
              De standaarden van de groep: KPI&apos;s met drie ambitieniveaus (no-regret minimum, plus en maximum), elk met een eigen
              groeipad. Een standaard bereikt de leden pas als je er op het overzicht een versie van publiceert.
            </p>
          ) : (
            <p>
              Sjablonen voor KPI&apos;s met drie ambitieniveaus: no-regret minimum, plus en maximum, elk met een eigen groeipad. Neem een
              sjabloon over in een contract; daar wordt het een voorstel aan de leverancier.
            </p>
          )}
        </div>
        {page.canEdit ? (
          <Link href={`/${org}/kpi-bibliotheek/nieuw`} className="button">
            Nieuw sjabloon
          </Link>
        ) : null}
      </div>
      {notice ? <Notice arrival>{NOTICES[notice]}</Notice> : null}
      {page.templates.length === 0 ? (
        <div className="card">
          <p>De bibliotheek is nog leeg.</p>
        </div>
      ) : null}
      {[...groups.entries()].map(([group, templates]) => (
        <section key={group} aria-labelledby={`groep-${slug(group)}`}>
          <h2 id={`groep-${slug(group)}`}>{group}</h2>
          {templates.map((t) => (
            <TemplateCard
              key={t.id}
              template={t}
              editHref={page.canEdit ? `/${org}/kpi-bibliotheek/${t.id}` : null}
              adopt={page.canAdopt ? { contracts: page.contracts, action: adoptTemplateAction.bind(null, org) } : null}
            />
          ))}
        </section>
      ))}
      <p className="small muted">{AMBITION_SOURCE}</p>
    </>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

function TemplateCard(props: {
  template: TemplateView;
  editHref: string | null;
  adopt: { contracts: Option[]; action: Parameters<typeof AdoptForm>[0]["action"] } | null;
}) {
  const t = props.template;
  const headingId = `sjabloon-${t.id}`;
  return (
    <article className="card template-card" aria-labelledby={headingId}>
      <div className="target-card-header">
        <h3 id={headingId}>{t.name}</h3>
        {props.editHref ? (
          <Link href={props.editHref} className="button button-secondary">
            Bewerken<span className="visually-hidden"> {t.name}</span>
          </Link>
        ) : null}
      </div>
      {t.fromGroup ? <p className="small">{t.fromGroup}</p> : null}
      {t.description ? <p className="muted">{t.description}</p> : null}
      <p className="small">
        {t.indicator ?? "Geen indicator"} · {t.kind} · {t.obligation}
      </p>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Ambitieniveaus van {t.name}</caption>
          <thead>
            <tr>
              <th scope="col">Niveau</th>
              <th scope="col">Wat het vraagt</th>
              <th scope="col">Groeipad</th>
            </tr>
          </thead>
          <tbody>
            {t.levels.map((level) => (
              <tr key={level.key}>
                <th scope="row">{level.label}</th>
                <td>{level.description}</td>
                <td>
                  <ul className="plain-list">
                    {level.path.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ul>
                  <span className="small muted">{level.interpolation}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small">{t.malus}</p>
      {t.scoreMeanings ? (
        <details className="small">
          <summary>Betekenis van de scores</summary>
          <ol>
            {(["1", "2", "3", "4"] as const).map((s) => (
              <li key={s}>{t.scoreMeanings![s]}</li>
            ))}
          </ol>
        </details>
      ) : null}
      {props.adopt ? (
        props.adopt.contracts.length > 0 ? (
          <AdoptForm
            action={props.adopt.action}
            templateId={t.id}
            templateName={t.name}
            contracts={props.adopt.contracts}
            levels={levelOptions}
          />
        ) : (
          <p className="small muted">Je beheert geen lopend contract om dit sjabloon in over te nemen.</p>
        )
      ) : null}
    </article>
  );
}
