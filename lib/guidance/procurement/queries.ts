// Reads of the checklist ambitieformulering: the checklist of one contract (an empty one when
// nothing was saved yet) with what the contract's wheel, droompartner and KPIs already show.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contracts, growthPathVersions, kpis, procurementChecklists, wheels, wheelThemes, type ProcurementChecklist } from "@/db/schema";
import { getContract, listContracts, type ContractViewer } from "@/lib/contracts/queries";
import { NotFoundError } from "@/lib/errors";
import { checklistProgress, proposeAwardSplit, type ProcurementFacts } from "./rules";

type ContractKey = { tenantId: string; contractId: string };

export type ProcurementChecklistState = {
  checkedItems: string[];
  notes: Record<string, string>;
  sharedWithSupplier: boolean;
  /** Whether the supplier reads the notes too (only ever while shared). */
  notesShared: boolean;
  /** 0 while nothing was saved: the first save expects 0. */
  version: number;
};

export async function findProcurementChecklist(db: Db, params: ContractKey & { forUpdate?: boolean }) {
  const query = db
    .select()
    .from(procurementChecklists)
    .where(and(eq(procurementChecklists.tenantId, params.tenantId), eq(procurementChecklists.contractId, params.contractId)))
    .limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

async function procurementFacts(db: Db, params: ContractKey): Promise<ProcurementFacts> {
  const [contract] = await db
    .select({ dreamPartner: contracts.dreamPartner, cooperationForm: contracts.cooperationForm })
    .from(contracts)
    .where(and(eq(contracts.tenantId, params.tenantId), eq(contracts.id, params.contractId)));
  const [wheel] = await db
    .select({ id: wheels.id })
    .from(wheels)
    .where(and(eq(wheels.tenantId, params.tenantId), eq(wheels.contractId, params.contractId)))
    .limit(1);
  const themes = wheel
    ? await db
        .select({ id: wheelThemes.id, name: wheelThemes.name, priorityRank: wheelThemes.priorityRank })
        .from(wheelThemes)
        .where(and(eq(wheelThemes.tenantId, params.tenantId), eq(wheelThemes.wheelId, wheel.id)))
        .orderBy(asc(wheelThemes.position), asc(wheelThemes.createdAt))
    : [];
  const [withPath] = await db
    .select({ n: sql<number>`count(distinct ${kpis.id})::int` })
    .from(kpis)
    .innerJoin(growthPathVersions, and(eq(growthPathVersions.tenantId, kpis.tenantId), eq(growthPathVersions.kpiId, kpis.id)))
    .where(and(eq(kpis.tenantId, params.tenantId), eq(kpis.contractId, params.contractId), inArray(kpis.status, ["proposed", "active"])));
  return {
    wheel: wheel ? { themes } : null,
    dreamPartner: contract?.dreamPartner ?? {},
    cooperationForm: contract?.cooperationForm ?? null,
    kpisWithGrowthPath: Number(withPath?.n ?? 0),
  };
}

const stateOf = (row: ProcurementChecklist | null): ProcurementChecklistState =>
  row
    ? {
        checkedItems: row.checkedItems,
        notes: row.notes,
        sharedWithSupplier: row.sharedWithSupplier,
        notesShared: row.notesShared,
        version: row.version,
      }
    : { checkedItems: [], notes: {}, sharedWithSupplier: false, notesShared: false, version: 0 };

/**
 * The checklist of a contract the viewer may see. A buyer always sees its own (also after the
 * award: what the procurement collected stays); a supplier only one the buyer shared, and an
 * unshared one looks exactly like a missing contract. The buyer's notes are internal: a supplier
 * gets them only when the sharer included them.
 */
export async function getProcurementChecklist(db: Db, { viewer, contractId }: { viewer: ContractViewer; contractId: string }) {
  const contract = await getContract(db, { viewer, id: contractId });
  const key = { tenantId: contract.tenantId, contractId: contract.id };
  const row = await findProcurementChecklist(db, key);
  if (viewer.orgKind === "supplier" && !row?.sharedWithSupplier) throw new NotFoundError("Dit contract bestaat niet.");
  const state = stateOf(row);
  const checklist = viewer.orgKind === "supplier" ? supplierView(state) : state;
  const facts = await procurementFacts(db, key);
  return {
    contract,
    checklist,
    facts,
    progress: checklistProgress(checklist.checkedItems, facts),
    split: proposeAwardSplit(facts.wheel?.themes ?? []),
  };
}

/** The checklist as the supplier reads it: without the buyer's notes unless they were shared. */
function supplierView(state: ProcurementChecklistState): ProcurementChecklistState {
  return state.notesShared ? state : { ...state, notes: {} };
}

/** The buyer's procurements in preparation (draft contracts) with their checklist progress. */
export async function listProcurementsInPreparation(db: Db, { viewer }: { viewer: ContractViewer }) {
  const drafts = await listContracts(db, { viewer, status: "draft" });
  if (drafts.length === 0) return [];
  const rows = await db
    .select()
    .from(procurementChecklists)
    .where(
      and(
        eq(procurementChecklists.tenantId, viewer.orgId),
        inArray(
          procurementChecklists.contractId,
          drafts.map((d) => d.id),
        ),
      ),
    );
  return drafts.map((contract) => {
    const row = rows.find((r) => r.contractId === contract.id) ?? null;
    const state = stateOf(row);
    // The list shows ticked items only; the per-step hints need each contract's modules.
    const progress = checklistProgress(state.checkedItems, { wheel: null, dreamPartner: {}, cooperationForm: null, kpisWithGrowthPath: 0 });
    return { contract, checked: progress.checked, total: progress.total, percent: progress.percent, shared: state.sharedWithSupplier };
  });
}
