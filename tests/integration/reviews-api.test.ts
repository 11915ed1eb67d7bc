// A quarterly review over the REST API, read with a token: before it is planned the live
// preparation, once planned and scored the agreed score and the malus in cents, for both parties;
// another buyer's token gets 404 and a token without reviews:read 403.
import { beforeAll, describe, expect, it } from "vitest";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { routeHandler } from "@/lib/http/next";
import { reviewRoute } from "@/lib/reviews/api";
import { planReview } from "@/lib/reviews/plan-actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { bearerRequest, createTokenAs } from "../fixtures/api-tokens";
import { openTestDatabase } from "../fixtures/db";
import { createStrangers, expectOk, insertContract, type Team } from "../fixtures/factories";
import { insertAcceptedReport, insertResultKpi } from "../fixtures/reviews";

const { db } = await openTestDatabase();
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
