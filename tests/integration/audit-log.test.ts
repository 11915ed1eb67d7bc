import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { recordAudits, type AuditInput } from "@/lib/audit";
import { decodeCursor, encodeCursor } from "@/lib/audit-log/filters";
import { auditLogPage } from "@/lib/audit-log/page";
import { readAuditLog } from "@/lib/audit-log/queries";
import { auditLogExportRoute } from "@/lib/audit-log/routes";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, type Team } from "../fixtures/factories";
import { insertKpiContract, insertKpiRow } from "../fixtures/kpis";

const { db } = await openTestDatabase();
let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let contractA: { id: string; tenantId: string; title: string };
let otherContractA: { id: string; tenantId: string; title: string };
let kpiA: { id: string; name: string };
let contractB: { id: string; tenantId: string };

type StreamedDownload = { filename: string; contentType: string; stream: ReadableStream<Uint8Array> };

/** The bytes of a streamed download, read to its end as a browser would. */
async function streamedBytes(body: unknown): Promise<Uint8Array> {
  const { stream } = (body as { data: StreamedDownload }).data;
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text of a streamed CSV. */
async function streamedText(body: unknown): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await streamedBytes(body));
}

/** Events recorded as the app records them: in the actor's tenant transaction, all at one moment. */
async function record(team: Team<BuyerRole>, role: BuyerRole, events: Array<Omit<AuditInput, "tenantId">>) {
  const actor = team.as[role];
  await withTenant(
    actor,
    (tx) =>
      recordAudits(
        tx,
        actor,
        events.map((e) => ({ ...e, tenantId: team.org.id })),
      ),
    db,
  );
}

beforeAll(async () => {
  [a, b] = [await createBuyer(db), await createBuyer(db)];
  contractA = await insertKpiContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId });
  otherContractA = await insertKpiContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId });
  kpiA = await insertKpiRow(db, contractA, { proposedByKind: "buyer", name: "Aandeel lokale leveranciers" });
  contractB = await insertKpiContract(db, { tenantId: b.org.id, managerId: b.as.contract_manager.userId });

  // 120 events in one transaction share one created_at: paging must order them by id as well.
  await record(
    a,
    "admin",
    Array.from({ length: 120 }, (_, i) => ({
      entity: "organisation" as const,
      entityId: a.org.id,
      action: "update",
      after: { name: `Naam ${i}` },
    })),
  );
  await record(a, "contract_manager", [
    { entity: "contract", entityId: contractA.id, action: "update", before: { title: "Oud" }, after: { title: contractA.title } },
    { entity: "kpi", entityId: kpiA.id, action: "update", before: { name: "Lokaal" }, after: { name: kpiA.name } },
    { entity: "contract", entityId: otherContractA.id, action: "update" },
  ]);
  await record(b, "admin", [{ entity: "contract", entityId: contractB.id, action: "update", after: { title: "Geheim contract van B" } }]);
  // An old event, written past the app (tests only) to give the period filter something to leave out.
  await db.insert(auditEvents).values({
    tenantId: a.org.id,
    actorUserId: a.as.coordinator.userId,
    actorOrgId: a.org.id,
    entity: "indicator",
    entityId: a.org.id,
    action: "create",
    after: { name: "Oude indicator" },
    createdAt: new Date("2025-03-15T10:00:00Z"),
  });
});

const read = (team: Team<BuyerRole>, filters = {}, cursor: ReturnType<typeof decodeCursor> = null) =>
  withTenant(team.as.admin, (tx) => readAuditLog(tx, { tenantId: team.org.id, filters, cursor }), db);

const pageOf = (search: Record<string, string>) => withTenant(a.as.admin, (tx) => auditLogPage(tx, { actor: a.as.admin, search }), db);

describe("the audit log", () => {
  it("pages through every event once, newest first, also among events of the same moment", async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor = null;
    let previous: { at: number; id: string } | null = null;
    do {
      const page = await read(a, {}, cursor);
      sizes.push(page.events.length);
      for (const e of page.events) {
        const at = e.createdAt.getTime();
        if (previous) expect(at < previous.at || (at === previous.at && e.id < previous.id)).toBe(true);
        previous = { at, id: e.id };
        seen.push(e.id);
      }
      // Through the address, as the page's "Oudere wijzigingen" link carries it.
      cursor = page.next ? decodeCursor(encodeCursor(page.next)) : null;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 24]);
    expect(new Set(seen).size).toBe(124);
  });

  it("filters by person, kind, contract (with what belongs to it) and Amsterdam calendar days", async () => {
    const byManager = await read(a, { person: a.as.contract_manager.userId });
    expect(byManager.events).toHaveLength(3);
    expect((await read(a, { kind: "kpi" })).events.map((e) => e.entityId)).toEqual([kpiA.id]);
    const aboutContract = await read(a, { contracts: [contractA] });
    expect(aboutContract.events.map((e) => e.entity).sort()).toEqual(["contract", "kpi"]);
    const old = await read(a, { from: "2025-03-15", to: "2025-03-15" });
    expect(old.events.map((e) => e.entity)).toEqual(["indicator"]);
    expect((await read(a, { to: "2025-03-14" })).events).toEqual([]);
    expect((await read(a, { from: "2025-03-16" })).events.some((e) => e.entity === "indicator")).toBe(false);
  });

  it("finds contracts by the words of their title, names what it found, and says so when it finds nothing", async () => {
    const suffix = contractA.title.split(" ").at(-1)!;
    const found = await pageOf({ contract: `sportcentra ${suffix}` });
    expect(found.errors).toEqual({});
    expect(found.contractTitles).toEqual([contractA.title]);
    expect(found.events.map((e) => e.object?.label).sort()).toEqual([
      `Contract ‘${contractA.title}’`,
      `KPI ‘Aandeel lokale leveranciers’ op contract ‘${contractA.title}’`,
    ]);
    // Both of A's catering contracts, not B's.
    const broad = await pageOf({ contract: "catering", soort: "contract" });
    expect(broad.contractTitles.sort()).toEqual([contractA.title, otherContractA.title].sort());
    expect(broad.events.map((e) => e.object?.label).sort()).toEqual(
      [`Contract ‘${contractA.title}’`, `Contract ‘${otherContractA.title}’`].sort(),
    );
    // Another organisation's contract, by id or by title, is not found, and the log shows what it would without the filter.
    for (const contract of [contractB.id, "Geheim contract van B", "100%_"]) {
      const none = await pageOf({ contract, soort: "contract" });
      expect(none.errors.contract).toMatch(/^Geen contract gevonden met ‘.+’ in de titel of het kenmerk\.$/);
      expect(none.events.some((e) => e.object?.href?.includes(contractB.id))).toBe(false);
      expect(none.events.length).toBeGreaterThan(1);
    }
  });

  it("never shows another organisation's events, not even with its contract as filter", async () => {
    expect((await read(a, { contracts: [contractB] })).events).toEqual([]);
    const everything = [];
    let cursor = null;
    do {
      const page = await read(a, {}, cursor);
      everything.push(...page.events);
      cursor = page.next;
    } while (cursor);
    expect(everything.some((e) => e.entityId === contractB.id)).toBe(false);
    // And B's own log is B's alone.
    expect((await read(b)).events.map((e) => e.entityId)).toEqual([contractB.id]);
  });

  it("names and links each object, with the contract it belongs to, and shows the change", async () => {
    const page = await pageOf({ soort: "kpi" });
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({
      actor: expect.any(String),
      object: {
        label: `KPI ‘Aandeel lokale leveranciers’ op contract ‘${contractA.title}’`,
        href: `/${a.org.slug}/contracten/${contractA.id}/kpis/${kpiA.id}`,
      },
      changes: [{ field: "name", label: "Naam", before: "Lokaal", after: "Aandeel lokale leveranciers" }],
    });
    const contractPage = await pageOf({ contract: contractA.id, soort: "contract" });
    expect(contractPage.events[0].object).toEqual({
      label: `Contract ‘${contractA.title}’`,
      href: `/${a.org.slug}/contracten/${contractA.id}`,
    });
    // A filter that cannot be right is named, and the log still shows.
    const wrong = await pageOf({ van: "morgen" });
    expect(wrong.errors).toEqual({ from: "Vul een datum in als dd-mm-jjjj." });
    expect(wrong.events).toHaveLength(50);
  });

  it("exports the filtered log as CSV and as XLSX with date cells and the filters on the info sheet", async () => {
    const csv = await auditLogExportRoute.run(a.as.coordinator, { search: new URLSearchParams(`contract=${contractA.id}`), format: "csv" });
    expect(csv.status).toBe(200);
    const text = await streamedText(csv.body);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe("Tijdstip;Persoon;Soort;Wijziging;Onderdeel;Wat er veranderde");
    expect(lines).toHaveLength(3);
    expect(text).toContain("Naam: Lokaal → Aandeel lokale leveranciers");

    const xlsx = await auditLogExportRoute.run(a.as.coordinator, { search: new URLSearchParams(`soort=kpi`), format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await streamedBytes(xlsx.body)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Logboek")!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell("A2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("E2").value).toBe(`KPI ‘Aandeel lokale leveranciers’ op contract ‘${contractA.title}’`);
    const info = workbook.worksheets.at(-1)!;
    const infoText = info.getSheetValues().flat().join(" ");
    expect(infoText).toContain("KPI");
  });

  it("exports a log longer than one batch whole as CSV, newest first, without another organisation's events", async () => {
    const c = await createBuyer(db);
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000);
    const event = (tenantId: string, i: number) => ({
      tenantId,
      actorUserId: c.as.admin.userId,
      actorOrgId: tenantId,
      entity: "organisation",
      entityId: tenantId,
      action: "update",
      after: { name: `Stap ${i}` },
      createdAt: at(i),
    });
    // Written past the app (tests only): 2.345 events, more than two batches of the export.
    await db.insert(auditEvents).values(Array.from({ length: 2_345 }, (_, i) => event(c.org.id, i)));
    await db.insert(auditEvents).values(event(b.org.id, 5_000));
    const csv = await auditLogExportRoute.run(c.as.coordinator, { search: new URLSearchParams(), format: "csv" });
    expect(csv.status).toBe(200);
    const lines = (await streamedText(csv.body)).trim().split(/\r\n/);
    expect(lines).toHaveLength(1 + 2_345);
    expect(lines[1]).toMatch(/;Naam: — → Stap 2344$/);
    expect(lines.at(-1)).toMatch(/;Naam: — → Stap 0$/);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("is refused to a contract manager and a viewer", async () => {
    for (const role of ["contract_manager", "viewer"] as const) {
      expect((await auditLogExportRoute.run(a.as[role], { search: new URLSearchParams(), format: "csv" })).status).toBe(403);
    }
  });
});

describe("a supplier's log", () => {
  let supplier: Team<SupplierRole>;
  let shared: { id: string; tenantId: string; title: string };
  let sharedKpi: { id: string; name: string };

  beforeAll(async () => {
    supplier = await createSupplier(db);
    shared = await insertKpiContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: supplier.org.id });
    sharedKpi = await insertKpiRow(db, shared, { proposedByKind: "buyer", name: "Kilometers elektrisch" });
    await record(a, "contract_manager", [
      { entity: "kpi", entityId: sharedKpi.id, action: "update", before: { name: "Elektrisch" }, after: { name: sharedKpi.name } },
      { entity: "contract", entityId: shared.id, action: "update", after: { title: shared.title } },
      // Deleted in the same change: the event's own copy says whose contract it was.
      {
        entity: "roadmap_item",
        entityId: "6a0b8a52-5d1e-4f3c-9b1a-0c2d3e4f5a6b",
        action: "delete",
        before: { title: "Laadpalen", supplierOrgId: supplier.org.id },
      },
    ]);
  });

  const readAs = (filters = {}) => withTenant(supplier.as.admin, (tx) => readAuditLog(tx, { tenantId: supplier.org.id, filters }), db);

  it("shows the buyer's changes to the supplier's contracts, and nothing else of the buyer", async () => {
    const { events } = await readAs();
    expect(events.map((e) => e.entityId).sort()).toEqual([sharedKpi.id, shared.id, "6a0b8a52-5d1e-4f3c-9b1a-0c2d3e4f5a6b"].sort());
    // Not the buyer's own organisation events, nor its other contracts, nor another buyer's.
    expect(events.some((e) => [a.org.id, contractA.id, kpiA.id, otherContractA.id, contractB.id].includes(e.entityId))).toBe(false);
    const page = await withTenant(supplier.as.admin, (tx) => auditLogPage(tx, { actor: supplier.as.admin, search: { soort: "kpi" } }), db);
    expect(page.events[0].object).toEqual({
      label: `KPI ‘Kilometers elektrisch’ op contract ‘${shared.title}’`,
      href: `/${supplier.org.slug}/contracten/${shared.id}/kpis/${sharedKpi.id}`,
    });
  });

  it("filters by its contract, and another contract's id finds nothing", async () => {
    expect((await readAs({ contracts: [shared] })).events.map((e) => e.entity).sort()).toEqual(["contract", "kpi"]);
    expect((await readAs({ contracts: [contractA] })).events).toEqual([]);
  });

  it("is refused to the supplier's reporter and viewer", async () => {
    for (const role of ["reporter", "viewer"] as const) {
      expect((await auditLogExportRoute.run(supplier.as[role], { search: new URLSearchParams(), format: "csv" })).status).toBe(403);
    }
  });
});
