// The figures of the start page, from the contracts a viewer can see (pure, unit-tested).

type OverviewContract = {
  id: string;
  title: string;
  status: string;
  valueCents: number;
  endDate: string;
  supplierOrgId: string | null;
  tenantId: string;
};

export function contractOverview(contracts: OverviewContract[]) {
  const active = contracts.filter((c) => c.status === "active");
  return {
    active: active.length,
    draft: contracts.filter((c) => c.status === "draft").length,
    activeValueCents: active.reduce((sum, c) => sum + c.valueCents, 0),
    withoutSupplier: contracts.filter((c) => !c.supplierOrgId && (c.status === "draft" || c.status === "active")).length,
    buyers: new Set(contracts.map((c) => c.tenantId)).size,
    endingSoon: [...active].sort((a, b) => a.endDate.localeCompare(b.endDate)).slice(0, 5),
  };
}
