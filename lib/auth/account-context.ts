// The account tables (users, memberships, invitations) answer only what a transaction says it is
// working on (migration 0023). Outside a tenant transaction that is one of: the address signing
// in, the user once known, the invitation whose link was opened.
import type { Db } from "@/db/client";
import { APP_ROLE } from "@/lib/tenancy";
import { setLocal } from "@/lib/transaction-settings";

export type AccountContext = { signInEmail?: string; userId?: string; invitationTokenHash?: string };

/**
 * A transaction as the application role with these settings, so row-level security applies even
 * where the connection is a superuser (PGlite, the tests), as it does for the login role.
 */
export function inAccountContext<T>(db: Db, context: AccountContext, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await setLocal(tx as unknown as Db, {
      values: {
        "app.sign_in_email": context.signInEmail ?? "",
        "app.user_id": context.userId ?? "",
        "app.invitation_token_hash": context.invitationTokenHash ?? "",
      },
      role: APP_ROLE,
    });
    return work(tx as unknown as Db);
  });
}

/** From here on the transaction may also read and write the user row of this address. */
export async function admitAddress(tx: Db, email: string): Promise<void> {
  await setLocal(tx, { values: { "app.sign_in_email": email } });
}

/** From here on the transaction acts for this user: its own row and its own memberships. */
export async function admitUser(tx: Db, userId: string): Promise<void> {
  await setLocal(tx, { values: { "app.user_id": userId } });
}
