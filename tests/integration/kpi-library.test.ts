// The KPI library, copying and importing through the real actions on a real database: templates
// are the buyer's alone, adopting lands a level's path on the contract's quarters as a buyer's
// proposal, copies move paths with the contract start, and a file with any bad row imports nothing.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { kpiThemes, type Contract } from "@/db/schema";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { adoptTemplate, createTemplate, deleteTemplate, updateTemplate } from "@/lib/kpi-library/actions";
import { copyKpis } from "@/lib/kpi-library/copy";
import { importKpis } from "@/lib/kpi-library/import/actions";
import { listTemplates } from "@/lib/kpi-library/queries";
import { withTenant } from "@/lib/tenancy";
import { openTestDatabase } from "../fixtures/db";
import { addMember, actorContext, createBuyer, createSupplier, expectOk, insertContract, type Team } from "../fixtures/factories";
import { cleanImportRow, createTemplateAs, csvFile, IMPORT_HEADER, templateForm } from "../fixtures/kpi-library";
import { insertKpiContract, insertKpiRow, insertPathRow } from "../fixtures/kpis";
import { globalIndicatorId } from "../fixtures/targets";
import { createOrgWheelAs, deriveContractWheelAs } from "../fixtures/wheels";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let other: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let protein: string;

beforeAll(async () => {
  [buyer, other, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  protein = await globalIndicatorId(db, "plant_protein");
});

type KpiRow = {
  id: string;
  name: string;
  status: string;
  proposed_by_kind: string;
  template_id: string | null;
  ambition_level: string | null;
  baseline_quarter: string | null;
};
const kpisOf = (contractId: string) =>
  queryRows<KpiRow>(
    db,
    sql`select id, name, status, proposed_by_kind, template_id, ambition_level, baseline_quarter from kpis where contract_id = ${contractId} order by created_at, name`,
  );
const pathOf = async (kpiId: string) =>
  (
    await queryRows<{ interpolation: string; milestones: unknown; effective_from: string }>(
      db,
      sql`select interpolation, milestones, effective_from from growth_path_versions where kpi_id = ${kpiId}`,
    )
  )[0];
const cateringContract = (team: Team<BuyerRole>, managerId = team.as.contract_manager.userId) =>
  insertContract(db, { tenantId: team.org.id, managerId, supplierOrgId: supplier.org.id });

describe("templates", () => {
  it("are kept by the coordinator with a version, refused to stale saves and to the contract manager", async () => {
    const id = await createTemplateAs(buyer.as.coordinator, protein, { name: "Plantaardige eiwitten" });
    const saved = expectOk(
      await updateTemplate.run(buyer.as.admin, {
        ...templateForm(protein, { name: "Plantaardige eiwitten in het aanbod" }),
        id,
        version: "1",
      }),
    );
    expect(saved.version).toBe(2);
    expect(await updateTemplate.run(buyer.as.coordinator, { ...templateForm(protein), id, version: "1" })).toMatchObject({
      ok: false,
      code: "ConflictError",
    });
    expect(await createTemplate.run(buyer.as.contract_manager, templateForm(protein))).toMatchObject({ ok: false, code: "ForbiddenError" });
    const [template] = (
      await withTenant(
        { userId: buyer.as.viewer.userId, orgId: buyer.org.id, orgKind: "buyer" },
        (tx) => listTemplates(tx, { tenantId: buyer.org.id }),
        db,
      )
    ).filter((t) => t.id === id);
    expect(template).toMatchObject({ name: "Plantaardige eiwitten in het aanbod", indicator: { code: "plant_protein" } });
    expect(template.levels.plus.milestones).toEqual([
      { offset: 0, value: "45" },
      { offset: 4, value: "52.5" },
      { offset: 8, value: "60" },
    ]);
    expect(await deleteTemplate.run(other.as.admin, { id, version: "2" })).toMatchObject({ ok: false, code: "NotFoundError" });
    expectOk(await deleteTemplate.run(buyer.as.coordinator, { id, version: "2" }));
  });

  it("refuse another tenant's own indicator, and are invisible to suppliers even under row-level security", async () => {
    const [foreign] = await queryRows<{ id: string }>(
      db,
      sql`insert into indicators (owner_org_id, code, name, unit_code, unit_label, direction, aggregation) values (${other.org.id}, ${`eigen_${randomUUID().slice(0, 8)}`}, 'Eigen', 'P1', '%', 'higher_better', 'average') returning id`,
    );
    const refused = await createTemplate.run(buyer.as.coordinator, templateForm(foreign.id));
    expect(!refused.ok && refused.fieldErrors).toEqual({ indicatorId: "Kies een indicator uit de catalogus." });
    await createTemplateAs(buyer.as.coordinator, protein);
    const seenBySupplier = await withTenant(
      { userId: supplier.as.admin.userId, orgId: supplier.org.id, orgKind: "supplier" },
      (tx) => listTemplates(tx, { tenantId: buyer.org.id }),
      db,
    );
    expect(seenBySupplier).toEqual([]);
    expect(await createTemplate.run(supplier.as.admin, templateForm(protein))).toMatchObject({ ok: false, code: "ForbiddenError" });
  });
});

describe("adopting a template", () => {
  it("puts the level's path on the contract's quarters as the buyer's proposal, leaving out what falls after the end", async () => {
    const templateId = await createTemplateAs(buyer.as.coordinator, protein, { name: "Eiwittransitie" });
    const contract = await cateringContract(buyer);
    const result = expectOk(await adoptTemplate.run(buyer.as.contract_manager, { templateId, contractId: contract.id, level: "plus" }));
    expect(result.droppedMilestones).toBe(1);
    const [kpi] = await kpisOf(contract.id);
    expect(kpi).toMatchObject({
      name: "Eiwittransitie",
      status: "proposed",
      proposed_by_kind: "buyer",
      template_id: templateId,
      ambition_level: "plus",
    });
    expect(await pathOf(kpi.id)).toEqual({
      interpolation: "step",
      effective_from: "2026-Q1",
      milestones: [
        { quarter: "2026-Q1", value: "45" },
        { quarter: "2027-Q1", value: "52.5" },
      ],
    });
    const twice = await adoptTemplate.run(buyer.as.contract_manager, { templateId, contractId: contract.id, level: "maximum" });
    expect(!twice.ok && twice.fieldErrors).toEqual({ contractId: 'Dit contract heeft al een KPI met de naam "Eiwittransitie".' });
  });

  it("is refused to a contract manager of another contract, to the coordinator, and for another tenant's template", async () => {
    const templateId = await createTemplateAs(buyer.as.coordinator, protein);
    const contract = await cateringContract(buyer);
    const colleague = await actorContext(db, (await addMember(db, buyer.org, "contract_manager")).id, buyer.org.slug);
    expect(await adoptTemplate.run(colleague, { templateId, contractId: contract.id, level: "plus" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect(await adoptTemplate.run(buyer.as.coordinator, { templateId, contractId: contract.id, level: "plus" })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    const foreignTemplate = await createTemplateAs(other.as.coordinator, protein);
    expect(
      await adoptTemplate.run(buyer.as.contract_manager, { templateId: foreignTemplate, contractId: contract.id, level: "plus" }),
    ).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    expect(await kpisOf(contract.id)).toEqual([]);
  });
});

describe("copying KPIs from another contract", () => {
  it("moves the latest path and the baseline with the contract start and maps themes by name", async () => {
    const team = await createBuyer(db);
    const source = await insertKpiContract(db, {
      tenantId: team.org.id,
      managerId: team.as.admin.userId,
      startDate: "2025-01-01",
      endDate: "2028-12-31",
    });
    const target = await insertKpiContract(db, {
      tenantId: team.org.id,
      managerId: team.as.contract_manager.userId,
      startDate: "2027-04-01",
      endDate: "2029-12-31",
    });
    await createOrgWheelAs(team.as.coordinator, 2025, "example");
    const [sourceWheel, targetWheel] = [
      await deriveContractWheelAs(team.as.coordinator, source.id),
      await deriveContractWheelAs(team.as.coordinator, target.id),
    ];
    const themeIn = async (wheelId: string) =>
      (
        await queryRows<{ id: string; name: string }>(
          db,
          sql`select id, name from wheel_themes where wheel_id = ${wheelId} order by position limit 1`,
        )
      )[0];
    const [sourceTheme, targetTheme] = [await themeIn(sourceWheel), await themeIn(targetWheel)];
    expect(targetTheme.name).toBe(sourceTheme.name);

    const kpi = await insertKpiRow(db, source, {
      proposedByKind: "buyer",
      status: "active",
      name: "Restafval",
      baselineValue: "100",
      baselineQuarter: "2024-Q4",
    });
    await db.insert(kpiThemes).values({ tenantId: team.org.id, kpiId: kpi.id, themeId: sourceTheme.id });
    await insertPathRow(db, kpi, { effectiveFrom: "2025-Q1", interpolation: "linear", milestones: [{ quarter: "2025-Q4", value: "90" }] });
    await insertPathRow(db, kpi, {
      versionNumber: 2,
      effectiveFrom: "2026-Q1",
      interpolation: "step",
      milestones: [
        { quarter: "2025-Q4", value: "90" },
        { quarter: "2026-Q4", value: "70" },
        { quarter: "2028-Q4", value: "50" },
      ],
    });
    const result = expectOk(
      await copyKpis.run(team.as.contract_manager, { contractId: target.id, sourceContractId: source.id, kpiIds: kpi.id }),
    );
    expect(result).toEqual({ copied: 1, droppedMilestones: 1 });
    const [copy] = await kpisOf(target.id);
    expect(copy).toMatchObject({ name: "Restafval", status: "proposed", proposed_by_kind: "buyer", baseline_quarter: "2027-Q1" });
    expect(await pathOf(copy.id)).toMatchObject({
      interpolation: "step",
      milestones: [
        { quarter: "2028-Q1", value: "90" },
        { quarter: "2029-Q1", value: "70" },
      ],
    });
    const themes = await queryRows<{ theme_id: string }>(db, sql`select theme_id from kpi_themes where kpi_id = ${copy.id}`);
    expect(themes).toEqual([{ theme_id: targetTheme.id }]);

    // Copying the same KPI again copies nothing: the name is taken.
    const again = await copyKpis.run(team.as.contract_manager, { contractId: target.id, sourceContractId: source.id, kpiIds: [kpi.id] });
    expect(again).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { kpiIds: '"Restafval" bestaat al in dit contract.' } });
  });

  it("does not reach into another buyer's contracts, and is the buyer's alone", async () => {
    const target = await cateringContract(buyer);
    const foreign = await insertContract(db, { tenantId: other.org.id, managerId: other.as.admin.userId });
    const foreignKpi = await insertKpiRow(db, foreign, { proposedByKind: "buyer" });
    expect(
      await copyKpis.run(buyer.as.admin, { contractId: target.id, sourceContractId: foreign.id, kpiIds: [foreignKpi.id] }),
    ).toMatchObject({
      ok: false,
      code: "NotFoundError",
    });
    const own = await cateringContract(buyer);
    const ownKpi = await insertKpiRow(db, own, { proposedByKind: "buyer" });
    expect(await copyKpis.run(supplier.as.admin, { contractId: target.id, sourceContractId: own.id, kpiIds: [ownKpi.id] })).toMatchObject({
      ok: false,
      code: "ForbiddenError",
    });
    expect(await kpisOf(target.id)).toEqual([]);
  });
});

describe("importing KPIs from a file", () => {
  it("imports nothing from a file with one bad row and reports it with its row number", async () => {
    const contract = await cateringContract(buyer);
    const result = expectOk(
      await importKpis.run(buyer.as.contract_manager, {
        contractId: contract.id,
        mode: "import",
        file: csvFile([
          IMPORT_HEADER,
          cleanImportRow("Zero-emissie bestelbussen"),
          "Restafval;residual_waste;kwantitatief;resultaat;12.5;2025-K4;;;;",
        ]),
      }),
    );
    expect(result).toMatchObject({
      imported: 0,
      errors: [{ row: 3, column: "nulmeting", message: '"12.5" gebruikt een punt als decimaalteken; schrijf 12,5.' }],
    });
    expect(await kpisOf(contract.id)).toEqual([]);
  });

  it("previews a clean file without saving, then imports every row in one go as the buyer's proposals", async () => {
    const contract = await cateringContract(buyer);
    const file = () =>
      csvFile([
        IMPORT_HEADER,
        cleanImportRow("Zero-emissie bestelbussen"),
        "Restafval;residual_waste;kwantitatief;inspanning;1.250;2025-K4;2026-K2;1.000;2027-K2;800",
      ]);
    const preview = expectOk(await importKpis.run(buyer.as.contract_manager, { contractId: contract.id, mode: "preview", file: file() }));
    expect(preview.preview.map((p) => [p.row, p.name, p.growthPath])).toEqual([
      [2, "Zero-emissie bestelbussen", "2026 K1: 20 % · 2027 K4: 60,5 %"],
      [3, "Restafval", "2026 K2: 1.000 · 2027 K2: 800"],
    ]);
    expect(await kpisOf(contract.id)).toEqual([]);
    expect(
      expectOk(await importKpis.run(buyer.as.contract_manager, { contractId: contract.id, mode: "import", file: file() })).imported,
    ).toBe(2);
    const rows = await kpisOf(contract.id);
    expect(rows.map((r) => [r.name, r.status, r.proposed_by_kind])).toEqual([
      ["Restafval", "proposed", "buyer"],
      ["Zero-emissie bestelbussen", "proposed", "buyer"],
    ]);
    expect((await pathOf(rows[0].id)).milestones).toEqual([
      { quarter: "2026-Q2", value: "1000" },
      { quarter: "2027-Q2", value: "800" },
    ]);
    // The same file again: both names are now taken, nothing more is imported.
    const again = expectOk(await importKpis.run(buyer.as.contract_manager, { contractId: contract.id, mode: "import", file: file() }));
    expect(again.errors.map((e) => e.row)).toEqual([2, 3]);
    expect(await kpisOf(contract.id)).toHaveLength(2);
  });

  it("reads XLSX through the action and refuses files that are neither CSV nor XLSX", async () => {
    const contract = await cateringContract(buyer);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Blad1");
    sheet.addRow(IMPORT_HEADER.split(";"));
    sheet.addRow(["Ecolabel", "ecolabel_products", "kwantitatief", "inspanning", 40, "2025-K4", "2026-K4", 55.5]);
    const xlsx = new File([new Uint8Array(await workbook.xlsx.writeBuffer())], "kpis.xlsx");
    expect(expectOk(await importKpis.run(buyer.as.admin, { contractId: contract.id, mode: "import", file: xlsx })).imported).toBe(1);
    expect((await pathOf((await kpisOf(contract.id))[0].id)).milestones).toEqual([{ quarter: "2026-Q4", value: "55.5" }]);

    // Dutch Excel's plain CSV is Windows-1252: read, accents and all.
    const windows1252 = new File([Buffer.from(`${IMPORT_HEADER}\r\n${cleanImportRow("Café-afval")}\r\n`, "latin1")], "kpis.csv");
    const read = expectOk(await importKpis.run(buyer.as.admin, { contractId: contract.id, mode: "preview", file: windows1252 }));
    expect(read.preview.map((p) => p.name)).toEqual(["Café-afval"]);
    const garbled = new File([new Uint8Array([0x6e, 0x61, 0x61, 0x6d, 0x0a, 0x43, 0x61, 0x66, 0x81])], "kpis.csv");
    const refused = await importKpis.run(buyer.as.admin, { contractId: contract.id, mode: "preview", file: garbled });
    expect(refused).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { file: expect.stringContaining("CSV UTF-8") } });
    const image = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])], "kpis.csv");
    expect(await importKpis.run(buyer.as.admin, { contractId: contract.id, mode: "preview", file: image })).toMatchObject({
      ok: false,
      fieldErrors: { file: "Dit is geen CSV- of Excel-bestand (XLSX)." },
    });
  });

  it("is refused to the supplier, to another buyer and to a contract manager of another contract", async () => {
    const contract: Contract = await cateringContract(buyer);
    const upload = () => ({ contractId: contract.id, mode: "import", file: csvFile([IMPORT_HEADER, cleanImportRow()]) });
    expect(await importKpis.run(supplier.as.admin, upload())).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await importKpis.run(other.as.admin, upload())).toMatchObject({ ok: false, code: "NotFoundError" });
    const colleague = await actorContext(db, (await addMember(db, buyer.org, "contract_manager")).id, buyer.org.slug);
    expect(await importKpis.run(colleague, upload())).toMatchObject({ ok: false, code: "ForbiddenError" });
    expect(await kpisOf(contract.id)).toEqual([]);
  });
});
