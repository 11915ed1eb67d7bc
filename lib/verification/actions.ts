// Recording whether a reported value holds up, assigning contracts to verifiers and drawing the
// quarter's sample. Verifications are appended, never changed: the latest is the status.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, reportValues, reports, valueVerifications, verificationSamples, verifierAssignments } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { UUID_PATTERN } from "@/lib/contracts/rules";
import { getContractInTenant } from "@/lib/contracts/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { defineAction } from "@/lib/http/action";
import { drawSample, newSeed } from "./rules";
import { reportedValues } from "./queries";
import { AssignVerifier, DrawSample, RecordVerification } from "./schemas";

const VALUE_NOT_FOUND = "Deze gerapporteerde waarde bestaat niet.";
const REPORTED = ["submitted", "accepted", "clarification_requested"] as const;

/** A value of a submitted report of this buyer; for a verifier only of an assigned contract (RLS). */
async function reportedValueInTenant(tx: Db, tenantId: string, id: string) {
  if (!UUID_PATTERN.test(id)) throw new NotFoundError(VALUE_NOT_FOUND);
  const [row] = await tx
    .select({ id: reportValues.id, contractId: reports.contractId, quarter: reports.quarter })
    .from(reportValues)
    .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
    .where(and(eq(reportValues.tenantId, tenantId), eq(reportValues.id, id), inArray(reports.status, [...REPORTED])))
    .limit(1);
  if (!row) throw new NotFoundError(VALUE_NOT_FOUND);
  return row;
}

export const recordVerification = defineAction({
  name: "verifications.record",
  permission: "verifications.record",
  input: RecordVerification,
  async handler(tx, ctx, input) {
    if (ctx.org.kind !== "buyer") throw new NotFoundError(VALUE_NOT_FOUND);
    const value = await reportedValueInTenant(tx, ctx.org.id, input.reportValueId);
    if (input.status === "betwist" && input.note === "") {
      throw new ValidationError({ note: "Licht toe waarom deze waarde betwist wordt." });
    }
    const [row] = await tx
      .insert(valueVerifications)
      .values({
        tenantId: ctx.org.id,
        contractId: value.contractId,
        reportValueId: value.id,
        status: input.status,
        note: input.note === "" ? null : input.note,
        verifiedByUserId: ctx.userId,
      })
      .returning({ id: valueVerifications.id });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "value_verification",
      entityId: value.id,
      action: "record",
      after: { status: input.status, note: input.note, quarter: value.quarter, contractId: value.contractId },
    });
    return { id: row.id, status: input.status };
  },
});

export const assignVerifier = defineAction({
  name: "verifications.assign",
  permission: "verifications.assign",
  input: AssignVerifier,
  async handler(tx, ctx, input) {
    const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
    const person = UUID_PATTERN.test(input.verifierUserId)
      ? await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(
            and(eq(memberships.organisationId, ctx.org.id), eq(memberships.userId, input.verifierUserId), eq(memberships.role, "verifier")),
          )
      : [];
    if (person.length === 0) throw new ValidationError({ verifierUserId: "Kies een verificateur van je organisatie." });
    await tx
      .insert(verifierAssignments)
      .values({ tenantId: ctx.org.id, contractId: contract.id, verifierUserId: input.verifierUserId, assignedByUserId: ctx.userId })
      .onConflictDoNothing();
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "contract",
      entityId: contract.id,
      action: "assign_verifier",
      after: { verifierUserId: input.verifierUserId },
    });
    return { contractId: contract.id, verifierUserId: input.verifierUserId };
  },
});

/**
 * Ends a verifier's assignment to a contract: their next request no longer sees it (the assigned
 * contracts are read at the start of every transaction). What they recorded stays in the history.
 */
export const unassignVerifier = defineAction({
  name: "verifications.unassign",
  permission: "verifications.assign",
  input: AssignVerifier,
  async handler(tx, ctx, input) {
    const contract = await getContractInTenant(tx, { tenantId: ctx.org.id, id: input.contractId });
    const removed = UUID_PATTERN.test(input.verifierUserId)
      ? await tx
          .delete(verifierAssignments)
          .where(
            and(
              eq(verifierAssignments.tenantId, ctx.org.id),
              eq(verifierAssignments.contractId, contract.id),
              eq(verifierAssignments.verifierUserId, input.verifierUserId),
            ),
          )
          .returning({ verifierUserId: verifierAssignments.verifierUserId })
      : [];
    if (removed.length === 0) throw new NotFoundError("Deze verificateur is niet (meer) aan dit contract toegewezen.");
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "contract",
      entityId: contract.id,
      action: "unassign_verifier",
      before: { verifierUserId: input.verifierUserId },
    });
    return { contractId: contract.id, verifierUserId: input.verifierUserId };
  },
});

export const drawVerificationSample = defineAction({
  name: "verifications.sample",
  permission: "verifications.sample",
  input: DrawSample,
  async handler(tx, ctx, input) {
    const population = (await reportedValues(tx, { tenantId: ctx.org.id, quarter: input.quarter })).map((v) => v.id);
    if (population.length === 0) throw new ValidationError({ quarter: "Er zijn in dit kwartaal geen gerapporteerde waarden." });
    const seed = typeof input.seed === "number" ? input.seed : newSeed();
    const drawn = drawSample(population, input.size, seed);
    const [row] = await tx
      .insert(verificationSamples)
      .values({
        tenantId: ctx.org.id,
        quarter: input.quarter,
        seed,
        size: drawn.length,
        populationSize: population.length,
        drawnValueIds: drawn,
        drawnByUserId: ctx.userId,
      })
      .returning({ id: verificationSamples.id });
    await recordAudit(tx, ctx, {
      tenantId: ctx.org.id,
      entity: "verification_sample",
      entityId: row.id,
      action: "draw",
      after: { quarter: input.quarter, seed, size: drawn.length, populationSize: population.length, drawnValueIds: drawn },
    });
    return { id: row.id, seed, drawnValueIds: drawn, populationSize: population.length };
  },
});
