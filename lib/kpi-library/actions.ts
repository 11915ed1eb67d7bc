// The buyer's KPI library: the coordinator (or an admin) keeps templates with three ambition
// levels; a contract manager adopts a template at a level into a contract they manage, where it
// becomes a buyer's proposal that the supplier accepts like any other (lib/kpis/store.ts).
import { hasPublishedVersions } from "@/lib/groups/queries";
import { publishIfMember } from "@/lib/groups/publication";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { kpiTemplates } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getUsableIndicator } from "@/lib/indicators/queries";
import { contractForKpis, insertKpi } from "@/lib/kpis/store";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { MalusRule } from "@/lib/malus/rule";
import { liveKpiNames, nameKey } from "./existing";
import { levelInfo, levelMilestonesForContract } from "./levels";
import { getTemplateInTenant } from "./queries";
import { AdoptTemplate, CreateTemplate, DeleteTemplate, UpdateTemplate } from "./schemas";
import { defineAction } from "@/lib/http/action";

type TemplateInput = CreateTemplate;

/** The stored columns of a template form; the indicator must be global or the buyer's own. */
async function templateValues(tx: Db, tenantId: string, input: TemplateInput) {
  if (input.indicatorId) {
    try {
      await getUsableIndicator(tx, { tenantId, id: input.indicatorId });
    } catch (error) {
      if (error instanceof NotFoundError) throw new ValidationError({ indicatorId: "Kies een indicator uit de catalogus." });
      throw error;
    }
  }
  return {
    name: input.name,
    description: input.description,
    indicatorId: input.indicatorId,
    kind: input.kind,
    obligation: input.obligation,
    purchasingPackage: input.purchasingPackage,
    scoreMeanings: input.scoreMeanings,
    measurement: input.measurement,
    evidenceRequired: input.evidenceRequired,
    levels: input.levels,
    malusRule: input.malusRule as Record<string, unknown> | null,
  };
}

export const createTemplate = defineAction({
  name: "kpi_library.create",
  permission: "kpi_library.edit",
  input: CreateTemplate,
  async handler(tx, ctx, input) {
    const [row] = await tx
      .insert(kpiTemplates)
      .values({ ...(await templateValues(tx, ctx.org.id, input)), tenantId: ctx.org.id })
      .returning();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "kpi_template", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

export const updateTemplate = defineAction({
  name: "kpi_library.update",
  permission: "kpi_library.edit",
  input: UpdateTemplate,
  async handler(tx, ctx, input) {
    const before = await getTemplateInTenant(tx, { tenantId: ctx.org.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError();
    const [after] = await tx
      .update(kpiTemplates)
      .set({ ...(await templateValues(tx, ctx.org.id, input)), version: input.version + 1 })
      .where(and(eq(kpiTemplates.tenantId, ctx.org.id), eq(kpiTemplates.id, input.id), eq(kpiTemplates.version, input.version)))
      .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "kpi_template", entityId: input.id, action: "update", before, after });
    return { id: input.id, version: after.version };
  },
});

// KPIs adopted earlier keep their template_id as history; the KPI itself stays as it was.
export const deleteTemplate = defineAction({
  name: "kpi_library.delete",
  permission: "kpi_library.edit",
  input: DeleteTemplate,
  async handler(tx, ctx, input) {
    const before = await getTemplateInTenant(tx, { tenantId: ctx.org.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError();
    if (await hasPublishedVersions(tx, { groupId: ctx.org.id, templateId: input.id })) {
      throw new ValidationError({
        _form:
          "Deze standaard is gepubliceerd en de leden volgen haar: zij blijft bestaan. Publiceer een nieuwe versie om haar te wijzigen.",
      });
    }
    const deleted = await tx
      .delete(kpiTemplates)
      .where(and(eq(kpiTemplates.tenantId, ctx.org.id), eq(kpiTemplates.id, input.id), eq(kpiTemplates.version, input.version)))
      .returning({ id: kpiTemplates.id });
    if (deleted.length === 0) throw new ConflictError();
    await recordAudit(tx, ctx, { tenantId: ctx.org.id, entity: "kpi_template", entityId: input.id, action: "delete", before });
    return { id: input.id };
  },
});

export const adoptTemplate = defineAction({
  name: "kpi_library.adopt",
  permission: "kpi_library.adopt",
  input: AdoptTemplate,
  async handler(tx, ctx, input) {
    const contract = await contractForKpis(tx, ctx, input.contractId);
    const template = await getTemplateInTenant(tx, { tenantId: ctx.org.id, id: input.templateId });
    const level = template.levels[input.level];
    const placed = levelMilestonesForContract(level, contract);
    const label = levelInfo(input.level).label;
    if (placed.milestones.length === 0) {
      throw new ValidationError({ level: `Geen mijlpaal van het niveau ${label} valt binnen de looptijd van dit contract.` });
    }
    if ((await liveKpiNames(tx, contract)).has(nameKey(template.name))) {
      throw new ValidationError({ contractId: `Dit contract heeft al een KPI met de naam "${template.name}".` });
    }
    const kpi = await insertKpi(tx, ctx, {
      contract,
      source: "template",
      name: template.name,
      description: [template.description, `Ambitieniveau ${label}: ${level.description}`].filter(Boolean).join("\n\n"),
      indicatorId: template.indicatorId,
      kind: template.kind,
      obligation: template.obligation,
      scoreMeanings: template.scoreMeanings,
      measurement: template.measurement,
      evidenceRequired: template.evidenceRequired,
      malusRule: template.malusRule as MalusRule | null,
      growthPath: {
        interpolation: level.interpolation,
        milestones: placed.milestones,
        reason: `Overgenomen uit de KPI-bibliotheek, niveau ${label}.`,
      },
      templateId: template.id,
      ambitionLevel: input.level,
    });
    // A standard of a buyer group: the group sees the adoption at once, not only the next morning.
    if (template.groupId) await publishIfMember(tx, ctx, template.groupId);
    return { kpiId: kpi.id, contractId: contract.id, droppedMilestones: placed.dropped };
  },
});
