import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { capPeriodOptions, deciderOptions, packageOptions, statusOptions } from "@/lib/contracts/rules";
import { contractCapValues } from "@/lib/malus/contract-caps";
import { listContractManagers } from "@/lib/members/queries";
import { ContractForm } from "../_components/contract-form";
import { saveContract } from "../actions";
import { withTenant } from "@/lib/tenancy";

export const metadata: Metadata = { title: "Nieuw contract" };

export default async function NewContractPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const actor = await requireActor(org);
  if (!can(actor.org.kind, actor.role, "contracts.create")) notFound();
  const managers = await withTenant(actor, (tx) => listContractManagers(tx, { organisationId: actor.org.id }));
  return (
    <>
      <p className="small">
        <Link href={`/${org}/contracten`}>← Contracten</Link>
      </p>
      <h1>Nieuw contract</h1>
      <div className="card">
        <ContractForm
          action={saveContract.bind(null, org, null)}
          initial={{
            title: "",
            reference: "",
            purchasingPackage: "",
            cooperationForm: "",
            startDate: "",
            endDate: "",
            value: "",
            contractManagerId: actor.userId,
            status: "draft",
            malusCapPeriod: "contract_year",
            malusDecidedBy: "computed_status",
            ...contractCapValues(null),
          }}
          packages={packageOptions}
          statuses={statusOptions}
          managers={managers.map((m) => ({ value: m.userId, label: m.name ?? m.email }))}
          capPeriods={capPeriodOptions}
          deciders={deciderOptions}
          submitLabel="Contract aanmaken"
        />
      </div>
    </>
  );
}
