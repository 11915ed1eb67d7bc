// next-auth's database adapter, only as far as Groeipad's sign-in uses it: JWT sessions, the
// e-mail link, the credentials providers (no adapter at all) and an identity provider (OIDC).
// Every read of a user runs in the sign-in context of that address or user (./account-context),
// because the users table answers nothing else outside a tenant transaction.
import { and, eq } from "drizzle-orm";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { Db } from "@/db/client";
import { accounts, users, verificationTokens, type User } from "@/db/schema";
import { inAccountContext } from "./account-context";

export const ONLY_INVITED_USERS = "Alleen uitgenodigde gebruikers kunnen inloggen.";

function adapterUser(row: User): AdapterUser {
  return { id: row.id, email: row.email, emailVerified: row.emailVerified, name: row.name, image: row.image };
}

async function userById(db: Db, id: string): Promise<AdapterUser | null> {
  return inAccountContext(db, { userId: id }, async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, id));
    return row ? adapterUser(row) : null;
  });
}

export function groeipadAdapter(db: Db): Adapter {
  return {
    // Nobody becomes a user by signing in: people join through an invitation. The sign-in
    // callback refuses unknown addresses before next-auth would get here.
    createUser() {
      throw new Error(ONLY_INVITED_USERS);
    },
    getUser: (id) => userById(db, id),
    getUserByEmail(email) {
      const address = email.trim().toLowerCase();
      return inAccountContext(db, { signInEmail: address }, async (tx) => {
        const [row] = await tx.select().from(users).where(eq(users.email, address));
        return row ? adapterUser(row) : null;
      });
    },
    // The e-mail link calls this to record that the address was verified; nothing else changes.
    async updateUser({ id, emailVerified }) {
      return inAccountContext(db, { userId: id }, async (tx) => {
        const [row] = emailVerified
          ? await tx.update(users).set({ emailVerified }).where(eq(users.id, id)).returning()
          : await tx.select().from(users).where(eq(users.id, id));
        if (!row) throw new Error(ONLY_INVITED_USERS);
        return adapterUser(row);
      });
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const [link] = await db
        .select({ userId: accounts.userId })
        .from(accounts)
        .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)));
      return link ? userById(db, link.userId) : null;
    },
    // Only the link itself: Groeipad never calls the identity provider afterwards, so its tokens
    // are not kept where a database leak would hand them out.
    async linkAccount(account) {
      await db
        .insert(accounts)
        .values({ userId: account.userId, type: account.type, provider: account.provider, providerAccountId: account.providerAccountId })
        .onConflictDoNothing();
    },
    async createVerificationToken(token) {
      await db.insert(verificationTokens).values(token);
      return token;
    },
    // Used once: the row goes as it is read. next-auth passes the address the link carried.
    async useVerificationToken({ identifier, token }) {
      const [row] = await db
        .delete(verificationTokens)
        .where(and(eq(verificationTokens.token, token), eq(verificationTokens.identifier, identifier)))
        .returning();
      return row ?? null;
    },
  };
}
