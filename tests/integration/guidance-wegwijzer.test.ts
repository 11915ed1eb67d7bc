import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { saveWegwijzerRun } from "@/lib/guidance/wegwijzer/actions";
import { changedAnswers, compareAdviceCells } from "@/lib/guidance/wegwijzer/compare";
import { getWegwijzerRun, listWegwijzerRuns } from "@/lib/guidance/wegwijzer/queries";
import { adviceCells } from "@/lib/guidance/wegwijzer/rules";
import { scopeOf, withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createContractAs, createSupplier, type Team } from "../fixtures/factories";
import { saveRunAs, WORKED_EXAMPLE, wegwijzerForm } from "../fixtures/guidance";
import type { Caller } from "@/lib/http/steps";

const { db } = await openTestDatabase();

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let draftOfA: string;

beforeAll(async () => {
  [a, b, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  draftOfA = await createContractAs(a.as.admin, { title: "Circulaire ICT-werkplekken", status: "draft" });
});

const read = (ctx: Caller, id: string) => withTenant(scopeOf(ctx), (tx) => getWegwijzerRun(tx, { tenantId: ctx.org.id, id }), db);
const list = (ctx: Caller) => withTenant(scopeOf(ctx), (tx) => listWegwijzerRuns(tx, { tenantId: ctx.org.id }), db);

describe("saving a wegwijzer run", () => {
  it("keeps the worked example's answers, title, notes and the contract in preparation, and records it", async () => {
    const id = await saveRunAs(a.as.coordinator, WORKED_EXAMPLE, {
      title: "ICT-werkplekken: organisatie van de aanbesteding",
      notes: "Besproken in het inkoopoverleg.",
      contractId: draftOfA,
    });
    const run = await read(a.as.viewer, id);
    expect(run).toMatchObject({
      title: "ICT-werkplekken: organisatie van de aanbesteding",
      answers: [2, 1, 2, 1, 2],
      notes: "Besproken in het inkoopoverleg.",
      contractId: draftOfA,
      contractTitle: "Circulaire ICT-werkplekken",
      createdByName: "Test coordinator",
    });
    // What the page shows for it: the cells of the document's output (section V.2).
    expect(adviceCells(run.answers)).toEqual({
      F: ["Fa", "F32"],
      A: ["Aa", "A12", "A32", "A52"],
      S: ["Sa", "S12", "S21", "S32", "S52"],
      U: ["Ua", "U12", "U32"],
    });
    expect((await list(a.as.viewer)).map((r) => r.id)).toContain(id);

    const events = await queryRows<{ action: string; actor_user_id: string; tenant_id: string }>(
      db,
      sql`select action, actor_user_id, tenant_id from audit_events where entity = 'wegwijzer_run' and entity_id = ${id}`,
    );
    expect(events).toEqual([{ action: "create", actor_user_id: a.as.coordinator.userId, tenant_id: a.org.id }]);
  });

  it("refuses a missing answer, an empty title and a contract that is not in preparation, each at its field", async () => {
    const form = wegwijzerForm(WORKED_EXAMPLE, { title: "  ", q3: "", q5: "3" });
    const result = await saveWegwijzerRun.run(a.as.admin, form);
    expect(result).toMatchObject({
      ok: false,
      code: "ValidationError",
      fieldErrors: {
        title: "Vul de titel in.",
        q3: "Kies bij vraag 3 een van de twee antwoorden.",
        q5: "Kies bij vraag 5 een van de twee antwoorden.",
      },
    });

    const active = await createContractAs(a.as.admin, { status: "active" });
    const draftOfB = await createContractAs(b.as.admin, { status: "draft" });
    for (const contractId of [active, draftOfB, randomUUID()]) {
      const refused = await saveWegwijzerRun.run(a.as.admin, wegwijzerForm(WORKED_EXAMPLE, { contractId }));
      expect(refused).toMatchObject({
        ok: false,
        fieldErrors: { contractId: "Kies een contract in voorbereiding van je eigen organisatie, of geen contract." },
      });
    }
  });

  it("is for the coordinator and the admin; other buyer roles and suppliers are refused", async () => {
    for (const ctx of [a.as.contract_manager, a.as.viewer, supplier.as.admin]) {
      expect(await saveWegwijzerRun.run(ctx, wegwijzerForm())).toMatchObject({ ok: false, code: "ForbiddenError" });
    }
    expect(await saveWegwijzerRun.run(null, wegwijzerForm())).toMatchObject({ ok: false, code: "UnauthenticatedError" });
  });
});

describe("reading runs across tenants", () => {
  it("gives another tenant's run and a malformed id the same 'not found'", async () => {
    const id = await saveRunAs(a.as.admin);
    await expect(read(b.as.admin, id)).rejects.toThrow(NotFoundError);
    await expect(read(a.as.admin, "niet-een-id")).rejects.toThrow(NotFoundError);
    await expect(read(a.as.admin, randomUUID())).rejects.toThrow(NotFoundError);
    expect((await list(b.as.admin)).map((r) => r.id)).not.toContain(id);
    // Row-level security is the second wall: asking for tenant A's rows inside B's scope gives nothing.
    const leaked = await withTenant(scopeOf(b.as.admin), (tx) => listWegwijzerRuns(tx, { tenantId: a.org.id }), db);
    expect(leaked).toEqual([]);
  });
});

describe("comparing two saved runs", () => {
  it("lists per activity the cells the later answers add and remove", async () => {
    const earlierId = await saveRunAs(a.as.coordinator, [1, 1, 1, 1, 1]);
    const laterId = await saveRunAs(a.as.coordinator, WORKED_EXAMPLE);
    const [earlier, later] = [await read(a.as.viewer, earlierId), await read(a.as.viewer, laterId)];
    expect(earlier.createdAt.getTime()).toBeLessThanOrEqual(later.createdAt.getTime());

    // All "1" gives F: Fa F11 F31 F51, A: Aa A31, S: Sa S11 S21 S51, U: Ua U11 U51 (empty cells dropped).
    const comparison = compareAdviceCells(earlier.answers, later.answers);
    expect(comparison.map((c) => [c.activity, c.added, c.removed])).toEqual([
      ["F", ["F32"], ["F11", "F31", "F51"]],
      ["A", ["A12", "A32", "A52"], ["A31"]],
      ["S", ["S12", "S32", "S52"], ["S11", "S51"]],
      ["U", ["U12", "U32"], ["U11", "U51"]],
    ]);
    expect(comparison[2]!.later).toEqual([
      { code: "Sa", change: "kept" },
      { code: "S12", change: "added" },
      { code: "S21", change: "kept" },
      { code: "S32", change: "added" },
      { code: "S52", change: "added" },
    ]);
    expect(changedAnswers(earlier.answers, later.answers)).toEqual([
      { question: 1, earlier: 1, later: 2 },
      { question: 3, earlier: 1, later: 2 },
      { question: 5, earlier: 1, later: 2 },
    ]);
  });
});
