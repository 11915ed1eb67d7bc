import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { orNotFound, readAs, requireActor } from "@/lib/auth/session";
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { inviteSupplierAction } from "../../actions";
import { InviteSupplierForm } from "./client";

export const metadata: Metadata = { title: "Leverancier uitnodigen" };

export default async function InviteSupplierPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "contracts.invite_supplier")) notFound();
  const contract = await orNotFound(readAs(actor, (tx) => getContract(tx, viewerOf(actor), id)));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      <h1>Leverancier uitnodigen</h1>
      <p className="muted">
        De leverancier ziet in Groeipad alleen de contracten waarin hij partij is, en niets anders van{" "}
        {actor.org.name}.
      </p>
      <div className="card">
        <InviteSupplierForm action={inviteSupplierAction.bind(null, org, id)} />
      </div>
    </>
  );
}
