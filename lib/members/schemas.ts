import { checkbox } from "@/lib/kpis/fields";
import { emailAddress, uuid, version, z } from "@/lib/zod";

const role = z.string({ error: "Kies een rol." }).min(1, { error: "Kies een rol." });

// replaceOpen confirms that an open invitation to the same address may change its role.
export const InviteMember = z.object({ email: emailAddress, role, replaceOpen: checkbox });
export type InviteMember = z.infer<typeof InviteMember>;

export const ChangeRole = z.object({
  userId: uuid,
  role,
  version,
});
export type ChangeRole = z.infer<typeof ChangeRole>;

export const RemoveMember = z.object({ userId: uuid });
export type RemoveMember = z.infer<typeof RemoveMember>;

export const RevokeInvitation = z.object({ invitationId: uuid });
export type RevokeInvitation = z.infer<typeof RevokeInvitation>;
