// The one path every change to an existing wheel takes: find the wheel in the actor's tenant,
// check who may change this particular wheel, refuse last year's wheel once a newer one exists,
// check the version the form was built on, and bump it, all in one tenant transaction.
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { wheels, type Wheel } from "@/db/schema";
import { getContractInTenant } from "@/lib/contracts/queries";
import { ConflictError } from "@/lib/errors";
import { assertMayEditContractWheel, assertMayEditOrganisationWheel } from "./policy";
import { getWheelInTenant } from "./queries";
import type { Actor } from "@/lib/auth/actor";

/** Who may change this particular wheel (./policy.ts); a contract wheel is checked against its contract. */
async function assertMayEditWheel(tx: Db, ctx: Actor, wheel: Wheel): Promise<void> {
  if (!wheel.contractId) return assertMayEditOrganisationWheel(ctx);
  assertMayEditContractWheel(ctx, await getContractInTenant(tx, { tenantId: wheel.tenantId, id: wheel.contractId }));
}

/** The first later year with an organisation wheel; while it exists, this wheel is history. */
export async function laterOrgWheelYear(tx: Db, wheel: Pick<Wheel, "tenantId" | "year" | "contractId">): Promise<number | null> {
  if (wheel.contractId) return null;
  const [row] = await tx
    .select({ year: sql<number | null>`min(${wheels.year})` })
    .from(wheels)
    .where(and(eq(wheels.tenantId, wheel.tenantId), isNull(wheels.contractId), gt(wheels.year, wheel.year)));
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}

function yearLockMessage(year: number, laterYear: number): string {
  return (
    `Het Waardenwiel van ${year} is alleen-lezen, want er is al een wiel voor ${laterYear}. ` +
    `Zo blijft zichtbaar wat er in ${year} is afgesproken; breng je wijziging aan in het wiel van ${laterYear}.`
  );
}

export type WheelEdit = { wheelId: string; version: number };

/**
 * Runs a change to a wheel or one of its parts. The version bump comes first: its row lock makes
 * a second, concurrent save wait and then find a newer version, so it is refused as a conflict
 * and writes nothing.
 */
export async function editWheel<T>(
  tx: Db,
  ctx: Actor,
  input: WheelEdit,
  work: (wheel: Wheel, before: Wheel) => Promise<T>,
): Promise<T & { version: number }> {
  const before = await getWheelInTenant(tx, { tenantId: ctx.org.id, id: input.wheelId });
  await assertMayEditWheel(tx, ctx, before);
  const later = await laterOrgWheelYear(tx, before);
  if (later !== null) throw new ConflictError(yearLockMessage(before.year, later));
  if (before.version !== input.version) throw new ConflictError();
  const [wheel] = await tx
    .update(wheels)
    .set({ version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(wheels.tenantId, ctx.org.id), eq(wheels.id, before.id), eq(wheels.version, input.version)))
    .returning();
  if (!wheel) throw new ConflictError();
  const result = await work(wheel, before);
  return { ...result, version: wheel.version };
}
