import { count } from "drizzle-orm";
import type { Db } from "../client";
import { contracts, memberships, organisations, platformOperators, users } from "../schema";
import { withTenant } from "../../lib/tenancy";
import { demoContracts, demoOperators, demoOrganisations, demoUsers } from "./demo-data";
import { seedDemoTargets } from "./demo-targets";
import { seedDemoWaardenwiel } from "./demo-waardenwiel";
import { seedDemoKpis } from "./demo-kpis";
import { seedDemoReports } from "./demo-reports";
import { seedDemoVerification } from "./demo-verification";
import { seedDemoReviews } from "./demo-reviews";
import { seedDemoGuidance } from "./demo-guidance";
import { seedDemoGuidanceTools } from "./demo-guidance-tools";
import { seedDemoProcurementChecklist } from "./demo-procurement-checklist";
import { seedDemoRoadmap } from "./demo-roadmap";
import { seedDemoBenchmark } from "./demo-benchmark";
import { seedDemoGroup } from "./demo-group";
import { seedDemoSupplierProfile } from "./demo-supplier-profile";
import { seedDemoEvaluations } from "./demo-evaluations";
import { seedDemoInnovations } from "./demo-innovations";
import { seedDemoFootprint } from "./demo-footprint";
import { seedDemoTenders } from "./demo-tenders";
import { seedDemoBoardReports } from "./demo-board-reports";

/** Fills an empty database with the demo world; does nothing when organisations exist. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations);
  if (Number(row?.n ?? 0) > 0) return false;
  await seedDemo(db);
  return true;
}

async function seedDemo(db: Db): Promise<void> {
  const orgIds = new Map<string, string>();
  const userIds = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const org of demoOrganisations) {
      const [created] = await tx
        .insert(organisations)
        .values({
          kind: org.kind,
          name: org.name,
          slug: org.slug,
          kvk: "kvk" in org ? org.kvk : null,
          oin: "oin" in org ? org.oin : null,
        })
        .returning({ id: organisations.id });
      orgIds.set(org.key, created.id);
    }
    for (const user of demoUsers) {
      const [created] = await tx
        .insert(users)
        .values({ name: user.name, email: user.email, emailVerified: new Date() })
        .returning({ id: users.id });
      userIds.set(user.email, created.id);
      for (const [orgKey, role] of user.memberships) {
        await tx.insert(memberships).values({ organisationId: orgIds.get(orgKey)!, userId: created.id, role: role as never });
      }
      if (demoOperators.includes(user.email)) await tx.insert(platformOperators).values({ userId: created.id });
    }
  });
  // Contracts are tenant rows: written through the same tenant scope as the app, so row-level
  // security accepts them even when the seed runs as the application role.
  for (const contract of demoContracts) {
    const tenantId = orgIds.get(contract.buyer)!;
    const managerId = userIds.get(contract.manager)!;
    await withTenant(
      { userId: managerId, orgId: tenantId, orgKind: "buyer" },
      async (tx) => {
        await tx.insert(contracts).values({
          tenantId,
          title: contract.title,
          reference: contract.reference,
          purchasingPackage: contract.purchasingPackage,
          cooperationForm: contract.cooperationForm,
          startDate: contract.startDate,
          endDate: contract.endDate,
          valueCents: contract.valueCents,
          status: contract.status,
          contractManagerId: managerId,
          supplierOrgId: contract.supplier ? orgIds.get(contract.supplier)! : null,
        });
      },
      db,
    );
  }
  await seedDemoTargets(db, { orgIds, userIds });
  await seedDemoWaardenwiel(db, { orgIds, userIds });
  await seedDemoKpis(db, { orgIds, userIds });
  await seedDemoReports(db, { orgIds, userIds });
  await seedDemoReviews(db, { orgIds, userIds });
  await seedDemoGuidance(db, { orgIds, userIds });
  await seedDemoGuidanceTools(db, { orgIds, userIds });
  await seedDemoProcurementChecklist(db, { orgIds, userIds });
  await seedDemoRoadmap(db, { orgIds, userIds });
  await seedDemoBenchmark(db, { orgIds, userIds });
  await seedDemoGroup(db, { orgIds, userIds });
  await seedDemoSupplierProfile(db, { orgIds, userIds });
  await seedDemoEvaluations(db, { orgIds, userIds });
  await seedDemoInnovations(db, { orgIds, userIds });
  await seedDemoVerification(db, { orgIds, userIds });
  await seedDemoFootprint(db, { orgIds, userIds });
  await seedDemoTenders(db, { orgIds, userIds });
  // Last: the report keeps the dashboard's figures of all the demo data above.
  await seedDemoBoardReports(db, { orgIds, userIds });
}
