import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, people } from "@/db/schema";
import { isApiScope } from "./scopes";

/** The organisation's tokens, newest first, revoked ones too (their prefix explains the audit log). */
export async function listApiTokens(db: Db, { organisationId }: { organisationId: string }) {
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      createdAt: apiTokens.createdAt,
      createdBy: people.name,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      version: apiTokens.version,
    })
    .from(apiTokens)
    .leftJoin(people, eq(people.id, apiTokens.createdByUserId))
    .where(eq(apiTokens.organisationId, organisationId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((row) => ({ ...row, scopes: row.scopes.filter(isApiScope) }));
}
