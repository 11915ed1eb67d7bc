// The API description against the API: every route file's methods are in the document and every
// operation in it has a route file; the answers of real calls (with a token, as an integration
// makes them) validate against the document's schemas, refusals against its problem schema.
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { contractDashboardRoute } from "@/lib/contract-dashboard/routes";
import { getContractRoute, listContractsRoute } from "@/lib/contracts/routes";
import { dashboardRoute } from "@/lib/dashboard/routes";
import { contractKpisRoute } from "@/lib/kpis/api";
import { malusLedgerRoute } from "@/lib/malus/api";
import { reviewRoute } from "@/lib/reviews/api";
import { actionHandler, routeHandler } from "@/lib/http/next";
import { openApiDocument } from "@/lib/http/openapi";
import { listMembersRoute } from "@/lib/members/routes";
import { saveReportDraft } from "@/lib/reports/actions";
import { reportInputOf, reportRoute } from "@/lib/reports/api";
import { bearerRequest, createTokenAs } from "../fixtures/api-tokens";
import { openTestDatabase } from "../fixtures/db";
import { createStrangers, insertContract, type Team } from "../fixtures/factories";
import { insertActiveKpi } from "../fixtures/reports";

const { db } = await openTestDatabase();
const document = openApiDocument("http://localhost");

/** Routes outside the public API, each for a reason: the description itself, and the scheduler's job behind its own secret. */
const NOT_DESCRIBED = ["/api/v1/openapi.json", "/api/v1/jobs/reminders"];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

describe("the document and the route files", () => {
  const root = path.resolve("app");
  const served = routeFiles(path.join(root, "api/v1")).flatMap((file) => {
    const route = `/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[([a-z]+)\]/g, "{$1}");
    const methods = [...fs.readFileSync(file, "utf8").matchAll(/export (?:const|(?:async )?function) (GET|PUT|POST|PATCH|DELETE)\b/g)];
    return methods.map(([, method]) => ({ route, method: method.toLowerCase() }));
  });

  it("describes every method of every route file of /api/v1, and nothing that is not served", () => {
    const described = Object.entries(document.paths).flatMap(([route, ops]) => Object.keys(ops).map((method) => ({ route, method })));
    const public_ = served.filter((s) => !NOT_DESCRIBED.includes(s.route));
    expect(public_.length).toBeGreaterThan(20);
    const key = (o: { route: string; method: string }) => `${o.method.toUpperCase()} ${o.route}`;
    expect(described.map(key).sort()).toEqual(public_.map(key).sort());
  });

  it("gives every operation a summary, its scope or the note that it is for a browser session only, and the problem answers", () => {
    for (const [route, ops] of Object.entries(document.paths)) {
      for (const [method, raw] of Object.entries(ops)) {
        const op = raw as { summary: string; description: string; responses: Record<string, unknown> };
        expect(op.summary, `${method} ${route}`).not.toBe("");
        expect(op.description, `${method} ${route}`).toMatch(/^Scope: `[a-z]+:[a-z]+`$|ingelogde gebruiker/);
        expect(Object.keys(op.responses), `${method} ${route}`).toEqual(expect.arrayContaining(["200", "400", "401", "403", "404"]));
      }
    }
  });
});

describe("answers against the document", () => {
  let buyer: Team<BuyerRole>;
  let supplier: Team<SupplierRole>;
  let contractId: string;
  let kpiId: string;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date-time", { validate: (value: string) => !Number.isNaN(Date.parse(value)) });
  ajv.addFormat("binary", true);
  ajv.addSchema({ $id: "doc", components: document.components }, "doc");

  beforeAll(async () => {
    ({ buyer, supplier } = await createStrangers(db));
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    contractId = contract.id;
    kpiId = (await insertActiveKpi(db, contract)).id;
  });

  /** The 200 or problem schema of an operation, with its $refs pointing into the document. */
  function schemaOf(route: string, method: string, status: number): object {
    const op = (document.paths[route] as Record<string, { responses: Record<string, { content: Record<string, { schema: object }> }> }>)[
      method
    ];
    const response = op.responses[String(status)];
    expect(response, `${method} ${route} ${status}`).toBeDefined();
    const [media] = Object.values(response.content);
    return JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"doc#/components/'));
  }

  async function expectDescribed(route: string, method: string, response: Response) {
    const body = await response.json();
    const validate = ajv.compile(schemaOf(route, method, response.status));
    expect(validate(body), `${method} ${route} ${response.status}: ${JSON.stringify(validate.errors)}`).toBe(true);
    return body;
  }

  const params = <S>(segments: S) => ({ params: Promise.resolve(segments) });

  it("validates the reads of a buyer's and a supplier's token", async () => {
    const buyerToken = (await createTokenAs(buyer.as.admin, ["contracts:read", "reports:read", "members:read", "dashboard:read"])).token;
    const supplierToken = (await createTokenAs(supplier.as.admin, ["contracts:read", "reports:read", "reviews:read", "malus:read"])).token;
    const org = buyer.org.slug;
    const calls: Array<[string, Response]> = [
      [
        "/api/v1/{org}/contracts",
        await routeHandler(listContractsRoute, (_s: { org: string }, search) => ({ search }), { db })(
          bearerRequest(`/api/v1/${org}/contracts?limit=1`, buyerToken),
          params({ org }),
        ),
      ],
      [
        "/api/v1/{org}/contracts/{id}",
        await routeHandler(getContractRoute, ({ id }: { org: string; id: string }) => ({ id }), { db })(
          bearerRequest("/", buyerToken),
          params({ org, id: contractId }),
        ),
      ],
      ["/api/v1/{org}/members", await routeHandler(listMembersRoute, () => ({}), { db })(bearerRequest("/", buyerToken), params({ org }))],
      [
        "/api/v1/{org}/dashboard",
        await routeHandler(dashboardRoute, (_s: { org: string }, search) => ({ search }), { db })(
          bearerRequest(`/api/v1/${org}/dashboard`, buyerToken),
          params({ org }),
        ),
      ],
      [
        "/api/v1/{org}/contracts/{id}/dashboard",
        await routeHandler(contractDashboardRoute, ({ id }: { org: string; id: string }) => ({ id }), { db })(
          bearerRequest("/", buyerToken),
          params({ org, id: contractId }),
        ),
      ],
      [
        "/api/v1/{org}/contracts/{id}/reviews/{quarter}",
        await routeHandler(reviewRoute, ({ id, quarter }: { org: string; id: string; quarter: string }) => ({ id, quarter }), { db })(
          bearerRequest("/", supplierToken),
          params({ org: supplier.org.slug, id: contractId, quarter: "2026-Q1" }),
        ),
      ],
      [
        "/api/v1/{org}/contracts/{id}/malus-ledger",
        await routeHandler(malusLedgerRoute, ({ id }: { org: string; id: string }) => ({ id }), { db })(
          bearerRequest("/", supplierToken),
          params({ org: supplier.org.slug, id: contractId }),
        ),
      ],
      [
        "/api/v1/{org}/contracts/{id}/kpis",
        await routeHandler(contractKpisRoute, ({ id }: { org: string; id: string }) => ({ id }), { db })(
          bearerRequest("/", supplierToken),
          params({ org: supplier.org.slug, id: contractId }),
        ),
      ],
      [
        "/api/v1/{org}/contracts/{id}/reports/{quarter}",
        await routeHandler(reportRoute, ({ id, quarter }: { org: string; id: string; quarter: string }) => ({ id, quarter }), { db })(
          bearerRequest("/", supplierToken),
          params({ org: supplier.org.slug, id: contractId, quarter: "2026-Q1" }),
        ),
      ],
    ];
    const bodies = new Map<string, { data: unknown }>();
    for (const [route, response] of calls) {
      expect(response.status, route).toBe(200);
      bodies.set(route, await expectDescribed(route, "get", response));
    }
    // The KPI as agreed, with its growth path and the target it sets for a quarter.
    const [kpi] = bodies.get("/api/v1/{org}/contracts/{id}/kpis")!.data as Array<{
      id: string;
      targets: Array<{ quarter: string; target: string | null; growthPathVersion: number | null }>;
      growthPath: Array<{ version: number; milestones: unknown[] }>;
    }>;
    expect(kpi.id).toBe(kpiId);
    expect(kpi.targets.find((t) => t.quarter === "2026-Q1")).toMatchObject({ target: "40", growthPathVersion: 1 });
    expect(kpi.growthPath).toMatchObject([{ version: 1, milestones: [{ quarter: "2026-Q1", value: "40" }] }]);
  });

  it("validates a write and the refusals as problem details", async () => {
    const token = (await createTokenAs(supplier.as.admin, ["reports:read", "reports:write"])).token;
    const org = supplier.org.slug;
    const route = "/api/v1/{org}/contracts/{id}/reports/{quarter}";
    const put = actionHandler(
      saveReportDraft,
      "reports:write",
      (s: { org: string; id: string; quarter: string }, body) => reportInputOf(s, body),
      { db },
    );
    const send = (body: unknown, id = contractId) =>
      put(
        bearerRequest("/", token, { method: "PUT", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
        params({ org, id, quarter: "2026-Q1" }),
      );
    const saved = await send({ values: [{ kpiId, value: 41 }] });
    expect(saved.status).toBe(200);
    await expectDescribed(route, "put", saved);
    const invalid = await send({ values: "veel" });
    expect(invalid.status).toBe(400);
    expect(await expectDescribed(route, "put", invalid)).toMatchObject({ errors: { values: expect.any(String) } });
    const missing = await send({ values: [] }, "00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    await expectDescribed(route, "put", missing);
    const outOfScope = await routeHandler(listMembersRoute, () => ({}), { db })(bearerRequest("/", token), params({ org }));
    expect(outOfScope.status).toBe(403);
    await expectDescribed("/api/v1/{org}/members", "get", outOfScope);
  });
});
