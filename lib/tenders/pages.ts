// What the tender page needs: the winner and the other bids per promised indicator, with the gain
// of the choice. Names of losing bidders only for the buyer's coordinator-level roles.
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireActor } from "@/lib/auth/session";
import { viewerOf } from "@/lib/contracts/queries";
import { decimalInput } from "@/lib/format";
import { withTenant } from "@/lib/tenancy";
import { deliveredByPromise } from "./delivery";
import { tenderOverview } from "./queries";
import { gainOf } from "./rules";

export const tenderPage = cache(async (orgSlug: string, contractId: string) => {
  const actor = await requireActor(orgSlug);
  const mayEdit = actor.org.kind === "buyer" && can(actor.org.kind, actor.role, "bids.edit");
  const withNames = actor.org.kind === "buyer" && can(actor.org.kind, actor.role, "bids.read_names");
  const { view, delivered } = await orNotFound(
    withTenant(actor, async (tx) => {
      const view = await tenderOverview(tx, { viewer: viewerOf(actor), contractId, withNames });
      return { view, delivered: await deliveredByPromise(tx, { tenantId: view.contract.tenantId, contractId: view.contract.id }) };
    }),
  );
  const comparison = view.promises.map((p) => {
    const others = view.bids.map((b) => b.values[p.indicatorId]).filter((v): v is string => v !== undefined);
    return {
      indicatorId: p.indicatorId,
      indicatorName: p.indicatorName,
      description: p.description,
      unitLabel: p.unitLabel,
      direction: p.direction,
      winner: p.value,
      delivered: delivered.get(p.id) ?? null,
      others: view.bids.map((b) => ({ label: b.label, value: b.values[p.indicatorId] ?? null })),
      ...gainOf(p.direction, p.value, others),
    };
  });
  return {
    actor,
    mayEdit,
    withNames,
    contract: view.contract,
    tender: view.tender,
    promises: view.promises,
    comparison,
    bids: view.bids.map((b) => ({
      ...b,
      initial: {
        id: b.id,
        version: b.version,
        bidderName: b.bidderName ?? "",
        score: decimalInput(b.score),
        values: Object.fromEntries(Object.entries(b.values).map(([k, v]) => [k, decimalInput(v)])),
      },
    })),
    tenderInitial: {
      reference: view.tender?.reference ?? "",
      procedure: view.tender?.procedure ?? "",
      awardDate: view.tender?.awardDate ?? "",
      winnerScore: decimalInput(view.tender?.winnerScore),
      version: view.tender?.version ?? 0,
    },
  };
});
