// Every server action and route handler of the product, for the authorisation matrix test: an
// action missing from the test's expected table makes that test fail.
import { createContract, updateContract } from "@/lib/contracts/actions";
import { inviteSupplier } from "@/lib/contracts/invite-supplier";
import { getContractRoute, listContractsRoute } from "@/lib/contracts/routes";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/members/actions";
import { listMembersRoute } from "@/lib/members/routes";

export const allActions = [
  inviteMember,
  changeMemberRole,
  removeMember,
  revokeInvitation,
  createContract,
  updateContract,
  inviteSupplier,
] as const;

export const allRoutes = [listContractsRoute, getContractRoute, listMembersRoute] as const;
