import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { roadmapItems, wheelThemes, type RoadmapItem } from "@/db/schema";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { NotFoundError } from "@/lib/errors";
import { contractWheelThemes as kpiContractWheelThemes } from "@/lib/kpis/queries";

const ITEM_NOT_FOUND = "Deze roadmap-actie bestaat niet.";

type OfContract = { tenantId: string; contractId: string };

/** The themes of a contract's own Waardenwiel, in ring order; empty when no wheel was derived. */
export function contractWheelThemes(db: Db, params: OfContract) {
  return kpiContractWheelThemes(db, { tenantId: params.tenantId, id: params.contractId });
}

/** The roadmap of a contract by due date, with the name of each item's theme. */
export async function listRoadmapItems(db: Db, params: OfContract) {
  return db
    .select({
      id: roadmapItems.id,
      title: roadmapItems.title,
      description: roadmapItems.description,
      themeId: roadmapItems.themeId,
      themeName: wheelThemes.name,
      strategy: roadmapItems.strategy,
      owner: roadmapItems.owner,
      ownerSide: roadmapItems.ownerSide,
      dueDate: roadmapItems.dueDate,
      status: roadmapItems.status,
      version: roadmapItems.version,
    })
    .from(roadmapItems)
    .leftJoin(wheelThemes, and(eq(wheelThemes.tenantId, roadmapItems.tenantId), eq(wheelThemes.id, roadmapItems.themeId)))
    .where(and(eq(roadmapItems.tenantId, params.tenantId), eq(roadmapItems.contractId, params.contractId)))
    .orderBy(asc(roadmapItems.dueDate), asc(roadmapItems.title));
}

/** One item of one contract; an id of another contract or tenant looks exactly like a missing one. */
export async function getRoadmapItem(db: Db, params: OfContract & { id: string }): Promise<RoadmapItem> {
  if (!UUID_PATTERN.test(params.id)) throw new NotFoundError(ITEM_NOT_FOUND);
  const [row] = await db
    .select()
    .from(roadmapItems)
    .where(and(eq(roadmapItems.tenantId, params.tenantId), eq(roadmapItems.contractId, params.contractId), eq(roadmapItems.id, params.id)))
    .limit(1);
  if (!row) throw new NotFoundError(ITEM_NOT_FOUND);
  return row;
}
