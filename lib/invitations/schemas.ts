import { optionalText, z } from "@/lib/zod";

/** What the invitee adds on accepting: a name, when Groeipad does not know one for the address yet. */
export const AcceptInvitation = z.object({ name: optionalText("je naam", "name") });
export type AcceptInvitation = z.output<typeof AcceptInvitation>;
