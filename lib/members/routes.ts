import { defineRoute } from "@/lib/api";
import { inTenant } from "@/lib/tenancy";
import { listMembers } from "./queries";

export const listMembersRoute = defineRoute<Record<string, never>>({
  name: "GET /api/v1/[org]/members",
  permission: "members.read",
  handler: (ctx) => inTenant(ctx, (tx) => listMembers(tx, { organisationId: ctx.org.id })),
});
