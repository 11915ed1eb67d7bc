import { defineRoute } from "@/lib/api";
import { listMembers } from "./queries";

export const listMembersRoute = defineRoute<Record<string, never>>({
  name: "GET /api/v1/[org]/members",
  permission: "members.read",
  handler: (ctx) => listMembers(ctx.db, { organisationId: ctx.org.id }),
});
