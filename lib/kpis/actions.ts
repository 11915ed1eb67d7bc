// Defining KPIs together (seed 002 §4.1.5: "direct bij aanvang van het project goed bespreken
// welke KPI's gehanteerd gaan worden"): either side proposes, the other side accepts or rejects
// with a reason, and both edit freely until the contract starts. Growth paths, malus rules and
// tender promises have their own files.
import { and, eq } from "drizzle-orm";
import { kpiThemes } from "@/db/schema";
import { defineAction } from "@/lib/action";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { inTenant } from "@/lib/tenancy";
import { kpiFieldErrors } from "./definition";
import { assertKpiEditable, kpiForWrite, saveKpi } from "./edit";
import { amsterdamToday, firstActiveQuarter, mayDecideOnProposal } from "./proposal";
import type { MalusRule } from "./malus";
import { AcceptKpi, ProposeKpi, RejectKpi, SetKpiThemes, UpdateKpi } from "./schemas";
import { contractForKpis, insertKpi, kpiReferenceErrors } from "./store";

export const proposeKpi = defineAction({
  name: "kpis.propose",
  permission: "kpis.propose",
  input: ProposeKpi,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const contract = await contractForKpis(tx, ctx, input.contractId);
      const { contractId: _contractId, interpolation, milestones, ...fields } = input;
      const row = await insertKpi(tx, ctx, {
        ...fields,
        contract,
        source: "proposal",
        growthPath: milestones.length > 0 ? { interpolation, milestones } : null,
      });
      return { id: row.id };
    });
  },
});

function assertDecidable(kpi: { status: string; proposedByKind: "buyer" | "supplier" }, actorKind: "buyer" | "supplier") {
  if (kpi.status !== "proposed") throw new ConflictError("Over dit voorstel is al besloten; laad de pagina opnieuw.");
  if (!mayDecideOnProposal(kpi.proposedByKind, actorKind)) {
    throw new ForbiddenError("Over een voorstel van je eigen organisatie beslist de andere partij.");
  }
}

export const acceptKpi = defineAction({
  name: "kpis.accept",
  permission: "kpis.propose",
  input: AcceptKpi,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const { kpi, contract } = await kpiForWrite(tx, ctx, input.id, input.version);
      assertDecidable(kpi, ctx.org.kind);
      const after = await saveKpi(
        tx,
        ctx,
        kpi,
        {
          status: "active",
          activeFrom: firstActiveQuarter(contract, amsterdamToday()),
          decidedByUserId: ctx.userId,
          decidedAt: new Date(),
        },
        { action: "accept" },
      );
      return { id: after.id, version: after.version, activeFrom: after.activeFrom };
    });
  },
});

export const rejectKpi = defineAction({
  name: "kpis.reject",
  permission: "kpis.propose",
  input: RejectKpi,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const { kpi } = await kpiForWrite(tx, ctx, input.id, input.version);
      assertDecidable(kpi, ctx.org.kind);
      const after = await saveKpi(
        tx,
        ctx,
        kpi,
        { status: "rejected", rejectionReason: input.reason, decidedByUserId: ctx.userId, decidedAt: new Date() },
        { action: "reject" },
      );
      return { id: after.id, version: after.version };
    });
  },
});

export const updateKpi = defineAction({
  name: "kpis.update",
  permission: "kpis.propose",
  input: UpdateKpi,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const { kpi, contract } = await kpiForWrite(tx, ctx, input.id, input.version);
      assertKpiEditable(kpi, contract, amsterdamToday());
      const { id: _id, version: _version, themeIds, ...fields } = input;
      const dropsMalus = kpi.malusRule !== null && fields.obligation !== "resultaat";
      // Turning a result into an effort obligation removes its malus: only the buyer may do that.
      if (dropsMalus && ctx.org.kind !== "buyer") {
        throw new ForbiddenError("Deze KPI heeft een malusregel: alleen de opdrachtgever kan er een inspanningsverplichting van maken.");
      }
      const malusRule = dropsMalus ? null : (kpi.malusRule as MalusRule | null);
      const errors = { ...kpiFieldErrors({ ...fields, malusRule }), ...(await kpiReferenceErrors(tx, contract, { indicatorId: fields.indicatorId, themeIds })) };
      if (Object.keys(errors).length > 0) throw new ValidationError(errors);
      // Changing the other side's proposal makes it a counter-proposal: now they decide on it.
      const counter = kpi.status === "proposed" && kpi.proposedByKind !== ctx.org.kind;
      const after = await saveKpi(
        tx,
        ctx,
        kpi,
        {
          ...fields,
          scoreMeanings: fields.kind === "qualitative" ? fields.scoreMeanings : null,
          malusRule,
          ...(counter ? { proposedByKind: ctx.org.kind, proposedByUserId: ctx.userId } : {}),
        },
        { action: "update", extra: { themeIds } },
      );
      await replaceThemes(tx, kpi.tenantId, kpi.id, themeIds);
      return { id: after.id, version: after.version, counterProposal: counter };
    });
  },
});

/**
 * Which Waardenwiel themes a KPI serves is a label, not a change to what is measured or agreed,
 * so it may be set at any time, also after the start.
 */
export const setKpiThemes = defineAction({
  name: "kpis.set_themes",
  permission: "kpis.propose",
  input: SetKpiThemes,
  async handler(ctx, input) {
    return inTenant(ctx, async (tx) => {
      const { kpi, contract } = await kpiForWrite(tx, ctx, input.id, input.version);
      if (kpi.status === "rejected") throw new ForbiddenError("Dit voorstel is afgewezen en kan niet meer worden gewijzigd.");
      const errors = await kpiReferenceErrors(tx, contract, { themeIds: input.themeIds });
      if (Object.keys(errors).length > 0) throw new ValidationError(errors);
      const after = await saveKpi(tx, ctx, kpi, {}, { action: "set_themes", extra: { themeIds: input.themeIds } });
      await replaceThemes(tx, kpi.tenantId, kpi.id, input.themeIds);
      return { id: after.id, version: after.version };
    });
  },
});

async function replaceThemes(tx: Parameters<typeof kpiReferenceErrors>[0], tenantId: string, kpiId: string, themeIds: string[]) {
  await tx.delete(kpiThemes).where(and(eq(kpiThemes.tenantId, tenantId), eq(kpiThemes.kpiId, kpiId)));
  const unique = [...new Set(themeIds)];
  if (unique.length > 0) await tx.insert(kpiThemes).values(unique.map((themeId) => ({ tenantId, kpiId, themeId })));
}
