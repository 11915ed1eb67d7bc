import { getDb } from "@/db/client";
import { NotFoundError } from "@/lib/errors";
import { findOpenInvitation, type OpenInvitation } from "./invitations";

/** The invitation behind a link, or null when it is unknown, used, revoked or expired. */
export async function invitationLanding(token: string): Promise<OpenInvitation | null> {
  try {
    return await findOpenInvitation(await getDb(), token);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
