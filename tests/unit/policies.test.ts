// The named object policies (lib/<module>/policy.ts) for every role of both sides, on a contract
// the person manages and on one managed by someone else. The tables spell out who may, so a
// change to the permissions table or a policy that widens or narrows a right shows up here.
import { describe, expect, it } from "vitest";
import type { OrganisationKind } from "@/lib/auth/permissions";
import {
  assertManagesContract,
  isManagerOf,
  managedContractsFilter,
  managesContract,
  MANAGES_CONTRACT_MESSAGE,
  type ManagedContract,
  type PolicyActor,
} from "@/lib/contracts/policy";
import { ForbiddenError } from "@/lib/errors";
import { mayEditProcurementChecklist } from "@/lib/guidance/policy";
import { shapesContractKpis } from "@/lib/kpis/policy";
import { decidesReports } from "@/lib/reports/policy";
import { assertManagesReview, assertParticipatesInReview, managesReview, participatesInReview } from "@/lib/reviews/policy";
import { assertMayEditRoadmap, mayEditRoadmap } from "@/lib/roadmap/policy";
import { assertMayEditContractWheel, mayEditContractWheel, mayEditOrganisationWheel } from "@/lib/waardenwiel/policy";

const ROLES: Array<[OrganisationKind, string]> = [
  ["buyer", "admin"],
  ["buyer", "coordinator"],
  ["buyer", "contract_manager"],
  ["buyer", "viewer"],
  ["supplier", "admin"],
  ["supplier", "reporter"],
  ["supplier", "viewer"],
];
const ME = "00000000-0000-4000-8000-000000000001";
const SOMEONE_ELSE = "00000000-0000-4000-8000-000000000002";

/** Every role on its own contract and on someone else's, as "buyer.contract_manager/own". */
function cases(): Array<{ key: string; actor: PolicyActor; contract: ManagedContract }> {
  return ROLES.flatMap(([kind, role]) =>
    (["own", "other"] as const).map((whose) => ({
      key: `${kind}.${role}/${whose}`,
      actor: { userId: ME, role, org: { kind } },
      contract: { contractManagerId: whose === "own" ? ME : SOMEONE_ELSE },
    })),
  );
}

function allowedBy(policy: (actor: PolicyActor, contract: ManagedContract) => boolean): string[] {
  return cases()
    .filter((c) => policy(c.actor, c.contract))
    .map((c) => c.key);
}

const BUYER_MANAGERS = ["buyer.admin/own", "buyer.admin/other", "buyer.contract_manager/own"];
const SUPPLIER_SHAPERS = ["supplier.admin/own", "supplier.admin/other", "supplier.reporter/own", "supplier.reporter/other"];
const AMBITION_OWNERS = [
  "buyer.admin/own",
  "buyer.admin/other",
  "buyer.coordinator/own",
  "buyer.coordinator/other",
  "buyer.contract_manager/own",
];

describe("object policies", () => {
  it("managesContract: a buyer admin on every contract, a contract manager on their own", () => {
    expect(allowedBy(managesContract)).toEqual(BUYER_MANAGERS);
    expect(allowedBy((a, c) => managesContract(a, c, "contracts.invite_supplier"))).toEqual(BUYER_MANAGERS);
  });

  it("managesContract never lets a supplier admin through on being called admin", () => {
    expect(managesContract({ userId: ME, role: "admin", org: { kind: "supplier" } }, { contractManagerId: ME })).toBe(false);
  });

  it("the review is led by the contract's managers; both sides take part", () => {
    expect(allowedBy(managesReview)).toEqual(BUYER_MANAGERS);
    expect(allowedBy(participatesInReview)).toEqual([...BUYER_MANAGERS, ...SUPPLIER_SHAPERS]);
  });

  it("reports are decided by the contract's managers", () => {
    expect(allowedBy(decidesReports)).toEqual(BUYER_MANAGERS);
  });

  it("the roadmap and the KPIs are shaped by the contract's managers and the supplier's admins and reporters", () => {
    expect(allowedBy(mayEditRoadmap)).toEqual([...BUYER_MANAGERS, ...SUPPLIER_SHAPERS]);
    expect(allowedBy(shapesContractKpis)).toEqual([...BUYER_MANAGERS, ...SUPPLIER_SHAPERS]);
  });

  it("a contract's wheel and checklist: the coordinator and admin on every contract, a contract manager on their own", () => {
    expect(allowedBy(mayEditContractWheel)).toEqual(AMBITION_OWNERS);
    expect(allowedBy(mayEditProcurementChecklist)).toEqual(AMBITION_OWNERS);
  });

  it("the organisation's wheel: the buyer's coordinator and admin", () => {
    expect(allowedBy((actor) => mayEditOrganisationWheel(actor))).toEqual([
      "buyer.admin/own",
      "buyer.admin/other",
      "buyer.coordinator/own",
      "buyer.coordinator/other",
    ]);
  });

  it("isManagerOf is about the person named on the contract, whatever the role", () => {
    expect(allowedBy(isManagerOf)).toEqual(
      cases()
        .filter((c) => c.key.endsWith("/own"))
        .map((c) => c.key),
    );
  });

  it("managedContractsFilter lists every contract for an admin and their own for anyone else", () => {
    expect(managedContractsFilter({ userId: ME, role: "admin", org: { kind: "buyer" } })).toEqual({});
    expect(managedContractsFilter({ userId: ME, role: "contract_manager", org: { kind: "buyer" } })).toEqual({ managedBy: ME });
  });

  it("each assertion refuses exactly where its policy says no, with the contract manager message", () => {
    const pairs: Array<[(a: PolicyActor, c: ManagedContract) => boolean, (a: PolicyActor, c: ManagedContract) => void]> = [
      [managesContract, assertManagesContract],
      [managesReview, assertManagesReview],
      [participatesInReview, assertParticipatesInReview],
      [mayEditRoadmap, assertMayEditRoadmap],
    ];
    for (const [policy, assertion] of pairs) {
      for (const c of cases()) {
        if (policy(c.actor, c.contract)) expect(() => assertion(c.actor, c.contract)).not.toThrow();
        else expect(() => assertion(c.actor, c.contract), c.key).toThrow(new ForbiddenError(MANAGES_CONTRACT_MESSAGE));
      }
    }
  });

  it("a contract's wheel refuses a role without the permission with the general message", () => {
    const viewer: PolicyActor = { userId: ME, role: "viewer", org: { kind: "buyer" } };
    expect(() => assertMayEditContractWheel(viewer, { contractManagerId: ME })).toThrow(new ForbiddenError());
    const other: PolicyActor = { userId: ME, role: "contract_manager", org: { kind: "buyer" } };
    expect(() => assertMayEditContractWheel(other, { contractManagerId: SOMEONE_ELSE })).toThrow(
      new ForbiddenError(MANAGES_CONTRACT_MESSAGE),
    );
  });
});
