// A supplier's integration reports a quarter over the REST API with a token alone: reads the
// report, saves values, adds evidence, submits. Through the same actions as the form, so the same
// refusals: the buyer's token cannot submit, another supplier's gets 404, a stale version 409, a
// body of the wrong shape a problem with the field that is wrong.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import type { Contract, Kpi } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { actionHandler, routeHandler } from "@/lib/http/next";
import { saveReportDraft, submitReport } from "@/lib/reports/actions";
import { reportInputOf, reportRoute } from "@/lib/reports/api";
import { uploadEvidence } from "@/lib/reports/evidence-actions";
import { bearerRequest, createTokenAs } from "../fixtures/api-tokens";
import { openTestDatabase } from "../fixtures/db";
import { createStrangers, insertContract, type Team } from "../fixtures/factories";
import { insertActiveKpi, PDF_BYTES } from "../fixtures/reports";

const { db } = await openTestDatabase();

type Segments = { org: string; id: string; quarter: string };
const getReport = routeHandler(reportRoute, ({ id, quarter }: Segments) => ({ id, quarter }), { db });
const putReport = actionHandler(saveReportDraft, "reports:write", (s: Segments, body) => reportInputOf(s, body), { db });
const postSubmit = actionHandler(submitReport, "reports:write", (s: Segments, body) => reportInputOf(s, body), { db });
const postEvidence = actionHandler(
  uploadEvidence,
  "reports:write",
  ({ id, quarter }: Segments, body) => ({ kpiId: body.kpiId, file: body.file, contractId: id, quarter }),
  { db },
);

let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherSupplier: Team<SupplierRole>;
let contract: Contract;
let kpi: Kpi;

beforeAll(async () => {
  ({ buyer, supplier, otherSupplier } = await createStrangers(db));
  contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  kpi = await insertActiveKpi(db, contract);
});

function call(
  handler: (request: Request, context: { params: Promise<Segments> }) => Promise<Response>,
  token: string,
  org: string,
  init: { method?: string; json?: unknown; form?: FormData } = {},
) {
  const path = `/api/v1/${org}/contracts/${contract.id}/reports/2026-Q1`;
  const headers: Record<string, string> = init.json === undefined ? {} : { "Content-Type": "application/json" };
  const body = init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json));
  return handler(bearerRequest(path, token, { method: init.method ?? "GET", body, headers }), {
    params: Promise.resolve({ org, id: contract.id, quarter: "2026-Q1" }),
  });
}

describe("a supplier's integration reports a quarter", () => {
  it("reads, saves, adds evidence and submits with a token alone, and the audit trail names the token", async () => {
    const { token, id: tokenId } = await createTokenAs(supplier.as.admin, ["reports:read", "reports:write"], { name: "ERP-koppeling" });
    const org = supplier.org.slug;

    const before = await call(getReport, token, org);
    expect(before.status).toBe(200);
    expect((await before.json()).data).toMatchObject({
      quarter: "2026-Q1",
      status: null,
      kpis: [{ kpiId: kpi.id, target: "40", value: null }],
    });

    const saved = await call(putReport, token, org, {
      method: "PUT",
      json: { narrative: "Via de koppeling.", values: [{ kpiId: kpi.id, value: 41.5, explanation: "Uit het ERP." }] },
    });
    expect(saved.status).toBe(200);

    const form = new FormData();
    form.set("kpiId", kpi.id);
    form.set("file", new File([PDF_BYTES as BlobPart], "facturen.pdf", { type: "application/pdf" }));
    const evidence = await call(postEvidence, token, org, { method: "POST", form });
    expect(evidence.status).toBe(200);

    const draft = (await (await call(getReport, token, org)).json()).data;
    expect(draft).toMatchObject({ status: "draft", narrative: "Via de koppeling." });
    expect(Number(draft.kpis[0].value)).toBe(41.5);
    expect(draft.kpis[0].evidence).toMatchObject([{ fileName: "facturen.pdf", contentType: "application/pdf" }]);

    const submitted = await call(postSubmit, token, org, {
      method: "POST",
      json: { version: draft.version, values: [{ kpiId: kpi.id, value: "41,5", explanation: "Uit het ERP." }] },
    });
    expect(submitted.status).toBe(200);
    expect((await (await call(getReport, token, org)).json()).data.status).toBe("submitted");

    const events = await queryRows<{ action: string; api_token_id: string | null; actor_user_id: string }>(
      db,
      sql`select action, api_token_id, actor_user_id from audit_events where tenant_id = ${buyer.org.id} and entity = 'report'`,
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.api_token_id === tokenId && e.actor_user_id === supplier.as.admin.userId)).toBe(true);

    // The buyer reads it with its own token.
    const buyerToken = await createTokenAs(buyer.as.admin, ["reports:read", "reports:write"]);
    const read = await call(getReport, buyerToken.token, buyer.org.slug);
    expect((await read.json()).data.status).toBe("submitted");
    // Its role has no permission to submit a report, whatever the token's scopes.
    const refused = await call(putReport, buyerToken.token, buyer.org.slug, { method: "PUT", json: { values: [] } });
    expect(refused.status).toBe(403);
  });

  it("answers 404 to another supplier's token and 403 to a token without the write scope", async () => {
    const other = await createTokenAs(otherSupplier.as.admin, ["reports:read", "reports:write"]);
    expect((await call(getReport, other.token, otherSupplier.org.slug)).status).toBe(404);
    expect((await call(putReport, other.token, otherSupplier.org.slug, { method: "PUT", json: { values: [] } })).status).toBe(404);
    const readOnly = await createTokenAs(supplier.as.admin, ["reports:read"]);
    const response = await call(putReport, readOnly.token, supplier.org.slug, { method: "PUT", json: { values: [] } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ detail: expect.stringContaining("reports:write") });
  });

  it("refuses a body of the wrong shape with a problem naming the field, and a stale version with 409", async () => {
    const { token } = await createTokenAs(supplier.as.admin, ["reports:read", "reports:write"]);
    const org = supplier.org.slug;
    const wrong = await call(putReport, token, org, { method: "PUT", json: { values: { [kpi.id]: 41 } } });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("content-type")).toBe("application/problem+json");
    expect(await wrong.json()).toMatchObject({ type: "urn:groeipad:problem:validation", errors: { values: expect.any(String) } });
    const extra = await call(putReport, token, org, { method: "PUT", json: { values: [], contractId: "iets-anders" } });
    expect(extra.status).toBe(400);
    const broken = await handlerWithRawBody(token, org, "{kapot");
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ detail: "De inhoud van het verzoek is geen geldige JSON." });
  });

  it("answers 409 to a save on a version someone else has changed since, and keeps their values", async () => {
    const { token } = await createTokenAs(supplier.as.admin, ["reports:read", "reports:write"]);
    const org = supplier.org.slug;
    contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    kpi = await insertActiveKpi(db, contract);
    expect((await call(putReport, token, org, { method: "PUT", json: { values: [{ kpiId: kpi.id, value: 39 }] } })).status).toBe(200);
    const { version } = (await (await call(getReport, token, org)).json()).data;
    expect((await call(putReport, token, org, { method: "PUT", json: { version, values: [{ kpiId: kpi.id, value: 40 }] } })).status).toBe(
      200,
    );
    const stale = await call(putReport, token, org, { method: "PUT", json: { version, values: [{ kpiId: kpi.id, value: 41 }] } });
    expect(stale.status).toBe(409);
    expect(Number((await (await call(getReport, token, org)).json()).data.kpis[0].value)).toBe(40);
  });
});

function handlerWithRawBody(token: string, org: string, body: string) {
  return putReport(
    bearerRequest(`/api/v1/${org}/contracts/${contract.id}/reports/2026-Q1`, token, {
      method: "PUT",
      body,
      headers: { "Content-Type": "application/json" },
    }),
    { params: Promise.resolve({ org, id: contract.id, quarter: "2026-Q1" }) },
  );
}
