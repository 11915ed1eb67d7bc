// A quarterly review over the REST API, read with a token: before it is planned the live
// preparation, once planned and scored the agreed score and the malus in cents, for both parties;
// once final, its malus in the ledger; another buyer's token gets 404 and a token without
// reviews:read 403.
import { beforeAll, describe, expect, it } from "vitest";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { routeHandler } from "@/lib/http/next";
import { malusLedgerRoute } from "@/lib/malus/api";
import { reviewRoute } from "@/lib/reviews/api";
import { malusLedgerCsvRoute } from "@/lib/reviews/output-routes";
import { signReview } from "@/lib/reviews/sign-actions";
import { planReview } from "@/lib/reviews/plan-actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { bearerRequest, createTokenAs } from "../fixtures/api-tokens";
import { openTestDatabase } from "../fixtures/db";
import { createStrangers, expectOk, insertContract, type Team } from "../fixtures/factories";
import { insertAcceptedReport, insertResultKpi } from "../fixtures/reviews";

const { db } = await openTestDatabase();
const getLedger = routeHandler(malusLedgerRoute, ({ id }: { org: string; id: string }) => ({ id }), { db });
const getReview = routeHandler(reviewRoute, ({ id, quarter }: { org: string; id: string; quarter: string }) => ({ id, quarter }), { db });

let buyer: Team<BuyerRole>;
let otherBuyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;

beforeAll(async () => {
  ({ buyer, otherBuyer, supplier } = await createStrangers(db));
});

async function read(token: string, org: string, id: string) {
  const response = await getReview(bearerRequest("/", token), { params: Promise.resolve({ org, id, quarter: "2026-Q3" }) });
  return { status: response.status, body: await response.json() };
}

describe("a review over the API", () => {
  it("shows the preparation, then the agreed score and the malus in cents, to both parties", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const kpi = await insertResultKpi(db, contract, { type: "fixed", amountCents: 250_000 }, { name: "Plantaardige eiwitten" });
    await insertAcceptedReport(db, contract, "2026-Q3", { [kpi.id]: "35" });
    const buyerToken = (await createTokenAs(buyer.as.admin, ["reviews:read"])).token;
    const supplierToken = (await createTokenAs(supplier.as.admin, ["reviews:read"])).token;

    const before = await read(buyerToken, buyer.org.slug, contract.id);
    expect(before.status).toBe(200);
    expect(before.body.data).toMatchObject({
      status: null,
      reviewId: null,
      kpis: [{ kpiId: kpi.id, agreedScore: null, reportedValue: "35" }],
    });

    const cm = buyer.as.contract_manager;
    const review = expectOk(
      await planReview.run(cm, {
        contractId: contract.id,
        quarter: "2026-Q3",
        meetingDate: "2026-10-15",
        meetingTime: "14:00",
        userIds: [cm.userId],
      }),
    );
    expectOk(await scoreKpi.run(cm, { reviewId: review.id, kpiId: kpi.id, version: "1", score: "off_track" }));

    for (const [token, org] of [
      [buyerToken, buyer.org.slug],
      [supplierToken, supplier.org.slug],
    ]) {
      const { status, body } = await read(token, org, contract.id);
      expect(status).toBe(200);
      expect(body.data).toMatchObject({
        status: "draft",
        reviewId: review.id,
        kpis: [
          {
            kpiId: kpi.id,
            reportedValue: "35",
            target: "40",
            computedStatus: "off_track",
            agreedScore: "off_track",
            malus: { rawCents: 250_000 },
          },
        ],
        malus: { rawCents: 250_000, finalAppliedCents: null },
      });
    }
  });

  it("gives the malus of the final review as the ledger in cents, the same as its CSV", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const kpi = await insertResultKpi(db, contract, { type: "fixed", amountCents: 250_000 }, { name: "Plantaardige eiwitten" });
    await insertAcceptedReport(db, contract, "2026-Q3", { [kpi.id]: "35" });
    const cm = buyer.as.contract_manager;
    const review = expectOk(
      await planReview.run(cm, {
        contractId: contract.id,
        quarter: "2026-Q3",
        meetingDate: "2026-10-15",
        meetingTime: "14:00",
        userIds: [cm.userId],
      }),
    );
    let version = expectOk(await scoreKpi.run(cm, { reviewId: review.id, kpiId: kpi.id, version: "1", score: "off_track" })).version;
    version = expectOk(await signReview.run(supplier.as.admin, { reviewId: review.id, version: String(version) })).version;
    expect(expectOk(await signReview.run(cm, { reviewId: review.id, version: String(version) })).status).toBe("final");

    const token = (await createTokenAs(supplier.as.admin, ["malus:read"])).token;
    const org = supplier.org.slug;
    const response = await getLedger(bearerRequest("/", token), { params: Promise.resolve({ org, id: contract.id }) });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({
      contractId: contract.id,
      lines: [
        { quarter: "2026-Q3", kpiId: kpi.id, kpiName: "Plantaardige eiwitten", rawCents: 250_000, waivedCents: 0, appliedCents: 250_000 },
      ],
      byQuarter: [{ quarter: "2026-Q3", appliedCents: 250_000 }],
      totals: { rawCents: 250_000, waivedCents: 0, appliedCents: 250_000 },
    });
    expect(data.byYear).toHaveLength(1);
    const csv = await routeHandler(malusLedgerCsvRoute, ({ id }: { org: string; id: string }) => ({ id }), { db })(
      bearerRequest("/", token),
      {
        params: Promise.resolve({ org, id: contract.id }),
      },
    );
    expect(await csv.text()).toContain("2500,00");
  });

  it("answers 404 to another buyer's token and 403 to a token without reviews:read", async () => {
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const foreign = (await createTokenAs(otherBuyer.as.admin, ["reviews:read"])).token;
    expect((await read(foreign, otherBuyer.org.slug, contract.id)).status).toBe(404);
    const narrow = (await createTokenAs(buyer.as.admin, ["contracts:read"])).token;
    expect((await read(narrow, buyer.org.slug, contract.id)).status).toBe(403);
  });
});
