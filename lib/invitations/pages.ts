import { getDb } from "@/db/client";
import { NotFoundError } from "@/lib/errors";
import { findOpenInvitation, type OpenInvitation } from "./invitations";

export type InvitationLanding = { invitation: OpenInvitation; refusal: null } | { invitation: null; refusal: string };

/** The invitation behind a link, or why it cannot be used (unknown, used, revoked, expired, no longer valid). */
export async function invitationLanding(token: string): Promise<InvitationLanding> {
  try {
    return { invitation: await findOpenInvitation(await getDb(), { token }), refusal: null };
  } catch (error) {
    if (error instanceof NotFoundError) return { invitation: null, refusal: error.message };
    throw error;
  }
}
