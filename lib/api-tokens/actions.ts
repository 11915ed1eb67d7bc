import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { addDays } from "@/lib/periods";
import { amsterdamDateTime } from "@/lib/time";
import { CreateApiToken, RevokeApiToken } from "./schemas";
import { newApiToken } from "./token";

/**
 * A new token for the organisation, acting with the creator's role narrowed to its scopes. The
 * token itself is in the answer this once; the database keeps its hash. It is valid until the end
 * of its last day in Amsterdam.
 */
export const createApiToken = defineAction({
  name: "api_tokens.create",
  permission: "api_tokens.manage",
  input: CreateApiToken,
  async handler(tx, ctx, input) {
    const { token, prefix } = newApiToken();
    const expiresAt = amsterdamDateTime(addDays(input.expiresOn, 1), "00:00");
    const [row] = await tx
      .insert(apiTokens)
      .values({
        organisationId: ctx.org.id,
        name: input.name,
        prefix,
        secretHash: createHash("sha256").update(token, "utf8").digest("hex"),
        scopes: input.scopes,
        expiresAt,
        createdByUserId: ctx.userId,
      })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "api_token",
      entityId: row.id,
      action: "create",
      after: { name: input.name, prefix, scopes: input.scopes, expiresAt },
    });
    return { id: row.id, token, prefix };
  },
});

/** Revoked at once: the next call with it is refused. The row stays, named by its audit events. */
export const revokeApiToken = defineAction({
  name: "api_tokens.revoke",
  permission: "api_tokens.manage",
  input: RevokeApiToken,
  async handler(tx, ctx, input) {
    const [existing] = await tx
      .select({
        id: apiTokens.id,
        version: apiTokens.version,
        revokedAt: apiTokens.revokedAt,
        name: apiTokens.name,
        prefix: apiTokens.prefix,
      })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, input.tokenId), eq(apiTokens.organisationId, ctx.org.id)));
    if (!existing) throw new NotFoundError("Dit API-token bestaat niet.");
    if (existing.revokedAt) throw new ConflictError("Dit API-token is al ingetrokken.");
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date(), revokedByUserId: ctx.userId, version: input.version + 1 })
      .where(and(eq(apiTokens.id, existing.id), eq(apiTokens.version, input.version), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!row) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "api_token",
      entityId: row.id,
      action: "revoke",
      before: { name: existing.name, prefix: existing.prefix },
    });
    return { revoked: row.id };
  },
});
