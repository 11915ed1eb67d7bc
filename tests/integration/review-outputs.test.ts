// The review outputs against a real database: the report record, the PDF and CSV routes with
// their authorisation, the malus ledger (final reviews only), the timeline and the lessons search.
import { beforeAll, describe, expect, it } from "vitest";
import { contracts, reports, reportSubmissions } from "@/db/schema";
import { viewerOf } from "@/lib/contracts/queries";
import { reviewRecord } from "@/lib/reviews/export";
import { contractMalusLedger } from "@/lib/malus/contract-ledger";
import { searchLessons } from "@/lib/reviews/lessons";
import { malusLedgerCsvRoute, reviewPdfRoute, reviewScoresCsvRoute } from "@/lib/reviews/output-routes";
import { contractTimeline } from "@/lib/reviews/timeline";
import { and, eq } from "drizzle-orm";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, insertContract } from "../fixtures/factories";
import { insertReviewWithRows } from "../fixtures/review-outputs";
import type { Caller } from "@/lib/http/steps";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

let buyer: Awaited<ReturnType<typeof createBuyer>>;
let otherBuyer: Awaited<ReturnType<typeof createBuyer>>;
let supplier: Awaited<ReturnType<typeof createSupplier>>;
let otherSupplier: Awaited<ReturnType<typeof createSupplier>>;

beforeAll(async () => {
  [buyer, otherBuyer, supplier, otherSupplier] = [
    await createBuyer(db),
    await createBuyer(db),
    await createSupplier(db),
    await createSupplier(db),
  ];
});

let numbers = 0;
async function contractWithReview(options: Parameters<typeof insertReviewWithRows>[2] = {}) {
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  const reference = `VBS-2026-${String(++numbers).padStart(3, "0")}`;
  await db
    .update(contracts)
    .set({ reference })
    .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
  const made = await insertReviewWithRows(db, contract, options);
  return { contract, reference, ...made };
}

type Download = { filename: string; contentType: string; bytes: Uint8Array };
const file = (result: { status: number; body: unknown }) => (result.body as { data: Download }).data;
// Keep the byte-order mark: a default TextDecoder drops it, and it is what Excel needs.
const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const read = <T>(ctx: Caller, work: Parameters<typeof withTenant<T>>[1]) => withTenant(ctx, work, ctx.db);

describe("review report record", () => {
  it("holds participants, scores with malus and waiver, decisions, action items, lessons, signatures and amendments", async () => {
    const { contract } = await contractWithReview({ waiverCents: 50_000, amend: true });
    for (const ctx of [buyer.as.viewer, supplier.as.viewer]) {
      const record = await read(ctx, (tx) => reviewRecord(tx, { viewer: viewerOf(ctx), contractId: contract.id, quarter: "2026-Q1" }));
      expect(record.participants.map((p) => p.side).sort()).toEqual(["buyer", "supplier"]);
      expect(record.scores[0]).toMatchObject({ malusRawCents: 250_000, waivedCents: 50_000, appliedCents: 200_000 });
      expect(record.malus).toEqual({ rawCents: 250_000, waivedCents: 50_000, appliedCents: 200_000 });
      expect(record.decisions.map((d) => d.kind).sort()).toEqual(["add_kpi", "retire_kpi"]);
      expect(record.actionItems).toHaveLength(1);
      expect(record.lessons).toHaveLength(1);
      expect(record.amendments[0]).toMatchObject({ reason: "Typefout", kpiName: expect.stringContaining("beëindigd") });
    }
  });

  it("is not found for another tenant, another supplier or a quarter without review", async () => {
    const { contract } = await contractWithReview();
    for (const ctx of [otherBuyer.as.admin, otherSupplier.as.admin]) {
      await expect(
        read(ctx, (tx) => reviewRecord(tx, { viewer: viewerOf(ctx), contractId: contract.id, quarter: "2026-Q1" })),
      ).rejects.toThrow(/bestaat niet/);
    }
    const cm = buyer.as.contract_manager;
    await expect(read(cm, (tx) => reviewRecord(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter: "2026-Q2" }))).rejects.toThrow(
      /geen review/,
    );
    await expect(
      read(cm, (tx) => reviewRecord(tx, { viewer: viewerOf(cm), contractId: contract.id, quarter: "kwartaal" })),
    ).rejects.toThrow(/bestaat niet/);
  });
});

describe("download routes", () => {
  it("serve the PDF as review-<contractnummer>-<quarter>.pdf to both sides", async () => {
    const { contract, reference } = await contractWithReview({ waiverCents: 50_000, amend: true });
    for (const ctx of [buyer.as.contract_manager, supplier.as.reporter]) {
      const result = await reviewPdfRoute.run(ctx, { id: contract.id, quarter: "2026-Q1" });
      expect(result.status).toBe(200);
      const pdf = file(result);
      expect(pdf).toMatchObject({ filename: `review-${reference}-2026-K1.pdf`, contentType: "application/pdf" });
      expect(new TextDecoder("latin1").decode(pdf.bytes.slice(0, 5))).toBe("%PDF-");
    }
    expect((await reviewPdfRoute.run(otherBuyer.as.admin, { id: contract.id, quarter: "2026-Q1" })).status).toBe(404);
    expect((await reviewPdfRoute.run(otherSupplier.as.admin, { id: contract.id, quarter: "2026-Q1" })).status).toBe(404);
    expect((await reviewPdfRoute.run(null, { id: contract.id, quarter: "2026-Q1" })).status).toBe(401);
    expect((await reviewPdfRoute.run(buyer.as.viewer, { id: contract.id, quarter: "2027-Q1" })).status).toBe(404);
  });

  it("serve the scores as Excel-ready CSV: BOM, semicolons, decimal comma", async () => {
    const { contract, reference } = await contractWithReview({ waiverCents: 50_000 });
    const csv = text(file(await reviewScoresCsvRoute.run(buyer.as.viewer, { id: contract.id, quarter: "2026-Q1" })).bytes);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = csv.slice(1).split("\r\n");
    expect(header.split(";")[0]).toBe("Contractnummer");
    expect(row).toContain(`${reference};2026 K1;CO2-uitstoot per maaltijd (beëindigd)`);
    expect(row).toContain(";36,5;40;Niet op koers;Risico;");
    expect(row).toContain(";2500,00;500,00;Storing koelcel – € 500 minder;2000,00");
  });

  it("serve the malus ledger CSV for finance, counting final reviews only", async () => {
    const { contract, reference } = await contractWithReview({ quarter: "2026-Q1", waiverCents: 50_000 });
    await insertReviewWithRows(db, contract, { quarter: "2026-Q2", malusRawCents: 100_000 });
    await insertReviewWithRows(db, contract, { quarter: "2026-Q3", malusRawCents: 900_000, final: false });
    const csv = text(file(await malusLedgerCsvRoute.run(supplier.as.admin, { id: contract.id })).bytes);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(new RegExp(`^${reference};[^;]+;2026 K1;.*;2500,00;500,00;.*;2000,00$`));
    expect(lines[2]).toMatch(new RegExp(`^${reference};[^;]+;2026 K2;`));
    // The total sits below the data, after an empty line.
    expect(lines.slice(3)).toEqual(["", ";;Totaal;;3500,00;500,00;;3000,00"]);
    const cm = buyer.as.contract_manager;
    const ledger = await read(cm, (tx) => contractMalusLedger(tx, { viewer: viewerOf(cm), contractId: contract.id }));
    expect(ledger.byQuarter.map((q) => q.key)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(ledger.byYear).toEqual([
      {
        key: "contractjaar-1",
        label: "Contractjaar 1 (1 januari 2026 – 31 december 2026)",
        from: "2026-01-01",
        to: "2026-12-31",
        rawCents: 350_000,
        waivedCents: 50_000,
        appliedCents: 300_000,
      },
    ]);
  });
});

describe("timeline", () => {
  it("puts reports, reviews, decisions, action items and amendments per quarter in time order", async () => {
    const { contract } = await contractWithReview({ amend: true });
    const [report] = await db
      .insert(reports)
      .values({
        tenantId: contract.tenantId,
        contractId: contract.id,
        quarter: "2026-Q1",
        status: "accepted",
        dueDate: "2026-04-30",
        submittedAt: new Date("2026-04-10T10:00:00Z"),
        decidedAt: new Date("2026-04-12T10:00:00Z"),
      })
      .returning();
    await db.insert(reportSubmissions).values({
      tenantId: contract.tenantId,
      reportId: report.id,
      submissionNumber: 1,
      snapshot: {},
      submittedAt: new Date("2026-04-10T10:00:00Z"),
    });
    const cm = buyer.as.contract_manager;
    const { quarters } = await read(cm, (tx) =>
      contractTimeline(tx, { viewer: viewerOf(cm), contractId: contract.id, orgSlug: buyer.org.slug }),
    );
    expect(quarters.map((q) => q.key)).toEqual(["2026-Q1"]);
    const titles = quarters[0].events.map((e) => e.title);
    expect(titles.slice(0, 2)).toEqual(["Rapportage ingediend", "Rapportage geaccepteerd"]);
    expect(titles).toEqual(
      expect.arrayContaining(["Review definitief", "Actiepunt: Bewijs aanleveren", "Correctie door Fatima El Amrani"]),
    );
    expect(titles.some((t) => t.startsWith("KPI beëindigd"))).toBe(true);
    const times = quarters[0].events.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(quarters[0].events[0].href).toBe(`/${buyer.org.slug}/contracten/${contract.id}/rapportages/2026-Q1`);
  });
});

describe("lessons learned search", () => {
  it("finds every word in the lessons of the buyer's own contracts only, literally", async () => {
    await contractWithReview({ lesson: "Leg de meetbron vast vóór de start van het contract (100% duidelijk)." });
    const foreign = await insertContract(db, { tenantId: otherBuyer.org.id, managerId: otherBuyer.as.contract_manager.userId });
    await insertReviewWithRows(db, foreign, { lesson: "Leg de meetbron vast bij de andere opdrachtgever." });
    const coordinator = buyer.as.coordinator;
    const search = (q: string) => read(coordinator, (tx) => searchLessons(tx, { viewer: viewerOf(coordinator), query: q }));
    expect((await search("MEETBRON start")).map((h) => h.body)).toEqual([expect.stringContaining("vóór de start")]);
    expect(await search("opdrachtgever")).toEqual([]);
    expect(await search("100%")).toHaveLength(1);
    expect(await search("_")).toEqual([]);
    expect((await search("")).length).toBeGreaterThan(0);
    const reporter = supplier.as.reporter;
    await expect(read(reporter, (tx) => searchLessons(tx, { viewer: viewerOf(reporter), query: "meetbron" }))).rejects.toThrow(
      /opdrachtgever/,
    );
  });
});
