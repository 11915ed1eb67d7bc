// Values from a CSV or XLSX file into the report draft against a real database: the template of
// the quarter, every wrong row reported with nothing saved, a clean file saved like a draft,
// refused when the report is locked; and a draft past its due date shows as late.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reportValues, reports } from "@/db/schema";
import { viewerOf } from "@/lib/contracts/queries";
import { submitReport } from "@/lib/reports/actions";
import { reportOverview } from "@/lib/reports/queries";
import { uploadReportValues, valuesTemplateRoute } from "@/lib/reports/values-actions";
import { openTestDatabase } from "../fixtures/db";
import { globalIndicatorId } from "../fixtures/targets";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { insertActiveKpi, reportForm, valuesUploadForm } from "../fixtures/reports";
import { withTenant } from "@/lib/tenancy";

const { db } = await openTestDatabase();

async function setup() {
  const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  const number = await insertActiveKpi(db, contract, { name: "Aandeel elektrisch" });
  const score = await insertActiveKpi(db, contract, { name: "Samenwerking", kind: "qualitative", indicatorId: null });
  const later = await insertActiveKpi(db, contract, { name: "Later", activeFrom: "2026-Q3" });
  return { buyer, supplier, contract, number, score, later };
}

const valuesOf = (reportId: string) => db.select().from(reportValues).where(eq(reportValues.reportId, reportId));

describe("values template", () => {
  it("lists the KPIs of the quarter, for the supplier only", async () => {
    const s = await setup();
    const csv = await valuesTemplateRoute.run(s.supplier.as.reporter, { id: s.contract.id, quarter: "2026-Q1", format: "csv" });
    expect(csv.status).toBe(200);
    const text = new TextDecoder().decode((csv.body as { data: { bytes: Uint8Array } }).data.bytes);
    expect(text).toContain(`${s.number.id};Aandeel elektrisch;`);
    expect(text).toContain(`${s.score.id};Samenwerking;score 1–4;`);
    expect(text).not.toContain(s.later.id);
    const xlsx = await valuesTemplateRoute.run(s.supplier.as.admin, { id: s.contract.id, quarter: "2026-Q1", format: "xlsx" });
    expect((xlsx.body as { data: { filename: string } }).data.filename).toBe("rapportage-2026-K1.xlsx");
    expect((await valuesTemplateRoute.run(s.buyer.as.admin, { id: s.contract.id, quarter: "2026-Q1", format: "csv" })).status).toBe(403);
    expect((await valuesTemplateRoute.run(s.supplier.as.reporter, { id: s.contract.id, quarter: "2031-Q1", format: "csv" })).status).toBe(
      404,
    );
  });
});

describe("values upload", () => {
  it("reports every wrong row and saves nothing; a clean file goes into the draft", async () => {
    const s = await setup();
    const bad = [
      "kpi-id;waarde;score;toelichting",
      `${s.number.id};12.5;;`,
      `${s.score.id};;7;`,
      `${s.later.id};3;;`,
      `${s.number.id};13;;`,
      "onbekend;1;;",
    ].join("\r\n");
    const refused = expectOk(await uploadReportValues.run(s.supplier.as.reporter, valuesUploadForm(s.contract.id, "2026-Q1", bad)));
    expect(refused.saved).toBe(0);
    expect(refused.errors.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
    const [report] = await db.select().from(reports).where(eq(reports.contractId, s.contract.id));
    expect(await valuesOf(report.id)).toEqual([]);

    const clean = `kpi-id;waarde;score;toelichting\r\n${s.number.id};41,5;;Uit de facturen\r\n${s.score.id};;3;\r\n`;
    expect(expectOk(await uploadReportValues.run(s.supplier.as.reporter, valuesUploadForm(s.contract.id, "2026-Q1", clean)))).toEqual({
      saved: 2,
      errors: [],
    });
    const saved = await valuesOf(report.id);
    expect(saved.find((v) => v.kpiId === s.number.id)).toMatchObject({
      value: expect.stringMatching(/^41\.50*$/),
      explanation: "Uit de facturen",
    });
    expect(saved.find((v) => v.kpiId === s.score.id)).toMatchObject({ score: 3 });
    const [after] = await db.select().from(reports).where(eq(reports.id, report.id));
    expect(after.version).toBe(report.version + 1);

    // The draft is complete: submitting with what the file brought works.
    const form = reportForm(
      s.contract.id,
      "2026-Q1",
      { [s.number.id]: "41,5" },
      { [`score.${s.score.id}`]: "3", version: String(after.version) },
    );
    expectOk(await submitReport.run(s.supplier.as.reporter, form));
    const locked = await uploadReportValues.run(s.supplier.as.reporter, valuesUploadForm(s.contract.id, "2026-Q1", clean));
    expect(locked).toMatchObject({ ok: false, error: expect.stringMatching(/ingediend/) });
  });

  it("refuses a value outside the indicator's range on its row", async () => {
    const s = await setup();
    const share = await insertActiveKpi(db, s.contract, { name: "Plantaardig", indicatorId: await globalIndicatorId(db, "plant_protein") });
    const file = `kpi-id;waarde;score;toelichting\r\n${share.id};150;;\r\n`;
    const refused = expectOk(await uploadReportValues.run(s.supplier.as.reporter, valuesUploadForm(s.contract.id, "2026-Q1", file)));
    expect(refused).toMatchObject({
      saved: 0,
      errors: [{ row: 2, message: expect.stringContaining("De waarde mag niet hoger zijn dan 100 %.") }],
    });
  });

  it("refuses a file that is no CSV or XLSX, an empty template, and other parties", async () => {
    const s = await setup();
    const binary = await uploadReportValues.run(
      s.supplier.as.reporter,
      valuesUploadForm(s.contract.id, "2026-Q1", new Uint8Array([0x4d, 0x5a, 0, 1])),
    );
    expect(binary).toMatchObject({ ok: false, fieldErrors: { file: expect.stringMatching(/geen CSV- of Excel-bestand/) } });
    const empty = await uploadReportValues.run(
      s.supplier.as.reporter,
      valuesUploadForm(s.contract.id, "2026-Q1", `kpi-id;waarde\r\n${s.number.id};\r\n`),
    );
    expect(empty).toMatchObject({ ok: false, fieldErrors: { file: expect.stringMatching(/geen ingevulde waarden/) } });
    const other = await setup();
    expect(
      await uploadReportValues.run(other.supplier.as.admin, valuesUploadForm(s.contract.id, "2026-Q1", "kpi-id;waarde\r\n")),
    ).toMatchObject({ code: "NotFoundError" });
    expect(await uploadReportValues.run(s.buyer.as.admin, valuesUploadForm(s.contract.id, "2026-Q1", "kpi-id;waarde\r\n"))).toMatchObject({
      code: "ForbiddenError",
    });
  });
});

describe("the quantity of a KPI per unit", () => {
  async function perMeal() {
    const s = await setup();
    const meal = await insertActiveKpi(db, s.contract, {
      name: "CO2 per maaltijd",
      indicatorId: await globalIndicatorId(db, "co2e_per_meal"),
    });
    return { ...s, meal };
  }
  const upload = (s: Awaited<ReturnType<typeof perMeal>>, file: string) =>
    uploadReportValues.run(s.supplier.as.reporter, valuesUploadForm(s.contract.id, "2026-Q1", file));
  const storedOf = async (contractId: string, kpiId: string) => {
    const [report] = await db.select().from(reports).where(eq(reports.contractId, contractId));
    return (await valuesOf(report.id)).find((v) => v.kpiId === kpiId);
  };

  it("the template has a quantity column and names the unit on the KPI's row only", async () => {
    const s = await perMeal();
    const csv = await valuesTemplateRoute.run(s.supplier.as.reporter, { id: s.contract.id, quarter: "2026-Q1", format: "csv" });
    const lines = new TextDecoder("utf-8", { ignoreBOM: true })
      .decode((csv.body as { data: { bytes: Uint8Array } }).data.bytes)
      .split("\r\n");
    expect(lines[0]).toBe("\uFEFFkpi-id;kpi;eenheid;doel;soort;waarde;score;hoeveelheid;hoeveelheid in;toelichting");
    expect(lines.find((l) => l.startsWith(s.meal.id))).toBe(
      `${s.meal.id};CO2 per maaltijd;kg CO2e per maaltijd;40;kwantitatief;;;;maaltijden;`,
    );
    expect(lines.find((l) => l.startsWith(s.number.id))).toMatch(/;;;;;$/);
  });

  it("an upload sets the quantity where the form keeps it; a file without the column keeps it", async () => {
    const s = await perMeal();
    const file = `kpi-id;waarde;score;hoeveelheid;toelichting\r\n${s.meal.id};1,25;;12.500;\r\n${s.number.id};41,5;;;\r\n${s.score.id};;3;;\r\n`;
    expect(expectOk(await upload(s, file))).toEqual({ saved: 3, errors: [] });
    expect(await storedOf(s.contract.id, s.meal.id)).toMatchObject({
      value: expect.stringMatching(/^1\.250*$/),
      quantity: expect.stringMatching(/^12500(\.0+)?$/),
    });
    expect((await storedOf(s.contract.id, s.number.id))?.quantity).toBeNull();
    // The file of an older template, without the column, leaves the quantity alone.
    expectOk(await upload(s, `kpi-id;waarde\r\n${s.meal.id};1,3\r\n`));
    expect(await storedOf(s.contract.id, s.meal.id)).toMatchObject({
      value: expect.stringMatching(/^1\.30*$/),
      quantity: expect.stringMatching(/^12500(\.0+)?$/),
    });
  });

  it("refuses a quantity on a KPI not per unit, a negative one and text, on their rows, and saves nothing", async () => {
    const s = await perMeal();
    const file = ["kpi-id;waarde;score;hoeveelheid", `${s.number.id};41,5;;100`, `${s.meal.id};1,25;;-5`, `${s.score.id};;3;1`].join(
      "\r\n",
    );
    const refused = expectOk(await upload(s, file));
    expect(refused).toEqual({
      saved: 0,
      errors: [
        { row: 2, column: "hoeveelheid", message: 'De KPI "Aandeel elektrisch" is geen waarde per eenheid: laat de hoeveelheid leeg.' },
        { row: 3, column: "hoeveelheid", message: "De hoeveelheid kan niet negatief zijn." },
        { row: 4, column: "hoeveelheid", message: 'De KPI "Samenwerking" is geen waarde per eenheid: laat de hoeveelheid leeg.' },
      ],
    });
    const text = expectOk(await upload(s, `kpi-id;waarde;hoeveelheid\r\n${s.meal.id};1,25;twaalfduizend\r\n`));
    expect(text.errors).toEqual([{ row: 2, column: "hoeveelheid", message: '"twaalfduizend" is geen getal.' }]);
    expect(await storedOf(s.contract.id, s.meal.id)).toBeUndefined();
  });
});

describe("late drafts", () => {
  it("shows a draft past its due date as late in the overviews of both sides", async () => {
    const s = await setup();
    const clean = `kpi-id;waarde\r\n${s.number.id};41,5\r\n`;
    expectOk(await uploadReportValues.run(s.supplier.as.reporter, valuesUploadForm(s.contract.id, "2026-Q1", clean)));
    const [report] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.contractId, s.contract.id), eq(reports.quarter, "2026-Q1")));
    expect(report.status).toBe("draft");
    for (const actor of [s.supplier.as.viewer, s.buyer.as.contract_manager]) {
      const overview = await withTenant(actor, (tx) => reportOverview(tx, { viewer: viewerOf(actor), today: "2026-05-01" }), actor.db);
      const q1 = overview.find((o) => o.contract.id === s.contract.id)!.quarters.find((q) => q.key === "2026-Q1")!;
      expect(q1.status).toBe("overdue");
      const before = await withTenant(actor, (tx) => reportOverview(tx, { viewer: viewerOf(actor), today: "2026-04-30" }), actor.db);
      expect(before.find((o) => o.contract.id === s.contract.id)!.quarters.find((q) => q.key === "2026-Q1")!.status).toBe("draft");
    }
  });
});
