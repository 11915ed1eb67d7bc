// Defining KPIs together (seed 002 §4.1.5: "direct bij aanvang van het project goed bespreken
// welke KPI's gehanteerd gaan worden"): either side proposes, the other side accepts or rejects
// with a reason. What may change how is the KPI policy (./policy.ts): a change to the other
// side's proposal is a counter-proposal, a change to an agreed KPI before the start a proposal
// that reopens it. Growth paths and tender promises have their own files; malus rules are in lib/malus/.
import { contractSide, type OrganisationKind } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { changedTerms, sameThemes, themeIdsOf } from "./agreed-terms";
import { kpiFieldErrors } from "./definition";
import { kpiForWrite, replaceKpiThemes, restoreAgreedTerms, routeKpiChange, saveKpi } from "./edit";
import type { MalusRule } from "@/lib/malus/rule";
import {
  closedContractMessage,
  isChangeToAgreedKpi,
  kpiDecisionRefusal,
  mayProposeKpi,
  mayWithdrawKpiChange,
  type KpiChangeOutcome,
} from "./policy";
import { amsterdamToday } from "@/lib/time";
import { firstActiveQuarter } from "./proposal";
import { AcceptKpi, ProposeKpi, RejectKpi, SetKpiThemes, UpdateKpi } from "./schemas";
import { contractForKpis, insertKpi, kpiReferenceErrors, pathFitsKind } from "./store";
import { defineAction } from "@/lib/http/action";
import { notifyOtherSide } from "@/lib/notifications/create";
import { raiseWebhookEvent } from "@/lib/webhooks/events";

export const proposeKpi = defineAction({
  name: "kpis.propose",
  permission: "kpis.propose",
  input: ProposeKpi,
  async handler(tx, ctx, input) {
    const contract = await contractForKpis(tx, ctx, input.contractId);
    if (!mayProposeKpi(contract)) throw new ForbiddenError(closedContractMessage(contract));
    const { contractId: _contractId, interpolation, milestones, ...fields } = input;
    const row = await insertKpi(tx, ctx, {
      ...fields,
      contract,
      source: "proposal",
      growthPath: milestones.length > 0 ? { interpolation, milestones } : null,
    });
    await notifyOtherSide(tx, ctx, contract, {
      kind: "kpi_proposed",
      subjectId: row.id,
      title: `KPI voorgesteld: ${row.name}`,
      path: `contracten/${contract.id}/kpis/${row.id}`,
      dedupe: `${row.id}:${row.version}`,
    });
    return { id: row.id };
  },
});

function assertDecidable(
  kpi: { status: string; proposedByKind: "buyer" | "supplier" },
  ctx: { org: { kind: OrganisationKind } },
  contract: { startDate: string; status: string },
) {
  if (kpi.status !== "proposed") throw new ConflictError("Over dit voorstel is al besloten; laad de pagina opnieuw.");
  const refusal = kpiDecisionRefusal(contractSide(ctx.org.kind), kpi, contract);
  if (refusal) throw new ForbiddenError(refusal);
}

export const acceptKpi = defineAction({
  name: "kpis.accept",
  permission: "kpis.propose",
  input: AcceptKpi,
  async handler(tx, ctx, input) {
    const { kpi, contract } = await kpiForWrite(tx, ctx, input.id, input.version);
    assertDecidable(kpi, ctx, contract);
    const after = await saveKpi(
      tx,
      ctx,
      kpi,
      {
        status: "active",
        activeFrom: firstActiveQuarter(contract, amsterdamToday()),
        decidedByUserId: ctx.userId,
        decidedAt: new Date(),
        rejectionReason: null,
        agreedVersion: null,
      },
      { action: isChangeToAgreedKpi(kpi) ? "accept_change" : "accept" },
    );
    await notifyOtherSide(tx, ctx, contract, {
      kind: "kpi_accepted",
      subjectId: kpi.id,
      title: `KPI geaccepteerd: ${after.name}`,
      path: `contracten/${contract.id}/kpis/${kpi.id}`,
      dedupe: `${kpi.id}:${after.version}`,
    });
    await raiseWebhookEvent(tx, { type: "kpi.decided", contract, data: { kpiId: kpi.id, decision: "accepted", status: after.status } });
    return { id: after.id, version: after.version, activeFrom: after.activeFrom, change: isChangeToAgreedKpi(kpi) };
  },
});

/** Rejecting a new KPI drops it; rejecting a change to an agreed KPI brings the agreed version back. */
export const rejectKpi = defineAction({
  name: "kpis.reject",
  permission: "kpis.propose",
  input: RejectKpi,
  async handler(tx, ctx, input) {
    const { kpi, contract } = await kpiForWrite(tx, ctx, input.id, input.version);
    assertDecidable(kpi, ctx, contract);
    const restored = isChangeToAgreedKpi(kpi);
    const after = restored
      ? await restoreAgreedTerms(tx, ctx, kpi, { action: "reject_change", reason: input.reason })
      : await saveKpi(
          tx,
          ctx,
          kpi,
          { status: "rejected", rejectionReason: input.reason, decidedByUserId: ctx.userId, decidedAt: new Date() },
          { action: "reject" },
        );
    await notifyOtherSide(tx, ctx, contract, {
      kind: "kpi_rejected",
      subjectId: kpi.id,
      title: `KPI afgewezen: ${kpi.name}`,
      path: `contracten/${contract.id}/kpis/${kpi.id}`,
      dedupe: `${kpi.id}:${after.version}`,
    });
    await raiseWebhookEvent(tx, { type: "kpi.decided", contract, data: { kpiId: kpi.id, decision: "rejected", status: after.status } });
    return { id: after.id, version: after.version, restored };
  },
});

/** The side that proposed a change to an agreed KPI takes it back: the agreed version returns. */
export const withdrawKpiChange = defineAction({
  name: "kpis.withdraw_change",
  permission: "kpis.propose",
  input: AcceptKpi,
  async handler(tx, ctx, input) {
    const { kpi, contract } = await kpiForWrite(tx, ctx, input.id, input.version);
    if (!isChangeToAgreedKpi(kpi)) throw new ConflictError("Er is geen voorgestelde wijziging om in te trekken; laad de pagina opnieuw.");
    if (!mayWithdrawKpiChange(contractSide(ctx.org.kind), kpi, contract)) {
      throw new ForbiddenError("Alleen de partij die de wijziging voorstelde, trekt haar in; de andere partij accepteert of wijst af.");
    }
    const after = await restoreAgreedTerms(tx, ctx, kpi, { action: "withdraw_change" });
    return { id: after.id, version: after.version };
  },
});

export const updateKpi = defineAction({
  name: "kpis.update",
  permission: "kpis.propose",
  input: UpdateKpi,
  async handler(tx, ctx, input) {
    const target = await kpiForWrite(tx, ctx, input.id, input.version);
    const { kpi, contract } = target;
    const { id: _id, version: _version, themeIds, ...fields } = input;
    const dropsMalus = kpi.malusRule !== null && fields.obligation !== "resultaat";
    // Turning a result into an effort obligation removes its malus: only the buyer may do that.
    if (dropsMalus && ctx.org.kind !== "buyer") {
      throw new ForbiddenError("Deze KPI heeft een malusregel: alleen de opdrachtgever kan er een inspanningsverplichting van maken.");
    }
    const malusRule = dropsMalus ? null : (kpi.malusRule as MalusRule | null);
    const errors = {
      ...kpiFieldErrors({ ...fields, malusRule }),
      ...(await kpiReferenceErrors(tx, contract, { indicatorId: fields.indicatorId, themeIds })),
      ...(await pathFitsKind(tx, kpi, fields.kind)),
    };
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const terms = { ...fields, scoreMeanings: fields.kind === "qualitative" ? fields.scoreMeanings : null, malusRule };
    const termsChanged = changedTerms(kpi, terms).length > 0;
    const themesChanged = !sameThemes(await themeIdsOf(tx, kpi), themeIds);
    const unchanged = { id: kpi.id, version: kpi.version, counterProposal: false, outcome: { route: "unchanged" } as KpiChangeOutcome };
    if (!termsChanged && !themesChanged) return unchanged;
    const { columns, outcome } = await routeKpiChange(tx, ctx, target, termsChanged ? "terms" : "themes");
    const after = await saveKpi(tx, ctx, kpi, { ...terms, ...columns }, { action: "update", extra: { themeIds } });
    await replaceKpiThemes(tx, { tenantId: kpi.tenantId, kpiId: kpi.id, themeIds });
    return {
      id: after.id,
      version: after.version,
      counterProposal: outcome.route === "proposal" && outcome.counter,
      outcome: outcome as KpiChangeOutcome,
    };
  },
});

/**
 * Which Waardenwiel themes a KPI serves. The buyer labels with its own wheel at any time; for the
 * supplier the themes are part of what it proposes (./policy.ts).
 */
export const setKpiThemes = defineAction({
  name: "kpis.set_themes",
  permission: "kpis.propose",
  input: SetKpiThemes,
  async handler(tx, ctx, input) {
    const target = await kpiForWrite(tx, ctx, input.id, input.version);
    const { kpi, contract } = target;
    const errors = await kpiReferenceErrors(tx, contract, { themeIds: input.themeIds });
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    if (sameThemes(await themeIdsOf(tx, kpi), input.themeIds))
      return { id: kpi.id, version: kpi.version, outcome: { route: "unchanged" } as KpiChangeOutcome };
    const { columns, outcome } = await routeKpiChange(tx, ctx, target, "themes");
    const after = await saveKpi(tx, ctx, kpi, columns, { action: "set_themes", extra: { themeIds: input.themeIds } });
    await replaceKpiThemes(tx, { tenantId: kpi.tenantId, kpiId: kpi.id, themeIds: input.themeIds });
    return { id: after.id, version: after.version, outcome: outcome as KpiChangeOutcome };
  },
});
