import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/auth/session";
import { chartThemes, contractWheelPage, indicatorsForGoals } from "@/lib/waardenwiel/pages";
import { deriveContractWheelAction, setPrioritiesAction, updateAmbitionAction } from "../../../waardenwiel/actions";
import { GoalEditor } from "../../../waardenwiel/_components/goal-editor";
import { NewThemeCard, SubthemeEditor, ThemeEditor } from "../../../waardenwiel/_components/theme-editor";
import { WheelChart } from "../../../waardenwiel/_components/wheel-chart";
import { AmbitionForm, PriorityForm } from "../../../waardenwiel/_components/wheel-forms";
import { PrioritisedThemes, WheelWarnings } from "../../../waardenwiel/_components/wheel-views";
import { DeriveWheelForm } from "./client";
import { Notice } from "@/app/_components/ui/notice";

export const metadata: Metadata = { title: "Waardenwiel van het contract" };

const CONTRACT_AMBITION_EXAMPLE = "Voor de catering halveren we de CO2-uitstoot in 2027 ten opzichte van 2024.";

/**
 * The wheel of one contract (bijlage 2, stap 3): the organisation's outer themes, with the
 * contract's own concretisation, priorities and goals, and extra themes where the product asks
 * for them. Suppliers party to the contract read it: the buyer shares its ambition with them.
 */
export default async function ContractWheelPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ afgeleid?: string }>;
}) {
  const { org, id } = await params;
  const { afgeleid } = await searchParams;
  const { actor, contract, wheel, canEdit, warnings, themesByPriority } = await orNotFound(contractWheelPage(org, id));
  const isBuyer = actor.org.kind === "buyer";
  const indicators = wheel && canEdit ? await indicatorsForGoals(org) : [];
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      {afgeleid ? (
        <Notice>
          Het contractwiel is afgeleid van het Waardenwiel {afgeleid}: dezelfde thema&apos;s op de ring. Concretiseer, prioriteer en stel
          doelen voor dit contract.
        </Notice>
      ) : null}
      <div className="page-header">
        <div>
          <h1>Waardenwiel van het contract</h1>
          <p>
            {contract.title}
            {isBuyer ? "" : ` · opdrachtgever ${contract.buyerName}`}
          </p>
        </div>
      </div>
      {!wheel ? (
        <section className="card" aria-labelledby="geen">
          <h2 id="geen">Nog geen contractwiel</h2>
          <p>
            Een contract krijgt een eigen Waardenwiel, afgeleid van dat van de organisatie: dezelfde thema&apos;s op de buitenste ring, met
            een eigen concretisering, eigen prioriteiten en eigen doelen voor dit inkooppakket. Extra thema&apos;s mogen.
          </p>
          {canEdit ? (
            <DeriveWheelForm action={deriveContractWheelAction.bind(null, org, id)} />
          ) : (
            <p className="muted">
              {isBuyer
                ? "De contractmanager of de coördinator MVI/KCI leidt het wiel af."
                : "De opdrachtgever heeft nog geen wiel voor dit contract opgesteld."}
            </p>
          )}
        </section>
      ) : (
        <>
          {isBuyer && warnings ? <WheelWarnings warnings={warnings} /> : null}
          <div className="wheel-columns">
            <section className="card" aria-labelledby="wiel">
              <h2 id="wiel">Het wiel</h2>
              <WheelChart
                themes={chartThemes(wheel)}
                title={`Waardenwiel van ${contract.title}`}
                centre={["Contract", String(wheel.year)]}
                compact
              />
            </section>
            <div>
              <section className="card" aria-labelledby="ambitie">
                <h2 id="ambitie">Ambitie voor dit contract</h2>
                {canEdit ? (
                  <AmbitionForm
                    action={updateAmbitionAction.bind(null, org)}
                    wheel={{ id: wheel.id, version: wheel.version }}
                    ambition={wheel.ambition}
                    example={CONTRACT_AMBITION_EXAMPLE}
                  />
                ) : wheel.ambition ? (
                  <p className="vision-ambition">{wheel.ambition}</p>
                ) : (
                  <p className="muted">Nog niet geformuleerd.</p>
                )}
              </section>
              {!canEdit ? (
                <section className="card" aria-labelledby="themas">
                  <h2 id="themas">Thema&apos;s op volgorde van prioriteit</h2>
                  <PrioritisedThemes themes={themesByPriority} />
                </section>
              ) : null}
            </div>
          </div>
          {canEdit ? (
            <>
              <section className="card" aria-labelledby="ring">
                <h2 id="ring">Thema&apos;s op de ring</h2>
                <ThemeEditor org={org} wheel={wheel} canEdit />
              </section>
              <NewThemeCard org={org} wheel={wheel} />
              <section className="card" aria-labelledby="concretisering">
                <h2 id="concretisering">Concretisering voor dit contract</h2>
                <SubthemeEditor org={org} wheel={wheel} canEdit />
              </section>
              <section className="card" aria-labelledby="prioriteiten">
                <h2 id="prioriteiten">Prioriteiten voor dit contract</h2>
                <p className="small muted">De thema&apos;s met de hoogste prioriteit horen in de gunningscriteria, de rest in de eisen.</p>
                {wheel.themes.length > 0 ? (
                  <PriorityForm
                    action={setPrioritiesAction.bind(null, org)}
                    wheel={{ id: wheel.id, version: wheel.version }}
                    themes={themesByPriority}
                  />
                ) : null}
              </section>
              <section className="card" aria-labelledby="doelen">
                <h2 id="doelen">Doelen en meetindicatoren</h2>
                <GoalEditor org={org} wheel={wheel} canEdit indicators={indicators} />
              </section>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
