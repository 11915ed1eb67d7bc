// Policy rows of the authorisation matrix: for each object policy, the flag a page shows its
// control with and the action behind that control agree for every demo role. Pages compute the
// flag with the very policy called here (the lint rule keeps role comparisons out of pages), so a
// policy that is wider than its action is a control that fails when used, and a narrower one a
// control hidden from someone who may act.
import { beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "@/db/schema";
import { managesContract, type ManagedContract, type PolicyActor } from "@/lib/contracts/policy";
import { mayEditProcurementChecklist } from "@/lib/guidance/policy";
import { shapesContractKpis } from "@/lib/kpis/policy";
import { allActions } from "@/lib/registry";
import { decidesReports } from "@/lib/reports/policy";
import { managesReview, participatesInReview } from "@/lib/reviews/policy";
import { mayEditRoadmap } from "@/lib/roadmap/policy";
import { mayEditContractWheel } from "@/lib/waardenwiel/policy";
import { openTestDatabase } from "../fixtures/db";
import { actorContext, addMember, createBuyer, createSupplier, insertContract, nextRequest } from "../fixtures/factories";
import { kpiLibraryMatrixBuilders } from "../fixtures/kpi-library";
import { kpiMatrixBuilders } from "../fixtures/kpis";
import { procurementChecklistMatrixBuilders } from "../fixtures/procurement-checklist";
import { reportMatrixBuilders } from "../fixtures/reports";
import { reviewMatrixBuilders } from "../fixtures/reviews";
import { wheelMatrixBuilders } from "../fixtures/wheels";
import type { Caller } from "@/lib/http/steps";
import { type ActionResult } from "@/lib/http/action";
import type { MatrixHome } from "../fixtures/matrix-home";

const { db } = await openTestDatabase();

type Home = MatrixHome;
type Policy = (actor: PolicyActor, contract: ManagedContract) => boolean;

// Each action with the policy its page shows the control by.
const POLICY_ROWS: Array<[action: string, policy: string, Policy]> = [
  ["contracts.update_cooperation", "managesContract", managesContract],
  ["contracts.set_score_groups", "managesContract", managesContract],
  ["reports.decide", "decidesReports", decidesReports],
  ["reviews.plan", "managesReview", managesReview],
  ["reviews.cancel_meeting", "managesReview", managesReview],
  ["reviews.score", "managesReview", managesReview],
  ["reviews.comment", "participatesInReview", participatesInReview],
  ["roadmap.create", "mayEditRoadmap", mayEditRoadmap],
  ["kpis.propose", "shapesContractKpis", shapesContractKpis],
  ["wheel.derive_contract_wheel", "mayEditContractWheel", mayEditContractWheel],
  ["wheel.update_analysis", "mayEditContractWheel", mayEditContractWheel],
  ["guidance.save_procurement_checklist", "mayEditProcurementChecklist", mayEditProcurementChecklist],
];

// The demo roles, with a contract manager of another contract of the same buyer.
const PEOPLE = [
  "buyer.admin",
  "buyer.coordinator",
  "buyer.contract_manager",
  "buyer.other_contract_manager",
  "buyer.viewer",
  "supplier.admin",
  "supplier.reporter",
  "supplier.viewer",
] as const;

const world = {} as { buyer: Home; supplier: Home };
let lastContract: Contract | null = null;

/** A fresh contract managed by the buyer's contract manager; with the supplier when it acts. */
async function homeContract(home: Home): Promise<Contract> {
  lastContract = await insertContract(db, {
    tenantId: world.buyer.org.id,
    managerId: world.buyer.as.contract_manager.userId,
    supplierOrgId: home.kind === "supplier" ? home.org.id : null,
  });
  return lastContract;
}

const buyerOf = () => world.buyer;
const builders = {
  ...wheelMatrixBuilders({ db, buyerOf, homeContract }),
  ...procurementChecklistMatrixBuilders({ homeContract }),
  ...kpiMatrixBuilders({ db, homeContract }),
  ...kpiLibraryMatrixBuilders({ db, buyerOf, homeContract }),
  ...reportMatrixBuilders({ db, homeContract }),
  ...reviewMatrixBuilders({ db, homeContract }),
} as Record<string, { input: (home: Home) => Promise<unknown> | unknown }>;

beforeAll(async () => {
  const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const other = await addMember(db, buyer.org, "contract_manager");
  const as: Record<string, Caller> = { ...buyer.as, other_contract_manager: await actorContext(db, other.id, buyer.org.slug) };
  Object.assign(world, { buyer: { kind: "buyer", org: buyer.org, as }, supplier: { kind: "supplier", ...supplier } });
});

describe("policy rows: the page's control and the action agree", () => {
  it.each(POLICY_ROWS)("%s follows %s", async (actionName, _policyName, policy) => {
    const action = allActions.find((a) => a.name === actionName) as unknown as {
      run: (ctx: Caller, input: unknown) => Promise<ActionResult<unknown>>;
    };
    expect(action, actionName).toBeDefined();
    const actual: Record<string, { page: boolean; action: string }> = {};
    const expected: Record<string, { page: boolean; action: string }> = {};
    for (const person of PEOPLE) {
      const [kind, role] = person.split(".") as ["buyer" | "supplier", string];
      const home = kind === "buyer" ? world.buyer : world.supplier;
      const input = await builders[actionName].input(home);
      const ctx = await nextRequest(home.as[role]);
      const shown = policy(ctx, lastContract!);
      const result = await action.run(ctx, input);
      actual[person] = { page: shown, action: result.ok ? "ok" : result.code };
      // Shown: the action succeeds. Hidden: the action refuses, as forbidden or (for an object the
      // person cannot see at all) as not found, never for another reason.
      expected[person] = {
        page: shown,
        action: shown ? "ok" : result.ok ? "refused" : ["ForbiddenError", "NotFoundError"].includes(result.code) ? result.code : "refused",
      };
    }
    expect(actual).toEqual(expected);
    // The contract manager of another contract sees no control and is refused.
    expect(actual["buyer.other_contract_manager"]).toEqual({ page: false, action: "ForbiddenError" });
  });
});
