// Tender promises (toezeggingen): what the supplier promised in its bid, such as the MKI value of
// the winning asphalt bid. Seed 003 asks the contract manager to "sturen op het nakomen van de
// gemaakte toezeggingen, waaronder eventueel ingediende MKI-waarden"; seed 002 §4.1.6 warns that
// promises nobody checks invite greenwashing. So a promise becomes a result KPI in one step, and
// the KPI keeps the link to the promise it enforces.
import { and, eq, ne } from "drizzle-orm";
import { kpis, promises } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { viewerOf } from "@/lib/contracts/queries";
import { ValidationError } from "@/lib/errors";
import { contractQuarters, quarterFromKey, quarterLabel } from "@/lib/periods";
import { getPromiseRow } from "./queries";
import { PromiseToKpi, RecordPromise } from "./schemas";
import { contractForKpis, insertKpi, kpiReferenceErrors } from "./store";
import { defineAction } from "@/lib/http/action";

export const recordPromise = defineAction({
  name: "promises.create",
  permission: "promises.edit",
  input: RecordPromise,
  async handler(tx, ctx, input) {
    const contract = await contractForKpis(tx, ctx, input.contractId);
    const errors = await kpiReferenceErrors(tx, contract, { indicatorId: input.indicatorId });
    const keys = contractQuarters(contract.startDate, contract.endDate).map((q) => q.key);
    if (input.dueQuarter && !keys.includes(input.dueQuarter)) {
      errors.dueQuarter = `${quarterLabel(quarterFromKey(input.dueQuarter))} valt buiten de looptijd van het contract.`;
    }
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const { contractId: _contractId, ...fields } = input;
    const [row] = await tx
      .insert(promises)
      .values({ ...fields, tenantId: contract.tenantId, contractId: contract.id })
      .returning();
    await recordAudit(tx, ctx, { tenantId: row.tenantId, entity: "promise", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
});

export const promiseToKpi = defineAction({
  name: "promises.to_kpi",
  permission: "promises.edit",
  input: PromiseToKpi,
  async handler(tx, ctx, input) {
    const promise = await getPromiseRow(tx, { viewer: viewerOf(ctx), promiseId: input.promiseId });
    const contract = await contractForKpis(tx, ctx, promise.contractId);
    const [existing] = await tx
      .select({ id: kpis.id })
      .from(kpis)
      .where(and(eq(kpis.tenantId, promise.tenantId), eq(kpis.promiseId, promise.id), ne(kpis.status, "rejected")));
    if (existing) throw new ValidationError({}, "Van deze toezegging is al een KPI gemaakt.");
    // The promised value is the target from the promised quarter on (or over the whole
    // contract when no quarter was promised); before that nothing was promised, so no target.
    const quarters = contractQuarters(contract.startDate, contract.endDate);
    const from = promise.dueQuarter ?? quarters[0].key;
    const row = await insertKpi(tx, ctx, {
      contract,
      source: "promise",
      name: `${promise.indicator.name} volgens toezegging`.slice(0, 160),
      description: promise.description,
      indicatorId: promise.indicatorId,
      kind: "quantitative",
      obligation: "resultaat",
      measurement: promise.source ? `Zoals in de inschrijving: ${promise.source}` : null,
      growthPath: { interpolation: "step", milestones: [{ quarter: from, value: promise.value }] },
      promiseId: promise.id,
    });
    await recordAudit(tx, ctx, {
      tenantId: promise.tenantId,
      entity: "promise",
      entityId: promise.id,
      action: "to_kpi",
      after: { kpiId: row.id },
    });
    return { id: row.id };
  },
});
