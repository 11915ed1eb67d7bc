import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { managesContract } from "@/lib/contracts/policy";
import { supplierLinkOf, type SupplierLink } from "@/lib/contracts/supplier-link";
import { sentence } from "@/lib/format";
import { SupplierAccessFacts } from "../_components/supplier-access";
import { inviteSupplierAction } from "../../actions";
import { InviteSupplierForm } from "./client";
import { withTenant } from "@/lib/tenancy";

export const metadata: Metadata = { title: "Leverancier" };

const HINT_ANY_SUPPLIER =
  "Is de leverancier nieuw in Groeipad, dan nodigen we deze persoon uit als beheerder. Is de leverancier al bekend, dan geven we het adres door aan hun beheerder; die beslist zelf wie er toegang krijgt.";

export default async function SupplierPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "contracts.invite_supplier")) notFound();
  const link = await orNotFound(withTenant(actor, (tx) => supplierLinkOf(tx, { tenantId: actor.org.id, contractId: id })));
  const { contract, supplier } = link;
  // The action refuses a contract manager of another contract, so the form is not offered either.
  if (!managesContract(actor, contract, "contracts.invite_supplier")) notFound();
  const form = formFor(link);
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      <h1>{supplier ? "Leverancier van dit contract" : "Leverancier uitnodigen"}</h1>
      <p className="muted">
        De leverancier ziet in Groeipad alleen de contracten waarin hij partij is, {sentence(`en niets anders van ${actor.org.name}`)}
      </p>
      {supplier ? (
        <section className="card" aria-labelledby="gekoppeld">
          <h2 id="gekoppeld">Gekoppelde leverancier</h2>
          <dl className="facts">
            <dt>Naam</dt>
            <dd>{supplier.name}</dd>
            <dt>KvK-nummer</dt>
            <dd>{supplier.kvk ?? "—"}</dd>
            <dt>Voorgestelde contactpersoon</dt>
            <dd style={{ overflowWrap: "anywhere" }}>{supplier.contactEmail ?? "—"}</dd>
            <SupplierAccessFacts access={supplier} resend={null} />
          </dl>
        </section>
      ) : null}
      <section className="card" aria-labelledby="formulier">
        <h2 id="formulier">{form.title}</h2>
        <InviteSupplierForm
          action={inviteSupplierAction.bind(null, org, id)}
          kvkEditable={form.kvkEditable}
          defaults={{ kvk: supplier?.kvk ?? "", email: pendingEmail(supplier) ?? supplier?.contactEmail ?? "" }}
          emailHint={form.emailHint}
          submitLabel={form.submitLabel}
        />
      </section>
    </>
  );
}

/** The address the open first-admin invitation went to: inviting again starts from it. */
function pendingEmail(supplier: SupplierLink["supplier"]): string | null {
  const invitation = supplier?.latestInvitation;
  return invitation && invitation.state !== "accepted" ? invitation.email : null;
}

function formFor({ supplier, replaceable }: SupplierLink) {
  if (!supplier) {
    return { title: "Leverancier koppelen", kvkEditable: true, emailHint: HINT_ANY_SUPPLIER, submitLabel: "Leverancier uitnodigen" };
  }
  const fixedHint = supplier.invitesFirstAdmin
    ? "Deze persoon wordt beheerder van de leverancier en krijgt een nieuwe uitnodiging; een eerdere uitnodiging vervalt."
    : "We geven het adres door aan de beheerder van de leverancier; die beslist zelf of deze persoon toegang krijgt.";
  return {
    title: replaceable
      ? "Leverancier of contactpersoon wijzigen"
      : supplier.invitesFirstAdmin
        ? "Eerste beheerder opnieuw uitnodigen"
        : "Contactpersoon voorstellen",
    kvkEditable: replaceable,
    emailHint: replaceable ? HINT_ANY_SUPPLIER : fixedHint,
    submitLabel: supplier.invitesFirstAdmin ? "Opnieuw uitnodigen" : "Opslaan",
  };
}
