// An organisation admin's identity providers: registered (after its OpenID configuration
// answered), changed, removed. Each: permission, input, transaction, audit; the secret never
// leaves the server again and is not in the audit trail.
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ssoProviders } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { discoveredIssuer, IssuerProblem } from "./discovery";
import { CreateSsoProvider, DeleteSsoProvider, UpdateSsoProvider } from "./schemas";
import { sealClientSecret } from "./secret";
import { forgetSignInProviders } from "./sign-in-providers";

/** After the commit: this process's sign-in sees the change at once. */
async function forgetProviders<T>(_db: Db, done: T): Promise<T> {
  forgetSignInProviders();
  return done;
}

export const createSsoProvider = defineAction({
  name: "sso.create",
  permission: "sso.manage",
  input: CreateSsoProvider,
  // The provider is asked before the transaction: a slow one holds no connection.
  async prepare(_ctx, input) {
    try {
      return { ...input, issuer: await discoveredIssuer(input.issuer) };
    } catch (error) {
      if (error instanceof IssuerProblem) throw new ValidationError({ issuer: error.message });
      throw error;
    }
  },
  async handler(tx, ctx, input) {
    const id = input.providerId;
    const [taken] = await tx.select({ id: ssoProviders.id }).from(ssoProviders).where(eq(ssoProviders.id, id));
    if (taken) throw new ConflictError("Deze inlogdienst is al toegevoegd; laad de pagina opnieuw om nog een toe te voegen.");
    await tx.insert(ssoProviders).values({
      id,
      organisationId: ctx.org.id,
      name: input.name,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretEncrypted: sealClientSecret(input.clientSecret, id),
      emailDomains: input.emailDomains,
      createdByUserId: ctx.userId,
    });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "sso_provider",
      entityId: id,
      action: "create",
      after: { name: input.name, issuer: input.issuer, clientId: input.clientId, emailDomains: input.emailDomains },
    });
    return { id };
  },
  afterCommit: forgetProviders,
});

async function ownProvider(tx: Db, orgId: string, id: string) {
  const [provider] = await tx
    .select()
    .from(ssoProviders)
    .where(and(eq(ssoProviders.id, id), eq(ssoProviders.organisationId, orgId)));
  if (!provider) throw new NotFoundError("Deze inlogdienst bestaat niet.");
  return provider;
}

export const updateSsoProvider = defineAction({
  name: "sso.update",
  permission: "sso.manage",
  input: UpdateSsoProvider,
  async handler(tx, ctx, input) {
    const provider = await ownProvider(tx, ctx.org.id, input.providerId);
    const [row] = await tx
      .update(ssoProviders)
      .set({
        name: input.name,
        clientId: input.clientId,
        emailDomains: input.emailDomains,
        ...(input.clientSecret ? { clientSecretEncrypted: sealClientSecret(input.clientSecret, provider.id) } : {}),
        updatedAt: new Date(),
        version: input.version + 1,
      })
      .where(and(eq(ssoProviders.id, provider.id), eq(ssoProviders.version, input.version)))
      .returning({ id: ssoProviders.id, version: ssoProviders.version });
    if (!row) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "sso_provider",
      entityId: provider.id,
      action: "update",
      before: { name: provider.name, clientId: provider.clientId, emailDomains: provider.emailDomains },
      after: { name: input.name, clientId: input.clientId, emailDomains: input.emailDomains, secretReplaced: Boolean(input.clientSecret) },
    });
    return row;
  },
  afterCommit: forgetProviders,
});

/** Removed, its people sign in with an e-mail link again; sessions it started end when they would. */
export const deleteSsoProvider = defineAction({
  name: "sso.delete",
  permission: "sso.manage",
  input: DeleteSsoProvider,
  async handler(tx, ctx, input) {
    const provider = await ownProvider(tx, ctx.org.id, input.providerId);
    const deleted = await tx
      .delete(ssoProviders)
      .where(and(eq(ssoProviders.id, provider.id), eq(ssoProviders.version, input.version)))
      .returning({ id: ssoProviders.id });
    if (deleted.length === 0) throw new ConflictError();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "sso_provider",
      entityId: provider.id,
      action: "delete",
      before: { name: provider.name, issuer: provider.issuer, emailDomains: provider.emailDomains },
    });
    return { deleted: provider.id };
  },
  afterCommit: forgetProviders,
});
