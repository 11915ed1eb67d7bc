// The contract filter of the audit log: what was typed, resolved to the contracts the reader may
// see. A search field rather than a list: a coordinator with two thousand contracts got a page of
// two thousand options, which took seconds to send and to render.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { findContracts, viewerOf } from "@/lib/contracts/queries";
import { parseAuditFilters } from "./filters";
import type { AuditQuery } from "./queries";

/** More contracts than this for one search reads as "too broad": the reader types more. */
const CONTRACT_MATCH_LIMIT = 50;

type ContractMatch = { contracts: Array<{ tenantId: string; id: string }>; titles: string[] } | { error: string };

async function matchContracts(db: Db, actor: Actor, text: string): Promise<ContractMatch> {
  const found = await findContracts(db, { viewer: viewerOf(actor), text, limit: CONTRACT_MATCH_LIMIT + 1 });
  if (found.length === 0) return { error: `Geen contract gevonden met ‘${text}’ in de titel of het kenmerk.` };
  if (found.length > CONTRACT_MATCH_LIMIT)
    return { error: `Meer dan ${CONTRACT_MATCH_LIMIT} contracten passen bij ‘${text}’: typ meer van de titel of het kenmerk.` };
  return { contracts: found.map((c) => ({ tenantId: c.tenantId, id: c.id })), titles: found.map((c) => c.title) };
}

/**
 * The filters in the address, checked, with the contract search resolved: what the page shows in
 * its fields (`filters`, `errors`), what the log is read with (`query`), and which contracts the
 * search found. A search that finds nothing is named at its field and left out, as a mistyped
 * date is.
 */
export async function resolveAuditFilters(db: Db, actor: Actor, search: Record<string, string | string[] | undefined>) {
  const { filters, errors } = parseAuditFilters(search);
  const { contract, ...rest } = filters;
  const query: AuditQuery = rest;
  let contractTitles: string[] = [];
  if (contract !== undefined) {
    const match = await matchContracts(db, actor, contract);
    if ("error" in match) errors.contract = match.error;
    else {
      query.contracts = match.contracts;
      contractTitles = match.titles;
    }
  }
  return { filters, errors, query, contractTitles };
}
