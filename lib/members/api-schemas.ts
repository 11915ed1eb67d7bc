// What GET /api/v1/[org]/members answers: listMembers (lib/members/queries.ts, type Member), checked
// before serialisation, so `since` is a Date; z.object drops any field not named here.
import { z } from "zod";
import { memberRole } from "@/db/schema";

const MemberOut = z.object({
  userId: z.guid(),
  name: z.string().nullable(),
  email: z.string(),
  role: z.enum(memberRole.enumValues),
  version: z.number().int(),
  since: z.date(),
  wantsReminders: z.boolean(),
});

export const MemberListOut = z.array(MemberOut);
