import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { managesContract } from "@/lib/contracts/policy";
import { getContractOverview, viewerOf } from "@/lib/contracts/queries";
import { COOPERATION_FORMS, packageLabel, statusLabel, statusTone } from "@/lib/contracts/rules";
import { formatDate, formatDateTime, formatEuroCents } from "@/lib/format";
import { Notice } from "@/app/_components/ui/notice";
import { supplierAccessOf } from "@/lib/contracts/supplier-link";
import { withTenant } from "@/lib/tenancy";
import { inviteSupplierAction } from "../actions";
import { SupplierAccessFacts } from "./_components/supplier-access";
import { SharedProfile } from "./_components/shared-profile";
import { sharedProfileOnContract, sharesProfileWith } from "@/lib/supplier-profile/queries";
import { amsterdamToday } from "@/lib/time";
import { evaluationsOfContract } from "@/lib/evaluations/queries";

export const metadata: Metadata = { title: "Contract" };

const NOTICES: Record<string, string> = {
  uitgenodigd: "De leverancier is gekoppeld en de uitnodiging is per e-mail verstuurd.",
  gekoppeld: "De leverancier is aan het contract gekoppeld.",
  voorgesteld:
    "De leverancier is gekoppeld en de contactpersoon is voorgesteld. De leverancier bepaalt zelf wie er toegang krijgt: hun beheerder ziet het voorstel en nodigt die persoon uit of niet.",
};

export default async function ContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ opgeslagen?: string; leverancier?: string }>;
}) {
  const { org, id } = await params;
  const notice = await searchParams;
  const actor = await requireActor(org);
  const { contract, supplierAccess, sharedProfile, sharesProfile, evaluations } = await orNotFound(
    withTenant(actor, async (tx) => {
      const contract = await getContractOverview(tx, { viewer: viewerOf(actor), id });
      const supplierAccess =
        actor.org.kind === "buyer" && contract.supplierOrgId
          ? await supplierAccessOf(tx, { supplierOrgId: contract.supplierOrgId, buyerOrgId: actor.org.id })
          : null;
      // What the supplier chose to share with this buyer, published into the buyer's own tenant.
      const sharedProfile =
        actor.org.kind === "buyer" && contract.supplierOrgId
          ? await sharedProfileOnContract(tx, {
              tenantId: actor.org.id,
              supplierOrgId: contract.supplierOrgId,
              contractId: contract.id,
              today: amsterdamToday(),
            })
          : null;
      const sharesProfile =
        actor.org.kind === "supplier" ? await sharesProfileWith(tx, { tenantId: actor.org.id, buyerOrgId: contract.tenantId }) : null;
      const evaluations = await evaluationsOfContract(tx, contract);
      return { contract, supplierAccess, sharedProfile, sharesProfile, evaluations };
    }),
  );
  const isBuyer = actor.org.kind === "buyer";
  const mayManage = managesContract(actor, contract);
  const base = `/${org}/contracten/${id}`;
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten`}>← Contracten</Link>
      </p>
      {notice.opgeslagen ? <Notice arrival>Het contract is opgeslagen.</Notice> : null}
      {notice.leverancier && NOTICES[notice.leverancier] ? <Notice arrival>{NOTICES[notice.leverancier]}</Notice> : null}
      <div className="page-header">
        <div>
          <h1>{contract.title}</h1>
          <p>
            {contract.reference ? `${contract.reference} · ` : ""}
            {isBuyer ? (contract.supplierName ?? "nog geen leverancier") : `opdrachtgever: ${contract.buyerName}`}
          </p>
        </div>
        <div className="actions">
          <Link href={`${base}/dashboard`} className="button button-secondary">
            Dashboard
          </Link>
          <Link href={`${base}/kpis`} className="button button-secondary">
            KPI&apos;s en groeipaden
          </Link>
          <Link href={`${base}/toezeggingen`} className="button button-secondary">
            Toezeggingen
          </Link>
          <Link href={`/${actor.org.slug}/rapportages#contract-${contract.id}`} className="button button-secondary">
            Rapportages
          </Link>
          <Link href={`${base}/waardenwiel`} className="button button-secondary">
            Waardenwiel van dit contract
          </Link>
          <Link href={`${base}/reviews`} className="button button-secondary">
            Kwartaalreviews
          </Link>
          <Link href={`${base}/malus`} className="button button-secondary">
            Malusoverzicht
          </Link>
          <Link href={`${base}/tijdlijn`} className="button button-secondary">
            Tijdlijn
          </Link>
          <a href={`/api/v1/${org}/contracts/${id}/ocds`} className="button button-secondary" download>
            OCDS-export (JSON)
          </a>
          {mayManage ? (
            <Link href={`${base}/bewerken`} className="button button-secondary">
              Bewerken
            </Link>
          ) : null}
        </div>
      </div>
      <div className="grid-2">
        <section className="card" aria-labelledby="gegevens">
          <h2 id="gegevens">Gegevens</h2>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <Badge tone={statusTone(contract.status)}>{statusLabel(contract.status)}</Badge>
            </dd>
            <dt>Inkooppakket</dt>
            <dd>{packageLabel(contract.purchasingPackage)}</dd>
            <dt>Samenwerkingsvorm</dt>
            <dd>{COOPERATION_FORMS[contract.cooperationForm]}</dd>
            <dt>Looptijd</dt>
            <dd>
              {formatDate(contract.startDate)} – {formatDate(contract.endDate)}
            </dd>
            <dt>Waarde</dt>
            <dd>{formatEuroCents(contract.valueCents)}</dd>
            <dt>Contractmanager</dt>
            <dd>{contract.contractManagerName ?? contract.contractManagerEmail ?? "—"}</dd>
            <dt>Laatst gewijzigd</dt>
            <dd>{formatDateTime(contract.updatedAt)}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="leverancier">
          <h2 id="leverancier">{isBuyer ? "Leverancier" : "Opdrachtgever"}</h2>
          {isBuyer ? (
            contract.supplierName ? (
              <>
                <dl className="facts">
                  <dt>Naam</dt>
                  <dd>{contract.supplierName}</dd>
                  <dt>KvK-nummer</dt>
                  <dd>{contract.supplierKvk ?? "—"}</dd>
                  {supplierAccess ? (
                    <SupplierAccessFacts
                      access={supplierAccess}
                      resend={
                        mayManage && contract.supplierKvk
                          ? { action: inviteSupplierAction.bind(null, org, id), kvk: contract.supplierKvk }
                          : null
                      }
                    />
                  ) : null}
                </dl>
                {mayManage ? (
                  <p className="small">
                    <Link href={`${base}/leverancier`}>Toegang en contactpersoon van de leverancier</Link>
                  </p>
                ) : null}
              </>
            ) : (
              <>
                <p>Er is nog geen leverancier aan dit contract gekoppeld.</p>
                {mayManage ? (
                  <Link href={`${base}/leverancier`} className="button">
                    Leverancier uitnodigen
                  </Link>
                ) : null}
              </>
            )
          ) : (
            <dl className="facts">
              <dt>Opdrachtgever</dt>
              <dd>{contract.buyerName}</dd>
              <dt>Contactpersoon</dt>
              <dd>
                {contract.contractManagerName ?? "—"}
                {contract.contractManagerEmail ? (
                  <div className="small">
                    <a href={`mailto:${contract.contractManagerEmail}`}>{contract.contractManagerEmail}</a>
                  </div>
                ) : null}
              </dd>
              <dt>Bedrijfsprofiel</dt>
              <dd>
                {sharesProfile ? "Gedeeld met deze opdrachtgever" : "Niet gedeeld met deze opdrachtgever"}
                <div className="small">
                  <Link href={`/${org}/bedrijfsprofiel`}>Naar het bedrijfsprofiel</Link>
                </div>
              </dd>
            </dl>
          )}
        </section>
      </div>
      {isBuyer && contract.supplierName ? <SharedProfile org={org} supplierName={contract.supplierName} facts={sharedProfile} /> : null}
      <nav className="card contract-links" aria-labelledby="samen-werken">
        <h2 id="samen-werken">Samenwerken aan de ambitie</h2>
        <ul className="link-list">
          <li>
            <Link href={`${base}/samenwerking`}>Samenwerking en droompartner</Link>
            <span className="small muted"> – de basis waarop de KPI&apos;s zijn gekozen</span>
          </li>
          {isBuyer ? (
            <li>
              <Link href={`${base}/ambitie-checklist`}>Checklist ambitieformulering</Link>
              <span className="small muted"> – de zeven stappen van het inkooptraject</span>
            </li>
          ) : null}
          <li>
            <Link href={`${base}/weging`}>Weging van de totaalscore</Link>
            <span className="small muted"> – gewichten en groepen van de KPI&apos;s in de totaalscore</span>
          </li>
          <li>
            <Link href={`${base}/roadmap`}>Roadmap</Link>
            <span className="small muted"> – acties over de looptijd, naast de groeipaden</span>
          </li>
          <li>
            <Link href={`${base}/innovaties`}>Innovaties</Link>
            <span className="small muted"> – innovaties en pilots tijdens het contract, besloten in de kwartaalreview</span>
          </li>
          {evaluations.map((e) => (
            <li key={e.year}>
              <Link href={`${base}/jaarevaluatie/${e.year}`}>Jaarevaluatie {e.year}</Link>
              <span className="small muted">
                {" "}
                – {e.evaluation ? (e.evaluation.status === "final" ? "definitief" : "concept") : "nog niet geopend"}
              </span>
            </li>
          ))}
          {mayManage ? (
            <>
              <li>
                <Link href={`/${org}/kpi-bibliotheek`}>KPI overnemen uit de KPI-bibliotheek</Link>
              </li>
              <li>
                <Link href={`${base}/kpis-kopieren`}>KPI&apos;s kopiëren uit een ander contract</Link>
              </li>
              <li>
                <Link href={`${base}/kpi-import`}>KPI&apos;s importeren uit een bestand</Link>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
