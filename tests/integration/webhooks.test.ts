// Webhooks against a real database and a real receiver on this machine: who receives an event
// (both parties of the contract, nobody else), the signature a receiver checks, retries with
// back-off, the refusal of internal addresses at registration and again at every delivery, a
// rolled-back change, a suspended organisation, and row-level security on endpoints and deliveries.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { organisations, webhookDeliveries, type Contract } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { adoptTemplate } from "@/lib/kpi-library/actions";
import { acceptKpi, proposeKpi } from "@/lib/kpis/actions";
import { decideReport, submitReport } from "@/lib/reports/actions";
import { planReview } from "@/lib/reviews/plan-actions";
import { scoreKpi } from "@/lib/reviews/score-actions";
import { signReview } from "@/lib/reviews/sign-actions";
import { withTenant, type TenantScope } from "@/lib/tenancy";
import { redeliverWebhook, setWebhookEndpointEnabled } from "@/lib/webhooks/actions";
import { PREVIOUS_SECRET_HOURS, rotateWebhookSecret, updateWebhookEndpoint } from "@/lib/webhooks/change-actions";
import { DELIVERY_LOG_DAYS, pruneExpired } from "@/lib/jobs/housekeeping";
import { useOutboundResolver } from "@/lib/outbound-address";
import { deliverWebhooks } from "@/lib/webhooks/delivery";
import { raiseWebhookEvent } from "@/lib/webhooks/events";
import { createWebhookEndpoint } from "@/lib/webhooks/actions";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { databaseError, openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { createTemplateAs } from "../fixtures/kpi-library";
import { insertKpiContract, kpiForm } from "../fixtures/kpis";
import { insertActiveKpi, reportForm } from "../fixtures/reports";
import { insertAcceptedReport, insertResultKpi } from "../fixtures/reviews";
import { globalIndicatorId } from "../fixtures/targets";
import { createEndpointAs, endpointForm, startReceiver } from "../fixtures/webhooks";

// The delivery job goes over every organisation's deliveries: this file gets a database of its own.
const { db } = await openTestDatabase({ alone: true });

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let buyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let otherBuyer: Team<BuyerRole>;
let otherSupplier: Team<SupplierRole>;
let contract: Contract;
const secrets: Record<string, string> = {};
const ALL = ["report.submitted", "report.accepted", "report.sent_back", "review.finalized", "kpi.proposed", "kpi.decided"];
const loopbackBefore = process.env.OUTBOUND_ALLOW_LOOPBACK;

const scopeOf = (team: Team<BuyerRole> | Team<SupplierRole>, kind: "buyer" | "supplier"): TenantScope => ({
  userId: team.as.admin.userId,
  orgId: team.org.id,
  orgKind: kind,
});
const deliveriesOf = (endpointId: string) =>
  db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt);
const secondsAfter = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/** A report of the supplier submitted on the contract, for the buyer to decide. */
async function submittedReport(on: Contract) {
  const kpi = await insertActiveKpi(db, on);
  return expectOk(await submitReport.run(supplier.as.reporter, reportForm(on.id, "2026-Q1", { [kpi.id]: "41,5" })));
}

beforeAll(async () => {
  process.env.OUTBOUND_ALLOW_LOOPBACK = "true";
  receiver = await startReceiver();
  [buyer, supplier, otherBuyer, otherSupplier] = [
    await createBuyer(db),
    await createSupplier(db),
    await createBuyer(db),
    await createSupplier(db),
  ];
  contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  // The other buyer works with the same supplier, the other supplier with the same buyer: neither
  // may hear of this contract.
  await insertContract(db, { tenantId: otherBuyer.org.id, managerId: otherBuyer.as.admin.userId, supplierOrgId: supplier.org.id });
  await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.admin.userId, supplierOrgId: otherSupplier.org.id });
  for (const [name, admin, events] of [
    ["supplier", supplier.as.admin, ["report.accepted", "kpi.decided"]],
    ["buyer", buyer.as.admin, ["report.submitted", "report.accepted", "kpi.proposed"]],
    ["otherBuyer", otherBuyer.as.admin, ALL],
    ["otherSupplier", otherSupplier.as.admin, ALL],
  ] as const) {
    const made = await createEndpointAs(admin, receiver.url(`/${name}`), [...events]);
    secrets[name] = made.secret;
    secrets[`${name}Id`] = made.id;
  }
});

afterAll(async () => {
  useOutboundResolver(null);
  if (loopbackBefore === undefined) delete process.env.OUTBOUND_ALLOW_LOOPBACK;
  else process.env.OUTBOUND_ALLOW_LOOPBACK = loopbackBefore;
  await receiver.close();
});

describe("who receives what", { timeout: 60_000 }, () => {
  it("the buyer accepting a report delivers report.accepted, signed, to the supplier's endpoint and to nobody else's", async () => {
    expect(secrets.supplier).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const report = await submittedReport(contract);
    const decided = expectOk(
      await decideReport.run(buyer.as.contract_manager, { reportId: report.id, version: String(report.version), decision: "accept" }),
    );
    const now = new Date();
    await deliverWebhooks(db, { now });

    const [got] = receiver.at("/supplier");
    expect(receiver.at("/supplier")).toHaveLength(1);
    expect(got.headers["groeipad-event"]).toBe("report.accepted");
    expect(got.headers["content-type"]).toBe("application/json");
    const [delivery] = await deliveriesOf(secrets.supplierId);
    expect(got.headers["groeipad-delivery"]).toBe(delivery.id);
    expect(verifyWebhookSignature(secrets.supplier, got.headers["groeipad-signature"] as string, got.body, now)).toBe(true);
    const body = JSON.parse(got.body);
    expect(body).toEqual({
      id: delivery.eventId,
      type: "report.accepted",
      createdAt: expect.any(String),
      contract: { id: contract.id },
      organisation: { slug: buyer.org.slug },
      data: { reportId: report.id, quarter: "2026-Q1", status: decided.status },
    });
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200, lastError: null });

    // The buyer's own endpoint asked for both events of its contract; the others heard nothing.
    expect(receiver.at("/buyer").map((r) => r.headers["groeipad-event"])).toEqual(["report.submitted", "report.accepted"]);
    expect(receiver.at("/otherBuyer")).toEqual([]);
    expect(receiver.at("/otherSupplier")).toEqual([]);
  });

  it("a replayed request (old timestamp), a changed body and a wrong secret are refused by the verifier", async () => {
    const [got] = receiver.at("/supplier");
    const header = got.headers["groeipad-signature"] as string;
    const sentAt = new Date(Number(/t=(\d+)/.exec(header)![1]) * 1000);
    expect(verifyWebhookSignature(secrets.supplier, header, got.body, secondsAfter(sentAt, 299))).toBe(true);
    expect(verifyWebhookSignature(secrets.supplier, header, got.body, secondsAfter(sentAt, 301))).toBe(false);
    expect(verifyWebhookSignature(secrets.supplier, header, got.body.replace("accepted", "rejected"), sentAt)).toBe(false);
    expect(verifyWebhookSignature(secrets.buyer, header, got.body, sentAt)).toBe(false);
    // A fresh timestamp on an old signature: the timestamp is signed too.
    const later = secondsAfter(sentAt, 60);
    expect(verifyWebhookSignature(secrets.supplier, header.replace(/t=\d+/, `t=${later.getTime() / 1000}`), got.body, later)).toBe(false);
    expect(verifyWebhookSignature(secrets.supplier, "v1=abc", got.body, sentAt)).toBe(false);
  });

  it("KPI events go to the other party: a supplier's proposal to the buyer, the buyer's decision to the supplier", async () => {
    const planned = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const indicator = await globalIndicatorId(db, "plant_protein");
    const { id } = expectOk(await proposeKpi.run(supplier.as.reporter, kpiForm(planned.id, indicator)));
    expectOk(await acceptKpi.run(buyer.as.contract_manager, { id, version: "1" }));
    await deliverWebhooks(db);
    const proposed = receiver.at("/buyer").filter((r) => r.headers["groeipad-event"] === "kpi.proposed");
    expect(proposed.map((r) => JSON.parse(r.body).data)).toEqual([
      { kpiId: id, status: "proposed", proposedBy: "supplier", source: "proposal" },
    ]);
    const decided = receiver.at("/supplier").filter((r) => r.headers["groeipad-event"] === "kpi.decided");
    expect(decided.map((r) => JSON.parse(r.body).data)).toEqual([{ kpiId: id, decision: "accepted", status: "active" }]);
  });

  it("a review made final by the last signature goes out as review.finalized to the subscribed party", async () => {
    const onContract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const kpi = await insertResultKpi(db, onContract, null, { name: "Afvalscheiding" });
    await insertAcceptedReport(db, onContract, "2026-Q3", { [kpi.id]: "41" });
    const finals = await createEndpointAs(supplier.as.admin, receiver.url("/finals"), ["review.finalized"]);
    const cm = buyer.as.contract_manager;
    const planned = expectOk(
      await planReview.run(cm, {
        contractId: onContract.id,
        quarter: "2026-Q3",
        meetingDate: "2026-10-15",
        meetingTime: "14:00",
        userIds: [cm.userId],
      }),
    );
    let version = expectOk(await scoreKpi.run(cm, { reviewId: planned.id, version: "1", kpiId: kpi.id, score: "on_track" })).version;
    version = expectOk(await signReview.run(supplier.as.admin, { reviewId: planned.id, version: String(version) })).version;
    await deliverWebhooks(db, { now: new Date() });
    expect(receiver.at("/finals")).toEqual([]);
    expect(expectOk(await signReview.run(cm, { reviewId: planned.id, version: String(version) })).status).toBe("final");
    const now = new Date();
    await deliverWebhooks(db, { now });
    const [got] = receiver.at("/finals");
    expect(receiver.at("/finals")).toHaveLength(1);
    expect(got.headers["groeipad-event"]).toBe("review.finalized");
    expect(verifyWebhookSignature(finals.secret, got.headers["groeipad-signature"] as string, got.body, now)).toBe(true);
    expect(JSON.parse(got.body)).toMatchObject({ type: "review.finalized", contract: { id: onContract.id }, data: { quarter: "2026-Q3" } });
  });

  it("a KPI that comes in from the library is announced like a proposal, with where it came from", async () => {
    const planned = await insertKpiContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const templateId = await createTemplateAs(buyer.as.coordinator, await globalIndicatorId(db, "plant_protein"), {
      name: "Eiwittransitie",
    });
    const { kpiId } = expectOk(await adoptTemplate.run(buyer.as.contract_manager, { templateId, contractId: planned.id, level: "plus" }));
    await deliverWebhooks(db);
    const announced = receiver
      .at("/buyer")
      .filter((r) => r.headers["groeipad-event"] === "kpi.proposed")
      .map((r) => JSON.parse(r.body))
      .filter((b) => b.data.kpiId === kpiId);
    expect(announced).toMatchObject([
      { contract: { id: planned.id }, data: { status: "proposed", proposedBy: "buyer", source: "template" } },
    ]);
  });

  it("a rolled-back change sends nothing", async () => {
    const before = (await deliveriesOf(secrets.supplierId)).length;
    await expect(
      withTenant(
        scopeOf(buyer, "buyer"),
        async (tx) => {
          await raiseWebhookEvent(tx, { type: "report.accepted", contract, data: { reportId: null, status: "accepted" } });
          throw new Error("teruggedraaid");
        },
        db,
      ),
    ).rejects.toThrow("teruggedraaid");
    // A refused decision (stale version) raises nothing either.
    const report = await submittedReport(
      await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.org.id }),
    );
    const refused = await decideReport.run(buyer.as.contract_manager, { reportId: report.id, version: "99", decision: "accept" });
    expect(refused.ok).toBe(false);
    expect(await deliveriesOf(secrets.supplierId)).toHaveLength(before);
  });
});

describe("retries", { timeout: 60_000 }, () => {
  it("a 500 is tried again after a minute and ends delivered; the waits grow and then it fails", async () => {
    const flaky = await createEndpointAs(supplier.as.admin, receiver.url("/flaky"), ["report.accepted"]);
    receiver.answer("/flaky", [500, 200]);
    const start = new Date(Date.now() + 1000);
    await withTenant(scopeOf(buyer, "buyer"), (tx) => raiseWebhookEvent(tx, { type: "report.accepted", contract, data: {} }), db);
    await deliverWebhooks(db, { now: start });
    const [first] = await deliveriesOf(flaky.id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "Antwoord 500 in plaats van 2xx." });
    expect(first.nextAttemptAt.getTime()).toBe(start.getTime() + 60_000);
    await deliverWebhooks(db, { now: secondsAfter(start, 30) });
    expect(receiver.at("/flaky")).toHaveLength(1);
    await deliverWebhooks(db, { now: secondsAfter(start, 61) });
    const [second] = await deliveriesOf(flaky.id);
    expect(second).toMatchObject({ status: "succeeded", attempts: 2, lastStatusCode: 200, lastError: null });
    expect(receiver.at("/flaky")).toHaveLength(2);
    // The same event and delivery both times, so a receiver can drop the repeat.
    const [a, b] = receiver.at("/flaky");
    expect(a.body).toBe(b.body);
    expect(a.headers["groeipad-delivery"]).toBe(b.headers["groeipad-delivery"]);

    receiver.answer("/down", [503]);
    const down = await createEndpointAs(supplier.as.admin, receiver.url("/down"), ["report.accepted"]);
    await withTenant(scopeOf(buyer, "buyer"), (tx) => raiseWebhookEvent(tx, { type: "report.accepted", contract, data: {} }), db);
    let now = new Date(Date.now() + 1000);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      await deliverWebhooks(db, { now });
      const [row] = await deliveriesOf(down.id);
      if (row.status === "failed") break;
      waits.push((row.nextAttemptAt.getTime() - now.getTime()) / 60_000);
      now = row.nextAttemptAt;
    }
    expect(waits).toEqual([1, 5, 30, 120, 720]);
    expect((await deliveriesOf(down.id))[0]).toMatchObject({ status: "failed", attempts: 6, lastStatusCode: 503 });

    // Sent again on request: pending with a fresh count, and delivered at the next run.
    receiver.answer("/down", [200]);
    const [failed] = await deliveriesOf(down.id);
    expectOk(await redeliverWebhook.run(supplier.as.admin, { deliveryId: failed.id }));
    await deliverWebhooks(db);
    expect((await deliveriesOf(down.id))[0]).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200 });
    const redelivery = await redeliverWebhook.run(otherSupplier.as.admin, { deliveryId: failed.id });
    expect(redelivery.ok ? "ok" : redelivery.code).toBe("NotFoundError");
  });

  it("a switched-off endpoint gets no new deliveries", async () => {
    const off = await createEndpointAs(buyer.as.admin, receiver.url("/off"), ["report.accepted"]);
    expectOk(await setWebhookEndpointEnabled.run(buyer.as.admin, { endpointId: off.id, version: "1", enabled: "false" }));
    await withTenant(scopeOf(buyer, "buyer"), (tx) => raiseWebhookEvent(tx, { type: "report.accepted", contract, data: {} }), db);
    await deliverWebhooks(db);
    expect(await deliveriesOf(off.id)).toEqual([]);
    expect(receiver.at("/off")).toEqual([]);
  });

  it("a suspended organisation's delivery waits, uncounted, and goes after reactivation", async () => {
    const waiting = await createEndpointAs(supplier.as.admin, receiver.url("/suspended"), ["report.accepted"]);
    await db.update(organisations).set({ suspendedAt: new Date() }).where(eq(organisations.id, supplier.org.id));
    try {
      await withTenant(scopeOf(buyer, "buyer"), (tx) => raiseWebhookEvent(tx, { type: "report.accepted", contract, data: {} }), db);
      await deliverWebhooks(db, { now: new Date(Date.now() + 3_600_000) });
      expect((await deliveriesOf(waiting.id))[0]).toMatchObject({ status: "pending", attempts: 0, lastAttemptAt: null });
      expect(receiver.at("/suspended")).toEqual([]);
    } finally {
      await db.update(organisations).set({ suspendedAt: null }).where(eq(organisations.id, supplier.org.id));
    }
    await deliverWebhooks(db);
    expect((await deliveriesOf(waiting.id))[0]).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(receiver.at("/suspended")).toHaveLength(1);
  });
});

describe("only public addresses", { timeout: 60_000 }, () => {
  const refusedAt = async (url: string) => {
    const result = await createWebhookEndpoint.run(buyer.as.admin, endpointForm(url, ["report.accepted"]));
    return result.ok ? "aangemaakt" : (result.fieldErrors?.url ?? result.error);
  };

  it.each([
    ["http://93.184.215.14/hook", /begint met https/],
    ["https://gebruiker:geheim@93.184.215.14/hook", /gebruikersnaam of wachtwoord/],
    ["https://10.1.2.3/hook", /privéadres \(10\.0\.0\.0\/8\)/],
    ["https://172.20.0.1/hook", /privéadres \(172\.16\.0\.0\/12\)/],
    ["https://192.168.1.1/hook", /privéadres \(192\.168\.0\.0\/16\)/],
    ["https://169.254.169.254/latest/meta-data", /link-local/],
    ["https://100.64.0.1/hook", /carrier-grade NAT/],
    ["https://0.0.0.0/hook", /0\.0\.0\.0\/8/],
    ["https://224.0.0.1/hook", /multicast/],
    ["https://255.255.255.255/hook", /broadcast/],
    ["https://[fe80::1]/hook", /link-local/],
    ["https://[fd00::1]/hook", /unique-local/],
    ["https://[::ffff:10.0.0.1]/hook", /IPv4-adres in IPv6-vorm/],
    ["https://0x0a000001/hook", /privéadres/],
    ["http://10.0.0.1:8080/hook", /begint met https/],
  ])("refuses %s at the URL field, also while loopback is allowed for the tests", async (url, reason) => {
    expect(await refusedAt(url)).toMatch(reason);
  });

  it("refuses loopback when the test setting is off", async () => {
    process.env.OUTBOUND_ALLOW_LOOPBACK = "false";
    try {
      expect(await refusedAt("https://127.0.0.1/hook")).toMatch(/loopback/);
      expect(await refusedAt("https://[::1]/hook")).toMatch(/loopback/);
      expect(await refusedAt(receiver.url("/hook"))).toMatch(/begint met https/);
    } finally {
      process.env.OUTBOUND_ALLOW_LOOPBACK = "true";
    }
  });

  it("refuses a host name that resolves to a private address, if only one of several", async () => {
    useOutboundResolver(async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ]);
    try {
      expect(await refusedAt("https://hooks.voorbeeld.test/groeipad")).toMatch(/hooks\.voorbeeld\.test wijst naar 10\.0\.0\.5/);
    } finally {
      useOutboundResolver(null);
    }
  });

  it("checks again at delivery: a name that now resolves to a private address gets nothing, and the reason is kept", async () => {
    let answer = "93.184.215.14";
    const asked: string[] = [];
    useOutboundResolver(async (host) => {
      asked.push(host);
      return [{ address: answer, family: 4 }];
    });
    try {
      const rebound = await createEndpointAs(supplier.as.admin, "https://rebind.voorbeeld.test/hook", ["report.accepted"]);
      answer = "10.0.0.5";
      await withTenant(scopeOf(buyer, "buyer"), (tx) => raiseWebhookEvent(tx, { type: "report.accepted", contract, data: {} }), db);
      await deliverWebhooks(db);
      const [row] = await deliveriesOf(rebound.id);
      expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
      expect(row.lastError).toMatch(/rebind\.voorbeeld\.test wijst naar 10\.0\.0\.5, een privéadres/);
      expect(asked).toEqual(["rebind.voorbeeld.test", "rebind.voorbeeld.test"]);
    } finally {
      useOutboundResolver(null);
    }
  });
});

describe("changing an endpoint", { timeout: 60_000 }, () => {
  const announce = () =>
    withTenant(scopeOf(buyer, "buyer"), (tx) => raiseWebhookEvent(tx, { type: "report.submitted", contract, data: {} }), db);

  it("a new secret signs at once, and the previous one signs along for a day, then no more", async () => {
    const made = await createEndpointAs(buyer.as.admin, receiver.url("/rotating"), ["report.submitted"]);
    const rotated = expectOk(await rotateWebhookSecret.run(buyer.as.admin, { endpointId: made.id, version: "1" }));
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(made.secret);
    expect(await rotateWebhookSecret.run(buyer.as.admin, { endpointId: made.id, version: "1" })).toMatchObject({ code: "ConflictError" });

    await announce();
    const now = new Date();
    await deliverWebhooks(db, { now });
    const [during] = receiver.at("/rotating");
    const header = during.headers["groeipad-signature"] as string;
    expect(verifyWebhookSignature(rotated.secret, header, during.body, now)).toBe(true);
    expect(verifyWebhookSignature(made.secret, header, during.body, now)).toBe(true);

    await announce();
    const dayLater = new Date(now.getTime() + (PREVIOUS_SECRET_HOURS + 1) * 3_600_000);
    await deliverWebhooks(db, { now: dayLater });
    const after = receiver.at("/rotating")[1];
    const laterHeader = after.headers["groeipad-signature"] as string;
    expect(verifyWebhookSignature(rotated.secret, laterHeader, after.body, dayLater)).toBe(true);
    expect(verifyWebhookSignature(made.secret, laterHeader, after.body, dayLater)).toBe(false);
  });

  it("changes the address and the events, refusing an internal address at the field and a stale version", async () => {
    const made = await createEndpointAs(buyer.as.admin, receiver.url("/before-move"), ["report.submitted"]);
    const moved = { endpointId: made.id, version: "1", ...endpointForm(receiver.url("/moved"), ["report.submitted", "kpi.proposed"]) };
    const internal = await updateWebhookEndpoint.run(buyer.as.admin, { ...moved, url: "https://10.1.2.3/in" });
    expect(internal).toMatchObject({ ok: false, fieldErrors: { url: expect.stringMatching(/openbaar adres/) } });
    expectOk(await updateWebhookEndpoint.run(buyer.as.admin, moved));
    expect(await updateWebhookEndpoint.run(buyer.as.admin, moved)).toMatchObject({ code: "ConflictError" });
    await announce();
    await deliverWebhooks(db, { now: new Date() });
    expect(receiver.at("/moved")).toHaveLength(1);
    expect(receiver.at("/before-move")).toHaveLength(0);
  });

  it("the daily job removes deliveries that finished more than a quarter ago, and keeps waiting ones", async () => {
    const [old, waiting] = await deliveriesOf(secrets.buyerId);
    const longAgo = new Date(Date.now() - (DELIVERY_LOG_DAYS + 1) * 86_400_000).toISOString();
    await db.execute(sql`update webhook_deliveries set updated_at = ${longAgo}::timestamptz where id = ${old.id}`);
    await db.execute(sql`update webhook_deliveries set updated_at = ${longAgo}::timestamptz, status = 'pending' where id = ${waiting.id}`);
    await pruneExpired(db);
    const left = (await deliveriesOf(secrets.buyerId)).map((d) => d.id);
    expect(left).not.toContain(old.id);
    expect(left).toContain(waiting.id);
  });
});

describe("row-level security", { timeout: 60_000 }, () => {
  it("another organisation can neither read nor change an organisation's endpoints and deliveries in the database", async () => {
    const id = secrets.supplierId;
    for (const [team, kind] of [
      [otherSupplier, "supplier"],
      [buyer, "buyer"],
      [otherBuyer, "buyer"],
    ] as const) {
      const seen = await withTenant(
        scopeOf(team, kind),
        async (tx) => ({
          endpoints: await queryRows(tx, sql`select id from webhook_endpoints where id = ${id}`),
          deliveries: await queryRows(tx, sql`select id from webhook_deliveries where endpoint_id = ${id}`),
          changed: await queryRows(
            tx,
            sql`update webhook_endpoints set url = 'https://93.184.215.14/gekaapt' where id = ${id} returning id`,
          ),
          retried: await queryRows(tx, sql`update webhook_deliveries set status = 'pending' where endpoint_id = ${id} returning id`),
          deleted: await queryRows(tx, sql`delete from webhook_endpoints where id = ${id} returning id`),
        }),
        db,
      );
      expect(seen).toEqual({ endpoints: [], deliveries: [], changed: [], retried: [], deleted: [] });
    }
    const own = await withTenant(
      scopeOf(supplier, "supplier"),
      (tx) => queryRows(tx, sql`select id from webhook_endpoints where id = ${id}`),
      db,
    );
    expect(own).toEqual([{ id }]);
  });

  it("nobody inserts a delivery directly, and an event on a contract the organisation is not party to is refused", async () => {
    const [delivery] = await deliveriesOf(secrets.supplierId);
    const forged = withTenant(
      scopeOf(supplier, "supplier"),
      (tx) =>
        tx.execute(sql`insert into webhook_deliveries (tenant_id, endpoint_id, organisation_id, contract_id, event_id, event_type, body)
          values (${buyer.org.id}, ${secrets.supplierId}, ${supplier.org.id}, ${contract.id}, ${delivery.eventId}, 'report.accepted', '{}')`),
      db,
    );
    expect(await databaseError(forged)).toMatch(/permission denied/);
    const stranger = withTenant(
      scopeOf(otherBuyer, "buyer"),
      (tx) => raiseWebhookEvent(tx, { type: "report.accepted", contract, data: {} }),
      db,
    );
    expect(await databaseError(stranger)).toMatch(/outside the acting organisation/);
    const count = await db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.organisationId, otherBuyer.org.id)));
    expect(count).toEqual([]);
  });
});
