// Writes of the supplier profile: its facts and with whom it is shared. Each in the supplier's own
// tenant transaction, with an audit event in its own trail; every change publishes the profile
// again to the buyers it is shared with, in the same transaction.
import { and, eq, sql } from "drizzle-orm";
import { supplierProfileFacts, supplierProfileFiles, supplierProfileShares } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { removeEvidenceBytes, type StoredColumns } from "@/lib/reports/storage";
import { publishTo, republish, unpublishFrom } from "./publish";
import { getProfileFact } from "./queries";
import { FACT_KIND_FIELDS, FACT_KIND_LABELS } from "./rules";
import { DeleteProfileFact, SaveProfileFact, SetProfileShare } from "./schemas";

export function assertSupplierSide(ctx: Actor) {
  if (ctx.org.kind !== "supplier") throw new ForbiddenError("Alleen een leverancier heeft een bedrijfsprofiel.");
}

const supplierOf = (ctx: Actor) => ({ id: ctx.org.id, partnerOrgIds: ctx.org.partnerOrgIds });

export const saveProfileFact = defineAction({
  name: "supplier_profile.save_fact",
  permission: "profile.edit",
  input: SaveProfileFact,
  async handler(tx, ctx, input) {
    assertSupplierSide(ctx);
    const fields = FACT_KIND_FIELDS[input.kind];
    // Only what the kind holds is kept: a ladder step has no year, a certificate no value.
    const values = {
      kind: input.kind,
      year: fields.year ? (input.year ?? null) : null,
      value: fields.value ? input.value : null,
      scope1: fields.scopes ? input.scope1 : null,
      scope2: fields.scopes ? input.scope2 : null,
      scope3: fields.scopes ? input.scope3 : null,
      description: input.description ?? null,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      updatedByUserId: ctx.userId,
    };
    const [same] = await tx
      .select({ id: supplierProfileFacts.id })
      .from(supplierProfileFacts)
      .where(
        and(
          eq(supplierProfileFacts.tenantId, ctx.org.id),
          eq(supplierProfileFacts.kind, values.kind),
          sql`coalesce(${supplierProfileFacts.year}, 0) = ${values.year ?? 0}`,
        ),
      );
    if (same && same.id !== input.factId) {
      const what = values.year ? `${FACT_KIND_LABELS[values.kind]} over ${values.year}` : FACT_KIND_LABELS[values.kind];
      const message = `Het profiel heeft al een gegeven ${what}. Wijzig dat gegeven in plaats van een tweede toe te voegen.`;
      throw new ValidationError({ kind: message }, message);
    }
    let saved;
    if (input.factId) {
      const before = await getProfileFact(tx, { tenantId: ctx.org.id, id: input.factId });
      [saved] = await tx
        .update(supplierProfileFacts)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(
          and(
            eq(supplierProfileFacts.tenantId, ctx.org.id),
            eq(supplierProfileFacts.id, input.factId),
            eq(supplierProfileFacts.version, input.version ?? -1),
          ),
        )
        .returning();
      if (!saved) throw new ConflictError();
      await recordAudit(tx, ctx, {
        tenantId: ctx.org.id,
        entity: "supplier_profile",
        entityId: saved.id,
        action: "update_fact",
        before: { ...before, name: FACT_KIND_LABELS[before.kind] },
        after: { ...saved, name: FACT_KIND_LABELS[saved.kind] },
      });
    } else {
      [saved] = await tx
        .insert(supplierProfileFacts)
        .values({ tenantId: ctx.org.id, ...values })
        .returning();
      await recordAudit(tx, ctx, {
        tenantId: ctx.org.id,
        entity: "supplier_profile",
        entityId: saved.id,
        action: "create_fact",
        after: { ...saved, name: FACT_KIND_LABELS[saved.kind] },
      });
    }
    await republish(tx, supplierOf(ctx));
    return { id: saved.id, version: saved.version };
  },
});

export const deleteProfileFact = defineAction({
  name: "supplier_profile.delete_fact",
  permission: "profile.edit",
  input: DeleteProfileFact,
  async handler(tx, ctx, input) {
    assertSupplierSide(ctx);
    const fact = await getProfileFact(tx, { tenantId: ctx.org.id, id: input.factId });
    if (fact.version !== input.version) throw new ConflictError();
    // The bytes of its files go after the commit, like a report's evidence.
    const files: StoredColumns[] = await tx
      .select({ storageKey: supplierProfileFiles.storageKey, data: sql<null>`null` })
      .from(supplierProfileFiles)
      .where(and(eq(supplierProfileFiles.tenantId, ctx.org.id), eq(supplierProfileFiles.factId, fact.id)));
    await tx.delete(supplierProfileFacts).where(and(eq(supplierProfileFacts.tenantId, ctx.org.id), eq(supplierProfileFacts.id, fact.id)));
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "supplier_profile",
      entityId: fact.id,
      action: "delete_fact",
      before: { ...fact, name: FACT_KIND_LABELS[fact.kind] },
    });
    await republish(tx, supplierOf(ctx));
    return { id: fact.id, stored: files.filter((f) => f.storageKey) };
  },
  async afterCommit(_db, { id, stored }) {
    for (const file of stored) {
      await removeEvidenceBytes(file).catch((error) =>
        console.error("Bewijsstuk niet uit de opslag verwijderd:", error instanceof Error ? error.message : error),
      );
    }
    return { id };
  },
});

export const setProfileShare = defineAction({
  name: "supplier_profile.set_share",
  permission: "profile.share",
  input: SetProfileShare,
  async handler(tx, ctx, input) {
    assertSupplierSide(ctx);
    // Only a buyer it has a contract with; any other id looks like an unknown one.
    if (!ctx.org.partnerOrgIds.includes(input.buyerOrgId)) throw new NotFoundError("Deze opdrachtgever is onbekend.");
    const key = and(eq(supplierProfileShares.tenantId, ctx.org.id), eq(supplierProfileShares.buyerOrgId, input.buyerOrgId));
    const [existing] = await tx.select().from(supplierProfileShares).where(key);
    if (input.share === Boolean(existing)) {
      throw new ConflictError(
        input.share ? "Het profiel is al gedeeld met deze opdrachtgever." : "Het profiel is al niet gedeeld met deze opdrachtgever.",
      );
    }
    if (input.share) {
      await tx.insert(supplierProfileShares).values({ tenantId: ctx.org.id, buyerOrgId: input.buyerOrgId, sharedByUserId: ctx.userId });
      await publishTo(tx, ctx.org.id, input.buyerOrgId);
    } else {
      await tx.delete(supplierProfileShares).where(key);
      await unpublishFrom(tx, ctx.org.id, input.buyerOrgId);
    }
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "supplier_profile",
      entityId: ctx.org.id,
      action: input.share ? "share" : "withdraw",
      after: { buyerOrgId: input.buyerOrgId },
    });
    return { buyerOrgId: input.buyerOrgId, shared: input.share };
  },
});
