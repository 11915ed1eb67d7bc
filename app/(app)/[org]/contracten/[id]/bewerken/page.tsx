import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { managesContract } from "@/lib/contracts/policy";
import { getContract, viewerOf } from "@/lib/contracts/queries";
import { capPeriodOptions, deciderOptions, packageOptions, statusOptions } from "@/lib/contracts/rules";
import { contractCapValues } from "@/lib/malus/contract-caps";
import { centsToInput } from "@/lib/format";
import { listContractManagers } from "@/lib/members/queries";
import { ContractForm } from "../../_components/contract-form";
import { saveContract } from "../../actions";
import { withTenant } from "@/lib/tenancy";

export const metadata: Metadata = { title: "Contract bewerken" };

export default async function EditContractPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "contracts.update")) notFound();
  const [contract, managers] = await orNotFound(
    withTenant(actor, (tx) =>
      Promise.all([getContract(tx, { viewer: viewerOf(actor), id }), listContractManagers(tx, { organisationId: actor.org.id })]),
    ),
  );
  // The action refuses a contract manager of another contract, so the form is not offered either.
  if (!managesContract(actor, contract)) notFound();
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten/${id}`}>← {contract.title}</Link>
      </p>
      <h1>Contract bewerken</h1>
      <div className="card">
        <ContractForm
          action={saveContract.bind(null, org, id)}
          initial={{
            title: contract.title,
            reference: contract.reference ?? "",
            purchasingPackage: contract.purchasingPackage,
            cooperationForm: contract.cooperationForm,
            startDate: contract.startDate,
            endDate: contract.endDate,
            value: centsToInput(contract.valueCents),
            contractManagerId: contract.contractManagerId ?? "",
            status: contract.status,
            malusCapPeriod: contract.malusCapPeriod,
            malusDecidedBy: contract.malusDecidedBy,
            ...contractCapValues(contract.malusCaps),
            version: contract.version,
          }}
          packages={packageOptions}
          statuses={statusOptions}
          managers={managers.map((m) => ({ value: m.userId, label: m.name ?? m.email }))}
          capPeriods={capPeriodOptions}
          deciders={deciderOptions}
          submitLabel="Wijzigingen opslaan"
        />
      </div>
    </>
  );
}
