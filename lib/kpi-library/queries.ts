import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { indicators, kpiTemplates, organisations, type KpiTemplate } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";

const TEMPLATE_NOT_FOUND = "Dit KPI-sjabloon bestaat niet.";

/** The library of a buyer, by purchasing package and name, with each template's indicator. */
export async function listTemplates(db: Db, params: { tenantId: string }) {
  return db
    .select({
      template: kpiTemplates,
      indicator: { name: indicators.name, code: indicators.code, unitLabel: indicators.unitLabel, direction: indicators.direction },
      // A template taken from a buyer group's standard names the group (organisations are global).
      groupName: organisations.name,
    })
    .from(kpiTemplates)
    .leftJoin(indicators, eq(indicators.id, kpiTemplates.indicatorId))
    .leftJoin(organisations, eq(organisations.id, kpiTemplates.groupId))
    .where(eq(kpiTemplates.tenantId, params.tenantId))
    .orderBy(asc(kpiTemplates.purchasingPackage), asc(kpiTemplates.name))
    .then((rows) => rows.map((r) => ({ ...r.template, groupName: r.groupName, indicator: r.indicator?.code ? r.indicator : null })));
}

export type LibraryTemplate = Awaited<ReturnType<typeof listTemplates>>[number];

/** One template of the buyer's own library; another tenant's id looks exactly like a missing one. */
export async function getTemplateInTenant(db: Db, params: { tenantId: string; id: string }): Promise<KpiTemplate> {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(TEMPLATE_NOT_FOUND);
  const [row] = await db
    .select()
    .from(kpiTemplates)
    .where(and(eq(kpiTemplates.tenantId, params.tenantId), eq(kpiTemplates.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError(TEMPLATE_NOT_FOUND);
  return row;
}
