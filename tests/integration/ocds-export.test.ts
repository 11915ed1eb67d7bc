// The OCDS export: the demo contracts as release packages that validate against OCDS 1.1.5 with
// the Metrics extension (KPIs and growth-path targets as agreedMetrics, accepted values only as
// implementation.metrics, reports and reviews as milestones, KPI changes as amendments), only for
// whoever may see the contract, and every contract of a buyer as one streamed package.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contracts, growthPathVersions, kpis, organisations, reportValues, reports, reviewDecisions } from "@/db/schema";
import { seedDemoKpis } from "@/db/seed/demo-kpis";
import { seedDemoReports } from "@/db/seed/demo-reports";
import { seedDemoReviews } from "@/db/seed/demo-reviews";
import { viewerOf } from "@/lib/contracts/queries";
import { listContractKpis } from "@/lib/kpis/queries";
import { contractOcdsRoute, organisationOcdsRoute } from "@/lib/ocds/routes";
import { contractQuarters } from "@/lib/periods";
import type { Caller } from "@/lib/http/steps";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { demoStandIns } from "../fixtures/demo-stand-ins";
import { createBuyer, nextRequest } from "../fixtures/factories";
import { ocdsPackageValidator } from "../fixtures/ocds-schema";

const { db } = await openTestDatabase();
const validate = ocdsPackageValidator();

type Observation = {
  id: string;
  period: { startDate: string; endDate: string };
  measure?: number;
  value?: { amount: number; currency: string };
  unit: { name: string; scheme?: string; id?: string };
  relatedImplementationMilestone?: { id: string };
};
type Metric = { id: string; title: string; observations?: Observation[] };
type Milestone = { id: string; type: string; status: string; dueDate?: string; dateMet?: string };
type Party = { id: string; name: string; roles: string[]; identifier?: { scheme: string; id: string }; additionalIdentifiers?: unknown[] };
type Release = {
  ocid: string;
  tag: string[];
  parties: Party[];
  buyer: { id: string };
  awards: Array<{ id: string; suppliers?: Array<{ id: string; name: string }> }>;
  contracts: Array<{
    id: string;
    awardID: string;
    agreedMetrics?: Metric[];
    implementation: { milestones?: Milestone[]; metrics?: Metric[] };
    amendments?: Array<{ id: string; date: string; description: string; rationale?: string }>;
  }>;
};
type Package = { uri: string; version: string; extensions: string[]; publisher: { name: string }; releases: Release[] };
type ExportFile = { filename: string; contentType: string; bytes?: Uint8Array; stream?: ReadableStream<Uint8Array> };

let demo: Awaited<ReturnType<typeof demoStandIns>>;
const ASPHALT = "Onderhoud asfaltverhardingen 2026–2028";
const CLEANING = "Schoonmaakdienstverlening gemeentelijke gebouwen";
const CATERING = "Catering stadhuis en wijkcentra 2025–2029";
const OIN = "00000001001234567000";

beforeAll(async () => {
  demo = await demoStandIns(db);
  await seedDemoKpis(db, demo.ids);
  await seedDemoReports(db, demo.ids);
  await seedDemoReviews(db, demo.ids);
  // The demo buyers have an OIN as well as a KvK number, as a municipality does.
  await db.update(organisations).set({ oin: OIN }).where(eq(organisations.id, demo.buyers.voorbeeldstad.org.id));
}, 240_000);

const contractId = (title: string) => demo.contractsByTitle.get(title)!.id;

async function download(route: typeof contractOcdsRoute, caller: Caller | null, params: unknown) {
  const result = await route.run(caller, params as never);
  return { status: result.status, file: (result.body as { data?: ExportFile }).data };
}

async function contractPackage(caller: Caller, id: string): Promise<Package> {
  const { status, file } = await download(contractOcdsRoute, caller, { id });
  expect(status).toBe(200);
  expect(file!.contentType).toBe("application/json");
  return JSON.parse(new TextDecoder().decode(file!.bytes)) as Package;
}

async function organisationPackage(caller: Caller): Promise<Package> {
  const { status, file } = await download(organisationOcdsRoute, caller, {});
  expect(status).toBe(200);
  expect(file!.stream).toBeInstanceOf(ReadableStream);
  return JSON.parse(await new Response(file!.stream).text()) as Package;
}

function expectValid(data: unknown) {
  const { valid, errors } = validate(data);
  expect(errors).toEqual([]);
  expect(valid).toBe(true);
}

describe("the OCDS export of one contract", () => {
  it("is a release package of the demo contract that validates against OCDS 1.1.5 with the Metrics extension", async () => {
    const id = contractId(ASPHALT);
    const { file } = await download(contractOcdsRoute, demo.buyers.voorbeeldstad.as.contract_manager, { id });
    expect(file!.filename).toBe("ocds-Onderhoud-asfaltverhardingen-2026–2028.json");
    const data = await contractPackage(demo.buyers.voorbeeldstad.as.viewer, id);
    expectValid(data);
    expect(data).toMatchObject({
      version: "1.1",
      uri: `http://groeipad.test/api/v1/${demo.buyers.voorbeeldstad.org.slug}/contracts/${id}/ocds`,
      publisher: { name: demo.buyers.voorbeeldstad.org.name },
      extensions: ["https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json"],
    });
    expect(data.releases).toHaveLength(1);
    expect(data.releases[0]).toMatchObject({
      ocid: `ocds-groeipad-${id}`,
      tag: ["contract", "implementation"],
      initiationType: "tender",
      language: "nl",
      contracts: [{ id, status: "active" }],
    });
  });

  it("fails validation when a package is broken: the validator really checks", async () => {
    const data = await contractPackage(demo.buyers.voorbeeldstad.as.viewer, contractId(ASPHALT));
    const metricWithoutId = structuredClone(data);
    delete (metricWithoutId.releases[0].contracts[0].agreedMetrics![0] as Partial<Metric>).id;
    const missing = validate(metricWithoutId);
    expect(missing.valid).toBe(false);
    expect(missing.errors).toContain("/releases/0/contracts/0/agreedMetrics/0 must have required property 'id'");

    const badPeriod = structuredClone(data);
    badPeriod.releases[0].contracts[0].agreedMetrics![0].observations![0].period.startDate = "2026 K1";
    const period = validate(badPeriod);
    expect(period.valid).toBe(false);
    expect(period.errors).toContain(
      '/releases/0/contracts/0/agreedMetrics/0/observations/0/period/startDate must match format "date-time"',
    );

    const badStatus = structuredClone(data);
    badStatus.releases[0].contracts[0].implementation.milestones![0].status = "done";
    expect(validate(badStatus).valid).toBe(false);
  });

  it("has one Metric per agreed KPI with its growth-path target for every quarter it counts in, in its UN/CEFACT unit", async () => {
    const cm = demo.buyers.voorbeeldstad.as.contract_manager;
    const id = contractId(ASPHALT);
    const { kpis: list, contract } = await withTenant(cm, (tx) => listContractKpis(tx, { viewer: viewerOf(cm), contractId: id }), db);
    const agreedKpis = list.filter((k) => k.status === "active" || k.status === "retired");
    const metrics = (await contractPackage(cm, id)).releases[0].contracts[0].agreedMetrics!;
    expect(metrics.map((m) => m.id).sort()).toEqual(agreedKpis.map((k) => k.id).sort());
    expect(agreedKpis.some((k) => k.status === "retired")).toBe(true);

    const quarters = new Map(contractQuarters(contract.startDate, contract.endDate).map((q) => [q.key, q]));
    for (const kpi of agreedKpis) {
      const metric = metrics.find((m) => m.id === kpi.id)!;
      expect(metric.title).toBe(kpi.name);
      const retiredFrom = kpi.retiredFrom ?? "9999-Q4";
      const expected = kpi.targets.filter((t) => t.target !== undefined && t.key >= kpi.activeFrom! && t.key < retiredFrom);
      expect(metric.observations!.map((o) => o.id)).toEqual(expected.map((t) => `${kpi.id}-${t.key}`));
      for (const [i, o] of metric.observations!.entries()) {
        const amount = Number(expected[i].target);
        if (kpi.indicator?.unitCode === "EUR") {
          expect(o.value).toEqual({ amount, currency: "EUR" });
          expect(o.measure).toBeUndefined();
        } else {
          expect(o.measure).toBe(amount);
        }
        const q = quarters.get(expected[i].key)!;
        expect(o.period.startDate.slice(0, 10)).toBe(q.startDate);
        expect(o.period.endDate.slice(0, 10)).toBe(q.endDate);
      }
      const unit = metric.observations![0].unit;
      if (kpi.kind === "qualitative") expect(unit).toEqual({ name: "score (1–4)" });
      else if (kpi.indicator!.unitCode !== "EUR") expect(unit).toMatchObject({ scheme: "UNCEFACT", id: kpi.indicator!.unitCode });
    }
    // Quarters in Amsterdam time: winter time at New Year, summer time by the end of March.
    const first = metrics.flatMap((m) => m.observations ?? []).find((o) => o.id.endsWith("2026-Q1"))!;
    expect(first.period).toEqual({ startDate: "2026-01-01T00:00:00+01:00", endDate: "2026-03-31T23:59:59+02:00" });
    const units = metrics.flatMap((m) => m.observations ?? []).map((o) => o.unit.id ?? o.value?.currency);
    expect(units).toContain("P1");
    expect(units).toContain("EUR");
  });

  it("reports only accepted values as implementation.metrics, each linked to its report milestone", async () => {
    const id = contractId(CLEANING);
    const buyerId = demo.buyers.voorbeeldstad.org.id;
    const rows = await db
      .select({
        quarter: reports.quarter,
        status: reports.status,
        kpiId: reportValues.kpiId,
        value: reportValues.value,
        score: reportValues.score,
      })
      .from(reportValues)
      .innerJoin(reports, and(eq(reports.tenantId, reportValues.tenantId), eq(reports.id, reportValues.reportId)))
      .where(and(eq(reports.tenantId, buyerId), eq(reports.contractId, id)));
    const accepted = rows.filter((r) => r.status === "accepted" && (r.value !== null || r.score !== null));
    const notAccepted = rows.filter((r) => r.status !== "accepted");
    // The demo sends the last report of this contract back with questions: its values are no result yet.
    expect(notAccepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(0);

    const contract = (await contractPackage(demo.buyers.voorbeeldstad.as.coordinator, id)).releases[0].contracts[0];
    const observations = contract.implementation.metrics!.flatMap((m) => m.observations!.map((o) => ({ kpiId: m.id, ...o })));
    expect(observations.map((o) => o.id).sort()).toEqual(accepted.map((r) => `${r.kpiId}-${r.quarter}`).sort());
    for (const r of notAccepted) expect(observations.some((o) => o.id === `${r.kpiId}-${r.quarter}`)).toBe(false);
    for (const o of observations) {
      const row = accepted.find((r) => `${r.kpiId}-${r.quarter}` === o.id)!;
      expect(o.measure ?? o.value?.amount).toBe(Number(row.value ?? row.score));
      expect(o.relatedImplementationMilestone!.id).toBe(`report-${row.quarter}`);
    }

    const milestones = contract.implementation.milestones!;
    const reportMilestones = milestones.filter((m) => m.type === "reporting");
    const acceptedQuarters = new Set(accepted.map((r) => r.quarter));
    for (const quarter of acceptedQuarters) {
      expect(reportMilestones.find((m) => m.id === `report-${quarter}`)).toMatchObject({ status: "met", dateMet: expect.any(String) });
    }
    const sentBack = notAccepted[0].quarter;
    expect(["scheduled", "partiallyMet"]).toContain(reportMilestones.find((m) => m.id === `report-${sentBack}`)!.status);
    const reviews = milestones.filter((m) => m.type === "assessment");
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((m) => (m.status === "met" && m.dateMet) || m.status === "scheduled")).toBe(true);
  });

  it("records the KPIs a review retired and added as amendments, with the reason", async () => {
    const id = contractId(ASPHALT);
    const buyerId = demo.buyers.voorbeeldstad.org.id;
    const changed = await db
      .select()
      .from(kpis)
      .where(and(eq(kpis.tenantId, buyerId), eq(kpis.contractId, id)));
    const retired = changed.find((k) => k.retiredByReviewId)!;
    const added = changed.find((k) => k.addedByReviewId)!;
    const amendments = (await contractPackage(demo.buyers.voorbeeldstad.as.viewer, id)).releases[0].contracts[0].amendments!;
    expect(amendments.find((a) => a.id === `kpi-retired-${retired.id}`)).toMatchObject({
      description: expect.stringContaining(retired.name),
      rationale: retired.retiredReason,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/),
    });
    const [decision] = await db
      .select()
      .from(reviewDecisions)
      .where(and(eq(reviewDecisions.reviewId, added.addedByReviewId!), eq(reviewDecisions.kind, "add_kpi")));
    expect(decision.reason).toBeTruthy();
    expect(amendments.find((a) => a.id === `kpi-added-${added.id}`)).toMatchObject({
      description: expect.stringContaining(added.name),
      rationale: decision.reason,
    });
    // KPIs agreed at the start are the contract, not a change to it.
    const original = changed.find((k) => !k.addedByReviewId && k.status !== "proposed")!;
    expect(amendments.some((a) => a.id === `kpi-added-${original.id}`)).toBe(false);
  });

  it("records a changed growth path as an amendment, and its targets from the quarter it takes effect", async () => {
    const id = contractId(CATERING);
    const buyerId = demo.buyers.voorbeeldstad.org.id;
    const [kpi] = await db
      .select()
      .from(kpis)
      .where(and(eq(kpis.tenantId, buyerId), eq(kpis.contractId, id), eq(kpis.status, "active"), eq(kpis.kind, "quantitative")))
      .limit(1);
    const versions = await db.select().from(growthPathVersions).where(eq(growthPathVersions.kpiId, kpi.id));
    const next = Math.max(...versions.map((v) => v.versionNumber)) + 1;
    // What a final review's growth-path decision writes (lib/reviews/finalize.ts).
    await db.insert(growthPathVersions).values({
      tenantId: buyerId,
      kpiId: kpi.id,
      versionNumber: next,
      effectiveFrom: "2028-Q1",
      interpolation: "step",
      milestones: [{ quarter: "2028-Q1", value: "12.5" }],
      reason: "Bijgesteld na de nieuwe menukaart.",
    });
    const contract = (await contractPackage(demo.buyers.voorbeeldstad.as.viewer, id)).releases[0].contracts[0];
    expect(contract.amendments!.find((a) => a.id === `growth-path-${kpi.id}-v${next}`)).toMatchObject({
      description: expect.stringContaining("2028 K1"),
      rationale: "Bijgesteld na de nieuwe menukaart.",
    });
    const observations = contract.agreedMetrics!.find((m) => m.id === kpi.id)!.observations! as Array<
      Observation & { dimensions: { growthPathVersion: string } }
    >;
    const from2028 = observations.filter((o) => o.id.slice(-7) >= "2028-Q1");
    expect(from2028.length).toBeGreaterThan(0);
    expect(from2028.every((o) => o.dimensions.growthPathVersion === String(next) && (o.measure ?? o.value?.amount) === 12.5)).toBe(true);
    expect(observations.filter((o) => o.id.slice(-7) < "2028-Q1").every((o) => Number(o.dimensions.growthPathVersion) < next)).toBe(true);
  });

  it("names the buyer and the supplier as parties with their KvK number (and the buyer's OIN)", async () => {
    const id = contractId(ASPHALT);
    const release = (await contractPackage(demo.buyers.voorbeeldstad.as.viewer, id)).releases[0];
    const { buyers, suppliers } = demo;
    const [buyerParty, supplierParty] = release.parties;
    expect(buyerParty).toMatchObject({
      id: `NL-KVK-${buyers.voorbeeldstad.org.kvk}`,
      name: buyers.voorbeeldstad.org.name,
      roles: ["buyer", "procuringEntity"],
      identifier: { scheme: "NL-KVK", id: buyers.voorbeeldstad.org.kvk },
      additionalIdentifiers: [{ scheme: "NL-OIN", id: OIN }],
    });
    expect(supplierParty).toMatchObject({
      id: `NL-KVK-${suppliers.vandijk.org.kvk}`,
      roles: ["supplier", "payee"],
      identifier: { scheme: "NL-KVK", id: suppliers.vandijk.org.kvk },
    });
    expect(release.buyer).toEqual({ id: buyerParty.id, name: buyerParty.name });
    expect(release.awards[0].suppliers).toEqual([{ id: supplierParty.id, name: supplierParty.name }]);
    expect(release.contracts[0].awardID).toBe(release.awards[0].id);
  });

  it("gives the supplier party to the contract its package, and anyone else a 404 as for a missing contract", async () => {
    const id = contractId(ASPHALT);
    expectValid(await contractPackage(await nextRequest(demo.suppliers.vandijk.as.viewer), id));
    // Another buyer, a supplier of another contract, an id that is no id: all "not found".
    expect((await download(contractOcdsRoute, demo.buyers.zuiderland.as.coordinator, { id })).status).toBe(404);
    expect((await download(contractOcdsRoute, await nextRequest(demo.suppliers.schoon.as.admin), { id })).status).toBe(404);
    expect((await download(contractOcdsRoute, demo.buyers.voorbeeldstad.as.viewer, { id: "geen-id" })).status).toBe(404);
    expect((await download(contractOcdsRoute, null, { id })).status).toBe(401);
  });
});

describe("the OCDS export of every contract of a buyer", () => {
  it("streams one valid package with a release for every contract of the buyer, and none of another", async () => {
    const coordinator = demo.buyers.voorbeeldstad.as.coordinator;
    const data = await organisationPackage(coordinator);
    expectValid(data);
    const own = await db.select({ id: contracts.id }).from(contracts).where(eq(contracts.tenantId, coordinator.org.id));
    expect(data.releases.map((r) => r.contracts[0].id).sort()).toEqual(own.map((c) => c.id).sort());
    expect(data.uri).toBe(`http://groeipad.test/api/v1/${coordinator.org.slug}/ocds`);
    const zuiderland = [...demo.contractsByTitle.values()].filter((c) => c.buyer === demo.buyers.zuiderland).map((c) => c.id);
    expect(data.releases.some((r) => zuiderland.includes(r.contracts[0].id))).toBe(false);
  });

  it("writes more contracts than one page holds, each once", async () => {
    const buyer = await createBuyer(db);
    const manager = buyer.as.contract_manager;
    const rows = Array.from({ length: 230 }, (_, i) => ({
      tenantId: buyer.org.id,
      title: `Contract ${String(i).padStart(3, "0")}`,
      purchasingPackage: "schoonmaak",
      cooperationForm: "transactioneel" as const,
      startDate: "2026-01-01",
      endDate: "2027-12-31",
      valueCents: 1_000_00,
      status: "active" as const,
      contractManagerId: manager.userId,
    }));
    const ids = await withTenant(
      manager,
      async (tx) => (await tx.insert(contracts).values(rows).returning({ id: contracts.id })).map((r) => r.id),
      db,
    );
    const data = await organisationPackage(buyer.as.viewer);
    expectValid(data);
    const exported = data.releases.map((r) => r.contracts[0].id);
    expect(new Set(exported).size).toBe(230);
    expect(exported.sort()).toEqual(ids.sort());
    expect(new Set(data.releases.map((r) => r.ocid)).size).toBe(230);
  });

  it("is for buyers: a supplier is refused, as is a caller without a session", async () => {
    const supplier = await nextRequest(demo.suppliers.groen.as.admin);
    expect((await download(organisationOcdsRoute, supplier, {})).status).toBe(403);
    expect((await download(organisationOcdsRoute, null, {})).status).toBe(401);
  });
});
