// Reads of a contract's tender and its losing bids. The bidders' names are read only when asked
// for (the buyer's coordinator-level roles); for everyone else they never leave the database, and
// a supplier's session could not read them anyway (tender_bidders has no supplier policy).
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contractTenders, indicators, promises, tenderBidders, tenderBids, tenderBidValues } from "@/db/schema";
import { getContract, type ContractViewer } from "@/lib/contracts/queries";
import { NotFoundError } from "@/lib/errors";
import { UUID_PATTERN } from "@/lib/contracts/rules";

/** A contract's tender, its winning promises and its losing bids by letter; names only with `withNames`. */
export async function tenderOverview(db: Db, params: { viewer: ContractViewer; contractId: string; withNames: boolean }) {
  const contract = await getContract(db, { viewer: params.viewer, id: params.contractId });
  const scope = (table: typeof tenderBids | typeof contractTenders | typeof tenderBidValues | typeof promises) =>
    and(eq(table.tenantId, contract.tenantId), eq(table.contractId, contract.id));
  const [tender] = await db.select().from(contractTenders).where(scope(contractTenders)).limit(1);
  const bids = await db
    .select({ id: tenderBids.id, label: tenderBids.label, score: tenderBids.score, version: tenderBids.version })
    .from(tenderBids)
    .where(scope(tenderBids))
    .orderBy(asc(tenderBids.label));
  const values = await db
    .select({ bidId: tenderBidValues.bidId, indicatorId: tenderBidValues.indicatorId, value: tenderBidValues.value })
    .from(tenderBidValues)
    .where(scope(tenderBidValues));
  const winning = await db
    .select({
      id: promises.id,
      indicatorId: promises.indicatorId,
      description: promises.description,
      value: promises.value,
      indicatorName: indicators.name,
      unitLabel: indicators.unitLabel,
      direction: indicators.direction,
    })
    .from(promises)
    .innerJoin(indicators, eq(indicators.id, promises.indicatorId))
    .where(scope(promises))
    .orderBy(asc(promises.createdAt));
  const names =
    params.withNames && bids.length > 0
      ? await db
          .select({ bidId: tenderBidders.bidId, name: tenderBidders.name })
          .from(tenderBidders)
          .where(
            and(
              eq(tenderBidders.tenantId, contract.tenantId),
              inArray(
                tenderBidders.bidId,
                bids.map((b) => b.id),
              ),
            ),
          )
      : [];
  const nameOf = new Map(names.map((n) => [n.bidId, n.name]));
  return {
    contract,
    tender: tender ?? null,
    promises: winning,
    bids: bids.map((b) => ({
      ...b,
      bidderName: params.withNames ? (nameOf.get(b.id) ?? null) : null,
      values: Object.fromEntries(values.filter((v) => v.bidId === b.id).map((v) => [v.indicatorId, v.value])),
    })),
  };
}

/** One losing bid of the buyer, for writes; another tenant's id looks exactly like a missing one. */
export async function getBidInTenant(db: Db, params: { tenantId: string; id: string }) {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError("Deze inschrijving bestaat niet.");
  const [row] = await db
    .select()
    .from(tenderBids)
    .where(and(eq(tenderBids.tenantId, params.tenantId), eq(tenderBids.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError("Deze inschrijving bestaat niet.");
  return row;
}
