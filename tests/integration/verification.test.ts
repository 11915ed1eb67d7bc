// Verified evidence: who may record a verification, the status history of a value, the verifier's
// isolation to the contracts assigned to them (in the actions and in the verifier's own database
// transaction), and a sample that the same seed and population draw again.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Db } from "@/db/client";
import type { BuyerRole } from "@/lib/auth/permissions";
import { withTenant, type TenantScope } from "@/lib/tenancy";
import { assignVerifier, drawVerificationSample, recordVerification, unassignVerifier } from "@/lib/verification/actions";
import { verificationValuePage } from "@/lib/verification/pages";
import { reportedValues, verificationHistory } from "@/lib/verification/queries";
import { drawSample } from "@/lib/verification/rules";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, expectOk, insertContract, type Team } from "../fixtures/factories";
import { assignToVerifier, insertReportedValue } from "../fixtures/verification";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let other: Team<BuyerRole>;
const ids = { assigned: "", unassigned: "", others: "", assignedValue: "", unassignedValue: "", othersValue: "" };

const verifierScope = (team: Team<BuyerRole>): TenantScope => ({
  userId: team.as.verifier.userId,
  orgId: team.org.id,
  orgKind: "buyer",
  verifier: true,
});
const asVerifier = <T>(query: Parameters<Db["execute"]>[0]) => withTenant(verifierScope(buyer), (tx) => queryRows<T>(tx, query), db);

beforeAll(async () => {
  [buyer, other] = [await createBuyer(db), await createBuyer(db)];
  const assigned = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
  const unassigned = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
  const others = await insertContract(db, { tenantId: other.org.id, managerId: other.as.contract_manager.userId });
  Object.assign(ids, { assigned: assigned.id, unassigned: unassigned.id, others: others.id });
  ids.assignedValue = (await insertReportedValue(db, assigned)).id;
  ids.unassignedValue = (await insertReportedValue(db, unassigned)).id;
  ids.othersValue = (await insertReportedValue(db, others)).id;
  expectOk(await assignVerifier.run(buyer.as.coordinator, { contractId: assigned.id, verifierUserId: buyer.as.verifier.userId }));
  // Another buyer's verifier has the other buyer's contract: it must not open a door into ours.
  await assignToVerifier(db, others, other.as.verifier.userId);
});

describe("recording a verification", () => {
  it("keeps every verification; the latest is the status and the history stays", async () => {
    const value = await insertReportedValue(db, { tenantId: buyer.org.id, id: ids.unassigned }, "2026-Q2");
    expectOk(
      await recordVerification.run(buyer.as.coordinator, { reportValueId: value.id, status: "betwist", note: "Factuur ontbreekt." }),
    );
    expectOk(
      await recordVerification.run(buyer.as.contract_manager, {
        reportValueId: value.id,
        status: "geverifieerd",
        note: "Factuur nagezonden.",
      }),
    );
    const values = await withTenant(buyer.as.viewer, (tx) => reportedValues(tx, { tenantId: buyer.org.id, quarter: "2026-Q2" }), db);
    expect(values.find((v) => v.id === value.id)?.status).toBe("geverifieerd");
    const history = await withTenant(
      buyer.as.viewer,
      (tx) => verificationHistory(tx, { tenantId: buyer.org.id, reportValueId: value.id }),
      db,
    );
    expect(history.map((h) => [h.status, h.note, h.byUserId])).toEqual([
      ["geverifieerd", "Factuur nagezonden.", buyer.as.contract_manager.userId],
      ["betwist", "Factuur ontbreekt.", buyer.as.coordinator.userId],
    ]);
  });

  it("asks for a note when a value is disputed, at the field", async () => {
    const result = await recordVerification.run(buyer.as.coordinator, { reportValueId: ids.unassignedValue, status: "betwist", note: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { note: expect.stringContaining("betwist") } });
  });

  it("is refused to a viewer, a named viewer role and the admin", async () => {
    for (const role of ["viewer", "bestuurder", "admin"] as const) {
      const result = await recordVerification.run(buyer.as[role], { reportValueId: ids.unassignedValue, status: "geverifieerd" });
      expect(result).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
  });

  it("a verification cannot be changed afterwards: the trail is append-only", async () => {
    const message = await databaseError(
      withTenant(buyer.as.coordinator, (tx) => tx.execute(sql`update value_verifications set status = 'geverifieerd'`), db),
    );
    expect(message).toMatch(/permission denied/);
  });
});

describe("a verifier", () => {
  it("verifies a value of an assigned contract, and nothing of another contract or buyer", async () => {
    expectOk(
      await recordVerification.run(buyer.as.verifier, { reportValueId: ids.assignedValue, status: "geverifieerd", note: "Weegbon klopt." }),
    );
    for (const id of [ids.unassignedValue, ids.othersValue]) {
      const result = await recordVerification.run(buyer.as.verifier, { reportValueId: id, status: "geverifieerd" });
      expect(result).toMatchObject({ ok: false, code: "NotFoundError" });
    }
  });

  it("reads only the assigned contract's values through the same query the buyer uses", async () => {
    const values = await withTenant(buyer.as.verifier, (tx) => reportedValues(tx, { tenantId: buyer.org.id }), db);
    expect(new Set(values.map((v) => v.contractId))).toEqual(new Set([ids.assigned]));
  });

  it("in their own transaction sees only the assigned contract, and no other table at all", async () => {
    const [role] = await asVerifier<{ role: string }>(sql`select current_user as role`);
    expect(role.role).toBe("groeipad_verifier");
    expect(await asVerifier<{ id: string }>(sql`select id from contracts`)).toEqual([{ id: ids.assigned }]);
    expect(await asVerifier<{ id: string }>(sql`select id from report_values`)).toEqual([{ id: ids.assignedValue }]);
    expect(await asVerifier(sql`select id from contracts where id in (${ids.unassigned}, ${ids.others})`)).toEqual([]);
    for (const table of ["organisation_targets", "reviews", "audit_events", "verification_samples"]) {
      expect(await databaseError(asVerifier(sql.raw(`select 1 from ${table} limit 1`)))).toMatch(/permission denied/);
    }
  });

  it("cannot write a verification of an unassigned contract even in SQL, nor in another person's name", async () => {
    const insert = (contractId: string, valueId: string, by: string) =>
      asVerifier(sql`insert into value_verifications (tenant_id, contract_id, report_value_id, status, verified_by_user_id)
                     values (${buyer.org.id}, ${contractId}, ${valueId}, 'geverifieerd', ${by})`);
    expect(await databaseError(insert(ids.unassigned, ids.unassignedValue, buyer.as.verifier.userId))).toMatch(/row-level security/);
    expect(await databaseError(insert(ids.assigned, ids.assignedValue, buyer.as.coordinator.userId))).toMatch(/row-level security/);
    expect(await databaseError(asVerifier(sql`update contracts set title = 'gewijzigd'`))).toMatch(/permission denied/);
  });

  it("loses the contract with the assignment's membership: a former verifier reads nothing", async () => {
    const scope = { ...verifierScope(buyer), userId: buyer.as.viewer.userId };
    await assignToVerifier(db, { tenantId: buyer.org.id, id: ids.assigned }, buyer.as.viewer.userId);
    expect(await withTenant(scope, (tx) => queryRows(tx, sql`select id from contracts`), db)).toEqual([]);
  });

  it("is assigned only by the coordinator, and only a verifier of the own organisation", async () => {
    const result = await assignVerifier.run(buyer.as.coordinator, { contractId: ids.unassigned, verifierUserId: buyer.as.viewer.userId });
    expect(result).toMatchObject({ ok: false, fieldErrors: { verifierUserId: expect.any(String) } });
    const foreign = await assignVerifier.run(buyer.as.coordinator, {
      contractId: ids.unassigned,
      verifierUserId: other.as.verifier.userId,
    });
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { verifierUserId: expect.any(String) } });
    const elsewhere = await assignVerifier.run(buyer.as.coordinator, { contractId: ids.others, verifierUserId: buyer.as.verifier.userId });
    expect(elsewhere).toMatchObject({ ok: false, code: "NotFoundError" });
  });
});

describe("a value's verification history", () => {
  it("names who decided for the buyer, and for a verifier only themselves", async () => {
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    const value = await insertReportedValue(db, contract, "2026-Q3");
    await assignToVerifier(db, contract, buyer.as.verifier.userId);
    expectOk(await recordVerification.run(buyer.as.verifier, { reportValueId: value.id, status: "betwist", note: "Geen weegbonnen." }));
    expectOk(
      await recordVerification.run(buyer.as.coordinator, {
        reportValueId: value.id,
        status: "geverifieerd",
        note: "Weegbonnen ontvangen.",
      }),
    );

    const forCoordinator = await verificationValuePage(buyer.as.coordinator, value.id, db);
    expect(forCoordinator?.value.status).toBe("geverifieerd");
    expect(forCoordinator?.history.map((h) => [h.status, h.by])).toEqual([
      ["geverifieerd", "jou"],
      ["betwist", buyer.as.verifier.name ?? buyer.as.verifier.email],
    ]);
    const forVerifier = await verificationValuePage(buyer.as.verifier, value.id, db);
    expect(forVerifier?.history.map((h) => h.by)).toEqual(["de opdrachtgever", "jou"]);
  });

  it("is nobody's business outside the buyer, nor a verifier's for a contract not assigned to them", async () => {
    expect(await verificationValuePage(other.as.coordinator, ids.assignedValue, db)).toBeNull();
    expect(await verificationValuePage(buyer.as.verifier, ids.unassignedValue, db)).toBeNull();
    expect(await verificationValuePage(buyer.as.coordinator, "geen-uuid", db)).toBeNull();
    expect(await verificationValuePage(buyer.as.coordinator, ids.assignedValue, db)).not.toBeNull();
  });
});

describe("ending an assignment", () => {
  it("takes the contract away from the verifier at once; what they recorded stays", async () => {
    const contract = await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId });
    const value = await insertReportedValue(db, contract, "2026-Q4");
    const assignment = { contractId: contract.id, verifierUserId: buyer.as.verifier.userId };
    expectOk(await assignVerifier.run(buyer.as.coordinator, assignment));
    expectOk(await recordVerification.run(buyer.as.verifier, { reportValueId: value.id, status: "geverifieerd" }));

    for (const who of [buyer.as.contract_manager, buyer.as.verifier, other.as.coordinator]) {
      expect((await unassignVerifier.run(who, assignment)).ok).toBe(false);
    }
    expectOk(await unassignVerifier.run(buyer.as.coordinator, assignment));

    const seen = await withTenant(buyer.as.verifier, (tx) => reportedValues(tx, { tenantId: buyer.org.id, contractId: contract.id }), db);
    expect(seen).toEqual([]);
    const refused = await recordVerification.run(buyer.as.verifier, { reportValueId: value.id, status: "betwist", note: "Toch niet." });
    expect(refused).toMatchObject({ ok: false, code: "NotFoundError" });
    const history = await withTenant(
      buyer.as.coordinator,
      (tx) => verificationHistory(tx, { tenantId: buyer.org.id, reportValueId: value.id }),
      db,
    );
    expect(history.map((h) => h.byUserId)).toEqual([buyer.as.verifier.userId]);
    const [audit] = await queryRows<{ by: string }>(
      db,
      sql`select actor_user_id as by from audit_events where tenant_id = ${buyer.org.id} and entity_id = ${contract.id} and action = 'unassign_verifier'`,
    );
    expect(audit?.by).toBe(buyer.as.coordinator.userId);

    const again = await unassignVerifier.run(buyer.as.coordinator, assignment);
    expect(again).toMatchObject({ ok: false, code: "NotFoundError" });
  });
});

describe("the sample of a quarter", () => {
  it("draws the same values from the same seed and population, whatever their order", () => {
    const population = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const first = drawSample(population, 5, 1234);
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
    expect(drawSample([...population].reverse(), 5, 1234)).toEqual(first);
    expect(drawSample(population, 5, 4321)).not.toEqual(first);
    expect(drawSample(population.slice(0, 3), 5, 1234)).toHaveLength(3);
  });

  it("records the seed and the drawn values; drawing again with that seed gives the same sample", async () => {
    for (let i = 0; i < 4; i++) await insertReportedValue(db, { tenantId: other.org.id, id: ids.others }, "2026-Q3");
    const first = expectOk(await drawVerificationSample.run(other.as.coordinator, { quarter: "2026-Q3", size: "2" }));
    expect(first.drawnValueIds).toHaveLength(2);
    expect(first.populationSize).toBe(4);
    const again = expectOk(
      await drawVerificationSample.run(other.as.coordinator, { quarter: "2026-Q3", size: "2", seed: String(first.seed) }),
    );
    expect(again.drawnValueIds).toEqual(first.drawnValueIds);
    const [stored] = await queryRows<{ seed: number; drawn: string[] }>(
      db,
      sql`select seed, drawn_value_ids as drawn from verification_samples where id = ${first.id}`,
    );
    expect(stored).toEqual({ seed: first.seed, drawn: first.drawnValueIds });
  });
});
