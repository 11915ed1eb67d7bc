import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contractTenders, promises, tenderBidders, tenderBids, tenderBidValues } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { getContractInTenant } from "@/lib/contracts/queries";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { getBidInTenant } from "./queries";
import { nextBidLabel } from "./rules";
import { DeleteBid, SaveBid, SaveTender } from "./schemas";

export const saveTender = defineAction({
  name: "tenders.save",
  permission: "bids.edit",
  input: SaveTender,
  async handler(tx, ctx, input) {
    const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
    const where = and(eq(contractTenders.tenantId, contract.tenantId), eq(contractTenders.contractId, contract.id));
    const [before] = await tx.select().from(contractTenders).where(where).limit(1);
    if ((before?.version ?? 0) !== input.version) throw new ConflictError();
    const columns = {
      reference: input.reference,
      procedure: input.procedure,
      awardDate: input.awardDate,
      winnerScore: input.winnerScore,
      updatedByUserId: ctx.userId,
      updatedAt: new Date(),
    };
    const [after] = before
      ? await tx
          .update(contractTenders)
          .set({ ...columns, version: before.version + 1 })
          .where(and(where, eq(contractTenders.version, before.version)))
          .returning()
      : await tx
          .insert(contractTenders)
          .values({ ...columns, tenantId: contract.tenantId, contractId: contract.id })
          .onConflictDoNothing()
          .returning();
    if (!after) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: contract.tenantId,
      entity: "contract",
      entityId: contract.id,
      action: "save_tender",
      before,
      after,
    });
    return { version: after.version };
  },
});

/** The promised values of a bid, on indicators the winner promised something on: the comparison is per indicator. */
async function checkedValues(tx: Db, contract: { tenantId: string; id: string }, values: Record<string, string | null>) {
  const promised = await tx
    .select({ indicatorId: promises.indicatorId })
    .from(promises)
    .where(and(eq(promises.tenantId, contract.tenantId), eq(promises.contractId, contract.id)));
  const known = new Set(promised.map((p) => p.indicatorId));
  const errors: Record<string, string> = {};
  for (const id of Object.keys(values))
    if (!known.has(id)) errors[`values.${id}`] = "Deze indicator staat niet bij de toezeggingen van het contract.";
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null);
}

export const saveBid = defineAction({
  name: "bids.save",
  permission: "bids.edit",
  input: SaveBid,
  async handler(tx, ctx, input) {
    const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
    const values = await checkedValues(tx, contract, input.values);
    let before = null;
    let bid;
    if (input.id) {
      before = await getBidInTenant(tx, { tenantId: contract.tenantId, id: input.id });
      if (before.contractId !== contract.id) throw new NotFoundError("Deze inschrijving bestaat niet.");
      if (before.version !== input.version) throw new ConflictError();
      [bid] = await tx
        .update(tenderBids)
        .set({ score: input.score, version: before.version + 1 })
        .where(and(eq(tenderBids.tenantId, contract.tenantId), eq(tenderBids.id, before.id), eq(tenderBids.version, before.version)))
        .returning();
      if (!bid) throw new ConflictError();
      await tx
        .update(tenderBidders)
        .set({ name: input.bidderName })
        .where(and(eq(tenderBidders.tenantId, contract.tenantId), eq(tenderBidders.bidId, bid.id)));
      await tx.delete(tenderBidValues).where(and(eq(tenderBidValues.tenantId, contract.tenantId), eq(tenderBidValues.bidId, bid.id)));
    } else {
      const taken = await tx
        .select({ label: tenderBids.label })
        .from(tenderBids)
        .where(and(eq(tenderBids.tenantId, contract.tenantId), eq(tenderBids.contractId, contract.id)));
      [bid] = await tx
        .insert(tenderBids)
        .values({
          tenantId: contract.tenantId,
          contractId: contract.id,
          label: nextBidLabel(taken.map((t) => t.label)),
          score: input.score,
        })
        .returning();
      await tx.insert(tenderBidders).values({ tenantId: contract.tenantId, bidId: bid.id, name: input.bidderName });
    }
    if (values.length > 0) {
      await tx.insert(tenderBidValues).values(
        values.map(([indicatorId, value]) => ({
          tenantId: contract.tenantId,
          bidId: bid.id,
          contractId: contract.id,
          indicatorId,
          value,
        })),
      );
    }
    await recordAudit(tx, ctx, {
      tenantId: contract.tenantId,
      entity: "tender_bid",
      entityId: bid.id,
      action: before ? "update" : "create",
      before,
      after: { ...bid, bidderName: input.bidderName, values: Object.fromEntries(values) },
    });
    return { id: bid.id, label: bid.label, version: bid.version };
  },
});

export const deleteBid = defineAction({
  name: "bids.delete",
  permission: "bids.edit",
  input: DeleteBid,
  async handler(tx, ctx, input) {
    const before = await getBidInTenant(tx, { tenantId: ctx.org.id, id: input.id });
    if (before.version !== input.version) throw new ConflictError();
    const deleted = await tx
      .delete(tenderBids)
      .where(and(eq(tenderBids.tenantId, before.tenantId), eq(tenderBids.id, before.id), eq(tenderBids.version, input.version)))
      .returning({ id: tenderBids.id });
    if (deleted.length === 0) throw new ConflictError();
    await recordAudit(tx, ctx, { tenantId: before.tenantId, entity: "tender_bid", entityId: before.id, action: "delete", before });
    return { id: before.id };
  },
});
