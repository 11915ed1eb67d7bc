// Every action and route of the registry, for every role, in its own organisation and reaching
// into another, against the table in tests/fixtures/authorisation-expected.ts. Inputs are valid,
// so "ok" means the action really succeeded and a refusal is the authorisation speaking.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations } from "@/db/schema";
import type { RouteResponse } from "@/lib/http/route";
import { NotFoundError } from "@/lib/errors";
import { inviteMember } from "@/lib/members/actions";
import { allActions, allRoutes } from "@/lib/registry";
import { EXPECTED, MATRIX_ROLES, type MatrixRole, type Outcome, type Row } from "../fixtures/authorisation-expected";
import { groupMatrixBuilders } from "../fixtures/group-matrix";
import { createGroup } from "../fixtures/groups";
import type { MatrixBuilder, MatrixHome } from "../fixtures/matrix-home";
import type { BuyerRole } from "@/lib/auth/permissions";
import { openTestDatabase } from "../fixtures/db";
import { wheelMatrixBuilders } from "../fixtures/wheels";
import { guidanceMatrixBuilders } from "../fixtures/guidance";
import { guidanceToolsMatrixBuilders } from "../fixtures/guidance-tools";
import { procurementChecklistMatrixBuilders } from "../fixtures/procurement-checklist";
import { kpiMatrixBuilders } from "../fixtures/kpis";
import { kpiLibraryMatrixBuilders } from "../fixtures/kpi-library";
import { reportMatrixBuilders } from "../fixtures/reports";
import { reviewOutputMatrixBuilders } from "../fixtures/review-outputs";
import { reviewMatrixBuilders } from "../fixtures/reviews";
import { dashboardMatrixBuilders } from "../fixtures/dashboard";
import { contractDashboardMatrixBuilders } from "../fixtures/dashboards-2";
import { bulkMatrixBuilders } from "../fixtures/bulk";
import { notificationMatrixBuilders } from "../fixtures/notifications";
import { periodCloseMatrixBuilders } from "../fixtures/period-close";
import { apiTokenMatrixBuilders } from "../fixtures/api-tokens";
import { ssoMatrixBuilders } from "../fixtures/sso";
import { webhookMatrixBuilders } from "../fixtures/webhooks";
import { supplierProfileMatrixBuilders } from "../fixtures/supplier-profile";
import {
  actorContext,
  addMember,
  contractForm,
  createBuyer,
  createSupplier,
  expectOk,
  insertContract,
  type Team,
  randomKvk,
  uniqueEmail,
  uniqueSuffix,
} from "../fixtures/factories";
import { createIndicatorAs, createTargetAs, globalIndicatorId, indicatorForm, targetForm } from "../fixtures/targets";
import type { Caller } from "@/lib/http/steps";
import { type ActionResult } from "@/lib/http/action";

const { db } = await openTestDatabase();

type Home = MatrixHome;
type Entry = { name: string; run: (ctx: Caller | null, input: never) => Promise<ActionResult<unknown> | RouteResponse> };
type Builder = MatrixBuilder;

const entries: Entry[] = [...allActions, ...allRoutes] as unknown as Entry[];
const world = {} as { buyerA: Home; buyerB: Home; supplierA: Home; supplierB: Home; groupA: Home; groupB: Home };

/** A buyer group that the buyer started and is the only member of, with a fresh coordinator and member. */
async function groupOf(buyer: Team<BuyerRole>): Promise<Home> {
  const group = await createGroup(db, [buyer]);
  const coordinator = await addMember(db, group.org, "coordinator");
  return {
    kind: "group",
    org: group.org,
    as: { coordinator: await actorContext(db, coordinator.id, group.org.slug), member: group.as.member },
  };
}

beforeAll(async () => {
  const [buyerA, buyerB, supplierA, supplierB] = [
    await createBuyer(db),
    await createBuyer(db),
    await createSupplier(db),
    await createSupplier(db),
  ];
  Object.assign(world, {
    buyerA: { kind: "buyer", ...buyerA },
    buyerB: { kind: "buyer", ...buyerB },
    supplierA: { kind: "supplier", ...supplierA },
    supplierB: { kind: "supplier", ...supplierB },
  });
  Object.assign(world, { groupA: await groupOf(buyerA), groupB: await groupOf(buyerB) });
  // Each supplier is party to a contract of its own buyer, so both are real suppliers.
  await insertContract(db, { tenantId: buyerB.org.id, managerId: buyerB.as.admin.userId, supplierOrgId: supplierB.org.id });
});

/** A fresh contract of the home organisation: the buyer's own, or one the supplier is party to. */
async function homeContract(home: Home) {
  const buyer = home.kind === "buyer" ? home : world.buyerA;
  return insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: home.kind === "supplier" ? home.org.id : null,
  });
}

/** An own indicator and a target of the home buyer (a supplier's buyer for supplier roles). */
// A group keeps a library too: its own home for the library's builders.
const buyerOf = (home: Home) => (home.kind === "supplier" ? world.buyerA : home);
const homeIndicator = (home: Home) => createIndicatorAs(buyerOf(home).as.coordinator);
async function homeTarget(home: Home) {
  return createTargetAs(buyerOf(home).as.coordinator, await globalIndicatorId(db, "co2e"));
}

/** Whom an organisation can invite: anyone to a buyer or supplier; a person of a member to a group. */
async function invitee(home: Home) {
  if (home.kind !== "group") return { email: uniqueEmail(), role: "viewer" };
  return { email: (await addMember(db, world.buyerA.org, "viewer")).email, role: "member" };
}

// Registering a provider asks its OpenID configuration from a stand-in on this machine.
const sso = ssoMatrixBuilders();
afterAll(() => sso.close());

const builders: Record<string, Builder> = {
  "members.invite": { level: "organisation", input: (home) => invitee(home), forGroups: true },
  "members.change_role": {
    level: "object",
    input: async (home) => ({
      userId: (await addMember(db, home.org, home.kind === "group" ? "member" : "viewer")).id,
      role: home.kind === "supplier" ? "reporter" : "coordinator",
      version: "1",
    }),
    forGroups: true,
  },
  "members.remove": {
    level: "object",
    input: async (home) => ({ userId: (await addMember(db, home.org, home.kind === "group" ? "member" : "viewer")).id }),
    forGroups: true,
  },
  "members.revoke_invitation": {
    level: "object",
    input: async (home) => expectOk(await inviteMember.run(home.as.admin ?? home.as.coordinator, await invitee(home))),
    forGroups: true,
  },
  "contracts.create": { level: "organisation", input: () => contractForm() },
  "contracts.update": {
    level: "object",
    input: async (home) => {
      const contract = await homeContract(home);
      const form = contractForm({ title: "Bijgewerkt", contractManagerId: contract.contractManagerId });
      return { ...form, id: contract.id, version: String(contract.version) };
    },
  },
  "contracts.invite_supplier": {
    level: "object",
    input: async (home) => ({
      contractId: (await homeContract(home)).id,
      kvk: randomKvk(),
      name: `Nieuwe Leverancier ${uniqueSuffix()}`,
      email: uniqueEmail("leverancier"),
    }),
  },
  "indicators.create": { level: "organisation", input: () => indicatorForm() },
  "indicators.update": { level: "object", input: async (home) => ({ ...indicatorForm(), id: await homeIndicator(home) }) },
  "indicators.delete": { level: "object", input: async (home) => ({ id: await homeIndicator(home) }) },
  "targets.create": { level: "organisation", input: async () => targetForm(await globalIndicatorId(db, "co2e")) },
  "targets.update": {
    level: "object",
    input: async (home) => {
      const target = await homeTarget(home);
      return { ...targetForm(await globalIndicatorId(db, "co2e")), id: target.id, version: String(target.version) };
    },
  },
  "targets.delete": {
    level: "object",
    input: async (home) => {
      const target = await homeTarget(home);
      return { id: target.id, version: String(target.version) };
    },
  },
  "GET /api/v1/[org]/contracts": { level: "organisation", input: () => ({ search: new URLSearchParams() }) },
  "GET /api/v1/[org]/contracts/[id]": { level: "object", input: async (home) => ({ id: (await homeContract(home)).id }) },
  "GET /api/v1/[org]/contracts/[id]/kpis": { level: "object", input: async (home) => ({ id: (await homeContract(home)).id }) },
  "GET /api/v1/[org]/contracts/[id]/malus-ledger": { level: "object", input: async (home) => ({ id: (await homeContract(home)).id }) },
  "GET /api/v1/[org]/contracts/[id]/reviews/[quarter]": {
    level: "object",
    input: async (home) => ({ id: (await homeContract(home)).id, quarter: "2026-Q1" }),
  },
  "GET /api/v1/[org]/contracts/[id]/reports/[quarter]": {
    level: "object",
    input: async (home) => ({ id: (await homeContract(home)).id, quarter: "2026-Q1" }),
  },
  "GET /api/v1/[org]/members": { level: "organisation", input: () => ({}) },
  "GET /api/v1/[org]/audit-log/export": {
    level: "organisation",
    input: () => ({ search: new URLSearchParams("van=2026-01-01"), format: "csv" }),
  },
  "GET /api/v1/[org]/worklist": { level: "organisation", input: () => ({}) },
  "GET /api/v1/[org]/contracts/[id]/ocds": { level: "object", input: async (home) => ({ id: (await homeContract(home)).id }) },
  "GET /api/v1/[org]/ocds": { level: "organisation", input: () => ({}) },
  ...wheelMatrixBuilders({ db, buyerOf, homeContract }),
  ...guidanceMatrixBuilders({ db, buyerOf }),
  ...guidanceToolsMatrixBuilders(),
  ...procurementChecklistMatrixBuilders({ homeContract }),
  ...kpiMatrixBuilders({ db, homeContract }),
  ...kpiLibraryMatrixBuilders({ db, buyerOf, homeContract }),
  ...reportMatrixBuilders({ db, homeContract }),
  ...reviewOutputMatrixBuilders({ db, homeContract }),
  ...reviewMatrixBuilders({ db, homeContract }),
  ...dashboardMatrixBuilders(),
  ...contractDashboardMatrixBuilders({ homeContract }),
  ...bulkMatrixBuilders({ db, buyerOf, homeContract }),
  ...periodCloseMatrixBuilders({ db, buyerOf }),
  ...apiTokenMatrixBuilders(),
  ...sso.builders,
  ...webhookMatrixBuilders(db),
  "account.set_reminders": { level: "organisation", input: () => ({ wantsReminders: "on" }) },
  // Joins when out and leaves when in, on the organisation's current version, so each allowed role succeeds.
  "benchmark.set_participation": {
    level: "organisation",
    input: async (home) => {
      const [org] = await db.select().from(organisations).where(eq(organisations.id, home.org.id));
      return { takePart: org.benchmarkSince ? "false" : "true", version: String(org.version) };
    },
  },
  ...notificationMatrixBuilders({ db, homeContract }),
  ...groupMatrixBuilders({ db, buyerOf, groupOf: (home) => (home.kind === "group" ? home : world.groupA) }),
  ...supplierProfileMatrixBuilders({ db, homeContract }),
};

const CODES: Record<string, Outcome> = {
  ForbiddenError: "forbidden",
  NotFoundError: "not_found",
  UnauthenticatedError: "unauthenticated",
};
const STATUSES: Record<number, Outcome> = { 200: "ok", 401: "unauthenticated", 403: "forbidden", 404: "not_found" };

/** A bulk action answers per item (lib/http/bulk.ts): its one item's outcome is the authorisation speaking. */
function itemOutcome(data: unknown): Outcome {
  const items = (data as { items?: Array<{ ok: boolean; code?: string }> } | null)?.items;
  if (!Array.isArray(items) || items.length !== 1) return "ok";
  return items[0].ok ? "ok" : CODES[items[0].code ?? ""];
}

function classify(label: string, result: ActionResult<unknown> | RouteResponse): Outcome {
  const outcome = "status" in result ? STATUSES[result.status] : result.ok ? itemOutcome(result.data) : CODES[result.code];
  // Anything else (a validation error, a 500) means the input builder or the code is broken.
  if (!outcome) throw new Error(`${label}: onverwachte uitkomst ${JSON.stringify(result)}`);
  return outcome;
}

async function outcomeOf(entry: Entry, role: MatrixRole, side: "own" | "other"): Promise<Outcome> {
  const builder = builders[entry.name];
  if (!builder) throw new Error(`Geen invoer voor ${entry.name}: voeg een builder toe aan deze test.`);
  const label = `${entry.name} als ${role} (${side})`;
  if (role === "anonymous") return classify(label, await entry.run(null, (await builder.input(world.buyerA)) as never));

  const [kind, roleName] = role.split(".") as [Home["kind"], string];
  const home = world[`${kind}A`];
  const other = world[`${kind}B`];
  // A group's roles reach for a buyer's work with the buyer's own input, unless the work is theirs too.
  const target = kind === "group" && !builder.forGroups ? world.buyerA : home;
  let ctx = side === "own" ? home.as[roleName] : other.as[roleName];
  if (side === "other" && builder.level === "organisation") {
    // The request names home's slug; the membership lookup must refuse a stranger.
    try {
      ctx = await actorContext(db, ctx.userId, target.org.slug);
    } catch (error) {
      if (error instanceof NotFoundError) return "not_found";
      throw error;
    }
  }
  return classify(label, await entry.run(ctx, (await builder.input(target)) as never));
}

/** The expected row, with the group roles refused where it does not name them (see Row). */
function expectedRow(name: string): Required<Row> {
  const refused: Outcome = builders[name]?.level === "organisation" ? "not_found" : "forbidden";
  const none = { own: "forbidden" as Outcome, other: refused };
  return { "group.coordinator": none, "group.member": none, ...EXPECTED[name] };
}

describe("authorisation matrix", () => {
  it("has an expected row and an input for every action and route in the registry, and no others", () => {
    const names = entries.map((e) => e.name).sort();
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(EXPECTED).sort()).toEqual(names);
    expect(Object.keys(builders).sort()).toEqual(names);
  });

  it.each(entries.map((e) => [e.name, e] as const))("%s", async (_name, entry) => {
    // Fresh planner statistics after the rows the earlier entries wrote, as autovacuum keeps
    // them on PostgreSQL (PGlite has none): the dashboards' plans depend on them.
    if (entry.name.includes("dashboard")) await db.execute(sql.raw("analyze"));
    const actual = {} as Required<Row>;
    for (const role of MATRIX_ROLES) {
      actual[role] = { own: await outcomeOf(entry, role, "own"), other: await outcomeOf(entry, role, "other") };
    }
    expect(actual).toEqual(expectedRow(entry.name));
  });
});
