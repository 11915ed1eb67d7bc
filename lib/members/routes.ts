import { defineRoute } from "@/lib/http/route";
import { MemberListOut } from "./api-schemas";
import { listMembers } from "./queries";

export const listMembersRoute = defineRoute({
  name: "GET /api/v1/[org]/members",
  permission: "members.read",
  scope: "members:read",
  output: MemberListOut,
  handler: (tx, ctx) => listMembers(tx, { organisationId: ctx.org.id }),
});
