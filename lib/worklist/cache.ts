// A buyer's "Te doen", kept in this process under the organisation's work version
// (tenant_work_changes, migration 0042): any committed change to what the list reads moves the
// version on, so a thing done leaves the list at the next page, while a coordinator who opens the
// home page many times a day over thousands of contracts reads it once per change. A supplier's
// list spans the tenants of all its buyers and is small: it is read afresh every time.
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { dataVersion, VersionedCache } from "@/lib/dashboard/cache";
import type { WorkItem } from "./items";
import { worklist } from "./queries";

/** Enough for every contract manager and coordinator of a few large buyers. */
const WORKLIST_CACHE_ENTRIES = 500;
/**
 * A review to prepare enters the list seven days before its meeting by the clock, not by a change,
 * and indicator names are not tenant rows: an entry is read again after this long.
 */
const WORKLIST_CACHE_TTL_MS = 5 * 60_000;

const worklistCache = new VersionedCache(WORKLIST_CACHE_ENTRIES, WORKLIST_CACHE_TTL_MS);

/** Everything waiting for this person, from the cache when nothing it reads has changed since. */
export async function currentWorklist(db: Db, { actor, today }: { actor: Actor; today: string }): Promise<WorkItem[]> {
  if (actor.org.kind !== "buyer") return worklist(db, { actor, today });
  const version = await dataVersion(db, { tenantId: actor.org.id, log: "tenant_work_changes" });
  const key = [actor.org.id, actor.userId, actor.role, today, version].join(":");
  const cached = worklistCache.get<WorkItem[]>(key);
  if (cached) return cached;
  const items = await worklist(db, { actor, today });
  worklistCache.set(key, items);
  return items;
}
