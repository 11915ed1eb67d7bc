// A fresh copy of one demo contract, with its KPIs, its quarterly reports (the last ended quarter a
// draft) and its final reviews, made the way the demo seed makes them, under a new title. Browser
// tests that move a contract's reports and reviews forward work on a copy of their own, so they
// pass whichever test ran before them on the same database.
import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, organisations, users, type Contract } from "../schema";
import { amsterdamToday } from "../../lib/time";
import { withTenant } from "../../lib/tenancy";
import { demoContracts, demoOrganisations, demoUsers } from "./demo-data";
import { DEMO_KPIS } from "./demo-kpis-data";
import { DEMO_KPIS_MORE } from "./demo-kpis-data-more";
import { seedKpi } from "./demo-kpis";
import { seedContractReports } from "./demo-reports";
import { seedContractReviews } from "./demo-reviews";
import { COORDINATORS } from "./demo-reviews-data";

/** The copy's id and title, or null when no demo contract with a supplier has that reference. */
export async function copyDemoContract(
  db: Db,
  params: { reference: string; title: string; lastQuarter?: "draft" | "submitted" },
): Promise<{ id: string; title: string } | null> {
  const spec = demoContracts.find((c) => c.reference === params.reference && c.supplier);
  const kpiSpecs = [...DEMO_KPIS, ...DEMO_KPIS_MORE].find((k) => k.contract === spec?.title && k.buyer === spec?.buyer)?.kpis ?? [];
  if (!spec) return null;

  const orgRows = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(
      inArray(
        organisations.slug,
        demoOrganisations.map((o) => o.slug),
      ),
    );
  const userRows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        demoUsers.map((u) => u.email),
      ),
    );
  const orgIds = new Map(demoOrganisations.flatMap((o) => orgRows.filter((r) => r.slug === o.slug).map((r) => [o.key, r.id] as const)));
  const userIds = new Map(userRows.map((r) => [r.email, r.id] as const));
  const ids = { orgIds, userIds };
  const tenantId = orgIds.get(spec.buyer);
  const managerId = userIds.get(spec.manager);
  if (!tenantId || !managerId) return null;

  const scope = { userId: managerId, orgId: tenantId, orgKind: "buyer" as const };
  const contract: Contract = await withTenant(
    scope,
    async (tx) => {
      const [row] = await tx
        .insert(contracts)
        .values({
          tenantId,
          title: params.title,
          // The reference is unique per buyer: the copy gets one of its own.
          reference: `${spec.reference}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`,
          purchasingPackage: spec.purchasingPackage,
          cooperationForm: spec.cooperationForm,
          startDate: spec.startDate,
          endDate: spec.endDate,
          valueCents: spec.valueCents,
          status: spec.status,
          contractManagerId: managerId,
          supplierOrgId: orgIds.get(spec.supplier!)!,
        })
        .returning();
      return row;
    },
    db,
  );
  for (const kpi of kpiSpecs) await seedKpi(db, ids, contract, kpi);
  const today = amsterdamToday();
  await seedContractReports(db, contract as Contract & { supplierOrgId: string }, today, params.lastQuarter ?? "draft");
  await withTenant(
    scope,
    (tx) =>
      seedContractReviews(tx, {
        ids,
        spec,
        contract,
        today,
        counter: { reviews: 0, waived: false, atRiskAgreed: false, amended: false },
        coordinatorId: userIds.get(COORDINATORS[spec.buyer]) ?? null,
      }),
    db,
  );
  return { id: contract.id, title: contract.title };
}
