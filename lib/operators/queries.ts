import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations, platformOperators, users } from "@/db/schema";
import { inAccountContext } from "@/lib/auth/account-context";

/** Whether this user runs the platform; each may read only their own row. */
export async function isOperator(db: Db, { userId }: { userId: string }): Promise<boolean> {
  const rows = await inAccountContext(db, { userId }, (tx) =>
    tx.select({ userId: platformOperators.userId }).from(platformOperators).where(eq(platformOperators.userId, userId)),
  );
  return rows.length > 0;
}

/**
 * Every organisation as the operators' screen lists it: who it is and whether it is suspended,
 * nothing of its data (organisations is the global register, like a phone book).
 */
export function listOrganisations(db: Db) {
  return db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      name: organisations.name,
      slug: organisations.slug,
      kvk: organisations.kvk,
      oin: organisations.oin,
      suspendedAt: organisations.suspendedAt,
      suspendedReason: organisations.suspendedReason,
      version: organisations.version,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .orderBy(organisations.kind, desc(organisations.createdAt));
}

/**
 * Makes this address an operator, creating the user when the address is new. Only for the command
 * line on the owner's connection: the application roles may not write platform_operators.
 */
export async function makeOperator(db: Db, { email, name }: { email: string; name: string | null }) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name })
      .onConflictDoUpdate({ target: users.email, set: { email } })
      .returning({ id: users.id, name: users.name });
    const added = await tx.insert(platformOperators).values({ userId: user.id }).onConflictDoNothing().returning();
    return { userId: user.id, alreadyOperator: added.length === 0 };
  });
}
