import { describe, expect, it } from "vitest";
import { ACTIONS, can, homePage, isRoleOf, ROLE_PERMISSIONS, roleLabel } from "@/lib/auth/permissions";

describe("can", () => {
  it("lets only buyer admins and contract managers create and change contracts", () => {
    for (const permission of ["contracts.create", "contracts.update", "contracts.invite_supplier"] as const) {
      expect(can("buyer", "admin", permission)).toBe(true);
      expect(can("buyer", "contract_manager", permission)).toBe(true);
      expect(can("buyer", "coordinator", permission)).toBe(false);
      expect(can("buyer", "viewer", permission)).toBe(false);
      for (const role of ["admin", "reporter", "viewer"]) expect(can("supplier", role, permission)).toBe(false);
    }
  });

  it("lets admins of either kind manage members, and nobody else", () => {
    expect(can("buyer", "admin", "members.invite")).toBe(true);
    expect(can("supplier", "admin", "members.remove")).toBe(true);
    expect(can("buyer", "coordinator", "members.change_role")).toBe(false);
    expect(can("buyer", "contract_manager", "members.invite")).toBe(false);
    expect(can("supplier", "reporter", "members.invite")).toBe(false);
  });

  it("lets every role but the verifier read its own organisation's contracts and members", () => {
    for (const kind of ["buyer", "supplier"] as const) {
      for (const role of Object.keys(ROLE_PERMISSIONS[kind]).filter((r) => r !== "verifier")) {
        expect(can(kind, role, "contracts.read")).toBe(true);
        expect(can(kind, role, "members.read")).toBe(true);
      }
    }
  });

  it("gives the named viewer roles what a viewer has (the procurement adviser the bids too), and the verifier only recording a verification", () => {
    for (const role of ["bestuurder", "beleidsadviseur", "projectleider", "interne_opdrachtgever"]) {
      expect(ROLE_PERMISSIONS.buyer[role as keyof typeof ROLE_PERMISSIONS.buyer]).toEqual(ROLE_PERMISSIONS.buyer.viewer);
    }
    expect(ROLE_PERMISSIONS.buyer.inkoopadviseur).toEqual([...ROLE_PERMISSIONS.buyer.viewer, "bids.edit", "bids.read_names"]);
    expect(ROLE_PERMISSIONS.buyer.verifier).toEqual(["verifications.record"]);
    expect(homePage("buyer", "bestuurder")).toBe("/bestuursrapportages");
    expect(homePage("buyer", "beleidsadviseur")).toBe("/waardenwiel");
    expect(homePage("buyer", "verifier")).toBe("/verificatie");
    expect(homePage("buyer", "viewer")).toBe("");
    expect(homePage("supplier", "viewer")).toBe("");
  });

  it("gives the coordinator the audit log but not member management", () => {
    expect(can("buyer", "coordinator", "audit.read")).toBe(true);
    expect(can("buyer", "viewer", "audit.read")).toBe(false);
  });

  it("refuses roles that do not exist for the organisation kind", () => {
    expect(can("buyer", "reporter", "contracts.read")).toBe(false);
    expect(can("supplier", "contract_manager", "contracts.read")).toBe(false);
    expect(can("buyer", "operator", "contracts.read")).toBe(false);
    expect(can("buyer", "__proto__", "contracts.read")).toBe(false);
    expect(can("supplier", "constructor", "contracts.read")).toBe(false);
  });

  it("grants only permissions from the list of actions", () => {
    const known = new Set<string>(ACTIONS);
    for (const roles of Object.values(ROLE_PERMISSIONS)) {
      for (const permissions of Object.values(roles) as string[][]) {
        expect(permissions.filter((p) => !known.has(p))).toEqual([]);
      }
    }
  });
});

describe("isRoleOf", () => {
  it("knows which roles fit which kind of organisation", () => {
    expect(isRoleOf("buyer", "coordinator")).toBe(true);
    expect(isRoleOf("buyer", "reporter")).toBe(false);
    expect(isRoleOf("supplier", "reporter")).toBe(true);
    expect(isRoleOf("supplier", "contract_manager")).toBe(false);
    expect(isRoleOf("buyer", "operator")).toBe(false);
    expect(isRoleOf("supplier", "")).toBe(false);
  });

  it("labels roles in Dutch", () => {
    expect(roleLabel("buyer", "coordinator")).toBe("Coördinator MVI/KCI");
    expect(roleLabel("supplier", "reporter")).toBe("Rapporteur");
  });
});
