// Roles and what they may do, as data. Checked on the server in every action and route handler
// (lib/http/); pages use it only to hide what a user cannot do anyway.

import type { ContractSide } from "@/db/schema/enums";
import { ForbiddenError } from "@/lib/errors";

export type { ContractSide };
// A buyer group is an organisation of its own kind: buyers that keep shared standards together.
export type OrganisationKind = ContractSide | "buyer_group";

// The named viewer roles of the seeds (bestuurder, beleidsadviseur, ...) read what a viewer reads;
// they differ in the page they start on (HOME_PAGES). A verifier checks reported values of the
// contracts assigned to them and nothing else (lib/verification/).
export const NAMED_VIEWER_ROLES = ["bestuurder", "beleidsadviseur", "inkoopadviseur", "projectleider", "interne_opdrachtgever"] as const;
const BUYER_ROLES = ["admin", "coordinator", "contract_manager", "viewer", ...NAMED_VIEWER_ROLES, "verifier"] as const;
const SUPPLIER_ROLES = ["admin", "reporter", "viewer"] as const;
const GROUP_ROLES = ["coordinator", "member"] as const;
export type BuyerRole = (typeof BUYER_ROLES)[number];
export type SupplierRole = (typeof SUPPLIER_ROLES)[number];
export type GroupRole = (typeof GROUP_ROLES)[number];
export type Role = BuyerRole | SupplierRole | GroupRole;

export const ACTIONS = [
  "organisation.read",
  "members.read",
  "members.invite",
  "members.change_role",
  "members.remove",
  "api_tokens.manage",
  "sso.manage",
  "webhooks.manage",
  "audit.read",
  "contracts.read",
  "contracts.create",
  "contracts.update",
  "contracts.invite_supplier",
  "wheel.read",
  "wheel.edit",
  "contract_wheel.edit",
  "targets.edit",
  "indicators.manage",
  "guidance.read",
  "guidance.answer",
  "guidance.edit",
  "kpis.propose",
  "kpis.malus",
  "promises.edit",
  "bids.edit",
  "bids.read_names",
  "roadmap.edit",
  "innovations.propose",
  "kpi_library.edit",
  "kpi_library.adopt",
  "reports.submit",
  "reports.decide",
  "reviews.manage",
  "reviews.participate",
  "reviews.approve_waiver",
  "evaluations.manage",
  "evaluations.sign",
  "periods.close",
  "periods.reopen",
  "benchmark.read",
  "benchmark.manage",
  "groups.read",
  "groups.take_part",
  "groups.manage",
  "profile.read",
  "profile.edit",
  "profile.share",
  "verifications.read",
  "verifications.record",
  "verifications.assign",
  "verifications.sample",
  "board_reports.create",
] as const;
export type Permission = (typeof ACTIONS)[number];

const readOwnOrganisation: Permission[] = ["organisation.read", "members.read", "contracts.read"];
// Admins also hand out the organisation's API tokens (a token is another way in), choose where
// its webhooks go (data about its contracts leaves for that address) and which identity provider
// may sign its people in.
const manageMembers: Permission[] = [
  "members.invite",
  "members.change_role",
  "members.remove",
  "api_tokens.manage",
  "webhooks.manage",
  "sso.manage",
  "audit.read",
];
const manageContracts: Permission[] = [
  "contracts.create",
  "contracts.update",
  "contracts.invite_supplier",
  "contract_wheel.edit",
  // KPIs are defined together: both sides propose, accept and edit before the start; only the
  // buyer sets a malus rule, records tender promises and adopts library templates.
  "kpis.propose",
  "kpis.malus",
  "promises.edit",
  "roadmap.edit",
  // Either side proposes innovations and pilots and records what they delivered; the decision on
  // one is the review's (reviews.manage).
  "innovations.propose",
  "kpi_library.adopt",
  // The contract manager accepts a supplier's quarterly report or sends it back, and leads the
  // quarterly review: plans it, proposes scores, records decisions and the malus, signs for the buyer.
  "reports.decide",
  "reviews.manage",
  "reviews.participate",
  // Once a year the contract manager holds the yearly evaluation with the supplier and signs it.
  "evaluations.manage",
  "evaluations.sign",
];
// The supplier reports every quarter: admins and reporters fill in and submit.
// In the quarterly review the supplier comments, contests a score and signs for its side.
const shapeKpisAsSupplier: Permission[] = ["kpis.propose", "roadmap.edit", "innovations.propose", "reports.submit", "reviews.participate"];
// The coordinator owns the Waardenwiel, the organisation targets and the indicator catalogue.
const ownAmbition: Permission[] = [
  "wheel.edit",
  "contract_wheel.edit",
  "targets.edit",
  "indicators.manage",
  "guidance.edit",
  "kpi_library.edit",
  // Every bid of the award report, with the bidders' names: others see the losing bids as A, B, C.
  "bids.edit",
  "bids.read_names",
  // The second pair of eyes on a malus waiver above the threshold (four-eyes principle).
  "reviews.approve_waiver",
  // Whether a contract's KPIs still serve the ambition is the coordinator's question too: it
  // may hold and sign the yearly evaluation of any contract.
  "evaluations.manage",
  "evaluations.sign",
];
// The coordinator closes a quarter once its reviews are final. Reopening takes two people with
// different roles: one of coordinator and admin asks, a person with the other role approves.
const closePeriods: Permission[] = ["periods.close", "periods.reopen"];
// Every buyer user reads the guidance tools and can answer a checklist round, and reads the
// benchmark while the organisation takes part; its admin or coordinator decides whether it does.
const useGuidance: Permission[] = ["guidance.read", "guidance.answer", "benchmark.read", "groups.read"];
// Whether the buyer joins a buyer group, leaves it, shares its results on a standard and takes a
// standard into its library is for its admin or coordinator; starting a group too.
const takePartInGroups: Permission[] = ["groups.take_part"];
// In a buyer group everyone reads the standards, the adoption matrix and the shared results; the
// group coordinator writes the standards (the group's KPI library), publishes their versions and
// invites organisations and people.
const readGroup: Permission[] = ["organisation.read", "members.read", "groups.read"];
// Whether a reported value holds up (greenwashing check, seed 002 §4.1.6): the coordinator and the
// contract manager record it, the coordinator assigns contracts to verifiers and draws samples.
const verifyEvidence: Permission[] = ["verifications.read", "verifications.record"];
const viewer: Permission[] = [...readOwnOrganisation, "wheel.read", ...useGuidance, "verifications.read"];

export const ROLE_PERMISSIONS: {
  buyer: Record<BuyerRole, readonly Permission[]>;
  supplier: Record<SupplierRole, readonly Permission[]>;
  buyer_group: Record<GroupRole, readonly Permission[]>;
} = {
  buyer: {
    admin: [
      ...readOwnOrganisation,
      "wheel.read",
      ...useGuidance,
      ...manageMembers,
      ...manageContracts,
      ...ownAmbition,
      "periods.reopen",
      "benchmark.manage",
      ...takePartInGroups,
      "verifications.read",
    ],
    coordinator: [
      ...readOwnOrganisation,
      "wheel.read",
      ...useGuidance,
      "audit.read",
      ...ownAmbition,
      ...closePeriods,
      "benchmark.manage",
      ...takePartInGroups,
      ...verifyEvidence,
      "verifications.assign",
      "verifications.sample",
      // Reporting back to the board is the coordinator's (seed 003 §4.1, step 5); every reader reads it.
      "board_reports.create",
    ],
    contract_manager: [...readOwnOrganisation, "wheel.read", ...useGuidance, ...manageContracts, ...verifyEvidence],
    viewer,
    bestuurder: viewer,
    beleidsadviseur: viewer,
    // The procurement adviser writes the award report, so it enters every bid with its bidder.
    inkoopadviseur: [...viewer, "bids.edit", "bids.read_names"],
    projectleider: viewer,
    interne_opdrachtgever: viewer,
    // Only the contracts assigned to them, enforced in the database as well (groeipad_verifier).
    verifier: ["verifications.record"],
  },
  // The company profile: everyone reads it, those who report keep its facts, and the admin
  // decides which buyers see it (sharing is the organisation's choice, like a member invitation).
  supplier: {
    // Only the supplier's admin signs the yearly evaluation: it binds the company for a year.
    admin: [
      ...readOwnOrganisation,
      ...manageMembers,
      ...shapeKpisAsSupplier,
      "profile.read",
      "profile.edit",
      "profile.share",
      "evaluations.sign",
    ],
    reporter: [...readOwnOrganisation, ...shapeKpisAsSupplier, "profile.read", "profile.edit"],
    viewer: [...readOwnOrganisation, "profile.read"],
  },
  buyer_group: {
    coordinator: [
      ...readGroup,
      "groups.manage",
      "kpi_library.edit",
      "members.invite",
      "members.change_role",
      "members.remove",
      "audit.read",
    ],
    member: [...readGroup],
  },
};

const ROLE_LABELS: Record<OrganisationKind, Record<string, string>> = {
  buyer: {
    admin: "Beheerder",
    coordinator: "Coördinator MVI/KCI",
    contract_manager: "Contractmanager",
    viewer: "Lezer",
    bestuurder: "Bestuurder",
    beleidsadviseur: "Beleidsadviseur",
    inkoopadviseur: "Inkoopadviseur",
    projectleider: "Projectleider",
    interne_opdrachtgever: "Interne opdrachtgever",
    verifier: "Verificateur",
  },
  supplier: { admin: "Beheerder", reporter: "Rapporteur", viewer: "Lezer" },
  buyer_group: { coordinator: "Groepscoördinator", member: "Groepslid" },
};

/** The role that manages the organisation's people: it always keeps at least one person. */
const LEADING_ROLE: Record<OrganisationKind, Role> = { buyer: "admin", supplier: "admin", buyer_group: "coordinator" };

export function leadingRole(kind: OrganisationKind): Role {
  return LEADING_ROLE[kind];
}

// Where a person starts (below the organisation's slug): each named role on the page that fits its work.
const HOME_PAGES: Partial<Record<Role, string>> = {
  bestuurder: "/bestuursrapportages",
  beleidsadviseur: "/waardenwiel",
  inkoopadviseur: "/contracten?filter=concept",
  projectleider: "/contracten",
  interne_opdrachtgever: "/contracten",
  verifier: "/verificatie",
};

/** The page a member of a buyer starts on, relative to the organisation ("" is its overview). */
export function homePage(kind: OrganisationKind, role: string): string {
  return kind === "buyer" && Object.hasOwn(HOME_PAGES, role) ? HOME_PAGES[role as Role]! : "";
}

const ROLES: Record<OrganisationKind, readonly Role[]> = { buyer: BUYER_ROLES, supplier: SUPPLIER_ROLES, buyer_group: GROUP_ROLES };

export function rolesFor(kind: OrganisationKind): readonly Role[] {
  return ROLES[kind];
}

export function isRoleOf(kind: OrganisationKind, role: string): role is Role {
  return (rolesFor(kind) as readonly string[]).includes(role);
}

export function can(kind: OrganisationKind, role: string, permission: Permission): boolean {
  const table = ROLE_PERMISSIONS[kind] as Record<string, readonly Permission[]>;
  // Own keys only: a role such as "constructor" must be refused, not crash the check.
  return Object.hasOwn(table, role) && table[role].includes(permission);
}

export function roleLabel(kind: OrganisationKind, role: string): string {
  return ROLE_LABELS[kind][role] ?? role;
}

/**
 * The side of a contract an organisation is on. A buyer group is party to no contract: its
 * roles hold no permission that reaches contract work, so this refuses only what the permission
 * check already refused.
 */
export function contractSide(kind: OrganisationKind): ContractSide {
  if (kind === "buyer_group") throw new ForbiddenError("Een inkoopgroep is geen partij bij een contract.");
  return kind;
}
