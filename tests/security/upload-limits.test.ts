// Spreadsheet uploads are bounded work: an XLSX is inflated byte by byte against 20 MB whatever
// its headers declare, a table holds at most 50,000 cells (CSV too), and a broken or odd zip is
// refused with a Dutch message at the file field, through both importers (KPI import, report
// values). The bombs are built here: a long run deflated once, its headers claiming 1 KB.
import { crc32, constants, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importKpis } from "@/lib/kpi-library/import/actions";
import { importTemplateXlsx } from "@/lib/kpi-library/import/template";
import { readImportFile } from "@/lib/kpi-library/import/read-file";
import { uploadReportValues } from "@/lib/reports/values-actions";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { IMPORT_HEADER } from "../fixtures/kpi-library";
import { insertActiveKpi, valuesUploadForm } from "../fixtures/reports";

const { db } = await openTestDatabase();

const MB = 1024 * 1024;
const LIMIT = 20 * MB;
const INFLATED_TOO_LARGE =
  "Het Excel-bestand is uitgepakt groter dan 20 MB. Verwijder overbodige werkbladen of splits het in kleinere bestanden.";
const TOO_MANY_CELLS = "Het bestand heeft meer dan 50.000 cellen. Splits het in kleinere bestanden.";
const UNREADABLE = "Het Excel-bestand kan niet worden gelezen. Sla het opnieuw op als Excel-werkmap (.xlsx).";

// --- a small zip writer whose headers say whatever the test wants --------------------------------

type Part = { name: string; method: 0 | 8; data: Uint8Array; crc: number; size: number };

/** An honest part: deflated, with its real CRC and size. */
function part(name: string, content: string | Uint8Array): Part {
  const bytes = typeof content === "string" ? Buffer.from(content) : Buffer.from(content);
  return { name, method: 8, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/**
 * A part of `megabytes` MB of `unit` repeated, between a prefix and a suffix, whose headers
 * declare 1 KB (or, honest, its real size and CRC). Built from one deflated megabyte repeated
 * (each ends on a sync flush, so the pieces chain into one stream), so the test never holds
 * the expanded bytes itself.
 */
function bombPart(name: string, unit: string, megabytes: number, prefix = "", suffix = "", honest = false): Part {
  const flushed = (text: string | Buffer) => deflateRawSync(text, { finishFlush: constants.Z_SYNC_FLUSH });
  const plainMegabyte = Buffer.from(unit.repeat(Math.ceil(MB / unit.length)));
  const megabyte = flushed(plainMegabyte);
  const pieces = [flushed(prefix), ...Array.from({ length: megabytes }, () => megabyte), flushed(suffix), deflateRawSync(Buffer.alloc(0))];
  if (!honest) return { name, method: 8, data: Buffer.concat(pieces), crc: 0x12345678, size: 1024 };
  let crc = crc32(prefix);
  for (let i = 0; i < megabytes; i++) crc = crc32(plainMegabyte, crc);
  crc = crc32(suffix, crc);
  const size = Buffer.byteLength(prefix) + megabytes * plainMegabyte.length + Buffer.byteLength(suffix);
  return { name, method: 8, data: Buffer.concat(pieces), crc, size };
}

function zip(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(p.data));
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = "</sheetData></worksheet>";

/** The parts around a worksheet, as Excel writes them. */
function workbookParts(sheetTarget = "worksheets/sheet1.xml"): Part[] {
  return [
    part(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    part(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    part(
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${sheetTarget}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  ];
}

const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const columnName = (n: number): string =>
  n < 26 ? String.fromCharCode(65 + n) : columnName(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26));

/** A workbook of the given rows (inline strings), shared strings empty. */
function workbook(rows: string[][], extra: Part[] = []): Uint8Array {
  const xml = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((text, c) => inlineCell(`${columnName(c)}${r + 1}`, text)).join("")}</row>`)
    .join("");
  return zip([
    ...workbookParts(),
    part(
      "xl/sharedStrings.xml",
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
    ),
    part("xl/worksheets/sheet1.xml", SHEET_OPEN + xml + SHEET_CLOSE),
    ...extra,
  ]);
}

/** What reading refused, with how much it inflated and how long it took. */
async function refusal(bytes: Uint8Array) {
  const started = performance.now();
  const error = await readImportFile(bytes).then(
    () => null,
    (e: unknown) => e as Error & { inflatedBytes?: number },
  );
  return { message: error?.message, inflatedBytes: error?.inflatedBytes, ms: performance.now() - started };
}

// --- the tests -------------------------------------------------------------------------------------

describe("XLSX bombs whose headers lie", () => {
  it("stops inflating a run of zeros at 20 MB although its headers declare 1 KB", async () => {
    const bomb = zip([...workbookParts(), bombPart("xl/worksheets/sheet1.xml", "\0", 100, SHEET_OPEN, SHEET_CLOSE)]);
    expect(bomb.length).toBeLessThan(MB);
    const { message, inflatedBytes, ms } = await refusal(bomb);
    expect(message).toBe(INFLATED_TOO_LARGE);
    // Bounded by the limit (plus one 64 KB chunk), not by the 100 MB of the bomb.
    expect(inflatedBytes).toBeGreaterThan(LIMIT);
    expect(inflatedBytes).toBeLessThanOrEqual(LIMIT + 64 * 1024);
    expect(ms).toBeLessThan(5_000);
  });

  it("stops at 20 MB as well when the headers tell the truth about 100 MB of cells", async () => {
    const cells = '<c r="A1" t="n"><v>1</v></c>';
    const bomb = zip([
      ...workbookParts(),
      bombPart("xl/worksheets/sheet1.xml", cells, 100, `${SHEET_OPEN}<row r="1">`, `</row>${SHEET_CLOSE}`, true),
    ]);
    expect(bomb.length).toBeLessThan(MB);
    const { message, inflatedBytes, ms } = await refusal(bomb);
    expect(message).toBe(INFLATED_TOO_LARGE);
    expect(inflatedBytes).toBeLessThanOrEqual(LIMIT + 64 * 1024);
    expect(ms).toBeLessThan(5_000);
  });

  it("stops inflating repeated <c> cells at 20 MB, in the shared strings as in the sheet", async () => {
    const cells = bombPart(
      "xl/worksheets/sheet1.xml",
      '<c r="A1" t="n"><v>1</v></c>',
      100,
      SHEET_OPEN + '<row r="1">',
      "</row>" + SHEET_CLOSE,
    );
    const strings = bombPart(
      "xl/sharedStrings.xml",
      "<si><t>x</t></si>",
      100,
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      "</sst>",
    );
    for (const bytes of [
      zip([...workbookParts(), cells]),
      zip([...workbookParts(), strings, part("xl/worksheets/sheet1.xml", SHEET_OPEN + SHEET_CLOSE)]),
    ]) {
      const { message, inflatedBytes } = await refusal(bytes);
      expect(message).toBe(INFLATED_TOO_LARGE);
      expect(inflatedBytes).toBeLessThanOrEqual(LIMIT + 64 * 1024);
    }
  });

  it("counts the inflated bytes of all parts together", async () => {
    // Two honest parts of 12 MB: neither is over the limit alone, together they are.
    const strings = part("xl/sharedStrings.xml", `<sst>${" ".repeat(12 * MB)}</sst>`);
    const sheet = part("xl/worksheets/sheet1.xml", SHEET_OPEN + " ".repeat(12 * MB) + SHEET_CLOSE);
    const { message, inflatedBytes } = await refusal(zip([...workbookParts(), strings, sheet]));
    expect(message).toBe(INFLATED_TOO_LARGE);
    expect(inflatedBytes).toBeLessThanOrEqual(LIMIT + 64 * 1024);
  });

  it("refuses a part whose inflated bytes do not match its headers, even under the limit", async () => {
    const liar = bombPart("xl/worksheets/sheet1.xml", " ", 2, SHEET_OPEN, SHEET_CLOSE);
    expect((await refusal(zip([...workbookParts(), liar]))).message).toBe(UNREADABLE);
  });
});

describe("cell limit", () => {
  it("refuses an XLSX over 50,000 cells", async () => {
    // 100 rows of 501 cells: few rows, so only the cell limit can stop it.
    const rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 501 }, (_, c) => `${r}-${c}`));
    expect((await refusal(workbook(rows))).message).toBe(TOO_MANY_CELLS);
  });

  it("refuses one cell far away, which would make the table billions of cells", async () => {
    const far = zip([
      ...workbookParts(),
      part("xl/worksheets/sheet1.xml", `${SHEET_OPEN}<row r="1048576">${inlineCell("XFD1048576", "x")}</row>${SHEET_CLOSE}`),
    ]);
    expect((await refusal(far)).message).toBe(TOO_MANY_CELLS);
  });

  it("refuses a CSV over 50,000 cells, also when they are all empty", async () => {
    expect((await refusal(new TextEncoder().encode(`naam${";".repeat(60_000)}\r\n`))).message).toBe(TOO_MANY_CELLS);
    const lines = Array.from({ length: 400 }, (_, r) => Array.from({ length: 130 }, (_, c) => `${r}.${c}`).join(";"));
    expect((await refusal(new TextEncoder().encode(lines.join("\r\n")))).message).toBe(TOO_MANY_CELLS);
  });

  it("reads a workbook at the limits: 50,000 cells and nearly 20 MB inflated", async () => {
    // 500 rows of 100 cells, each a shared string of ~380 characters: the largest allowed file.
    const rows: string[] = [];
    for (let r = 0; r < 500; r++) {
      const cells = Array.from({ length: 100 }, (_, c) => `<c r="${columnName(c)}${r + 1}" t="s"><v>${r * 100 + c}</v></c>`);
      rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
    }
    const sheet = SHEET_OPEN + rows.join("") + SHEET_CLOSE;
    // Each string padded so that everything together comes to 19.5 MB.
    const perString = Math.floor((19.5 * MB - sheet.length - 100) / 50_000) - "<si><t></t></si>".length;
    const strings = Array.from({ length: 50_000 }, (_, i) => {
      const start = `Toelichting ${i} `;
      return `<si><t>${start}${"bij de waarde van dit kwartaal ".repeat(20).slice(0, perString - start.length)}</t></si>`;
    });
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.join("")}</sst>`;
    expect(sst.length + sheet.length).toBeGreaterThan(19 * MB);
    expect(sst.length + sheet.length).toBeLessThan(LIMIT - 4096);
    const bytes = zip([...workbookParts(), part("xl/sharedStrings.xml", sst), part("xl/worksheets/sheet1.xml", sheet)]);
    expect(bytes.length).toBeLessThan(MB);
    const started = performance.now();
    const { table } = await readImportFile(bytes);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(table).toHaveLength(500);
    expect(table[499][99]).toMatch(/^Toelichting 49999 bij de waarde/);
  });
});

describe("broken and odd zips", () => {
  it("refuses a truncated zip and one with corrupt deflate data", async () => {
    const good = workbook([["naam"], ["Zuivel"]]);
    expect((await refusal(good.subarray(0, Math.floor(good.length / 2)))).message).toBe(UNREADABLE);
    expect((await refusal(good.subarray(0, good.length - 10))).message).toBe(UNREADABLE);
    const sheet = part("xl/worksheets/sheet1.xml", SHEET_OPEN + '<row r="1">' + inlineCell("A1", "naam") + "</row>" + SHEET_CLOSE);
    const garbled = { ...sheet, data: sheet.data.map((b, i) => (i > 4 ? b ^ 0x5a : b)) };
    expect((await refusal(zip([...workbookParts(), garbled]))).message).toBe(UNREADABLE);
  });

  it("reads only the parts it needs from a zip with hundreds of entries, and refuses thousands", async () => {
    // 300 extra parts of 256 KB each: 75 MB if they were inflated, far over the limit.
    const image = bombPart("xl/media/image.bin", "\0", 0, "\0".repeat(256 * 1024));
    const padding = Array.from({ length: 300 }, (_, i) => ({ ...image, name: `xl/media/image${i}.bin` }));
    const bytes = workbook(
      [
        ["naam", "soort"],
        ["Zuivel", "kwantitatief"],
      ],
      padding,
    );
    const started = performance.now();
    const { table } = await readImportFile(bytes);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(table).toEqual([
      ["naam", "soort"],
      ["Zuivel", "kwantitatief"],
    ]);
    const thousands = workbook(
      [["naam"]],
      Array.from({ length: 1_200 }, (_, i) => part(`customXml/item${i}.xml`, "<a/>")),
    );
    expect((await refusal(thousands)).message).toBe(
      "Het Excel-bestand bestaat uit meer dan 1.000 onderdelen. Kopieer het ingevulde werkblad naar een nieuwe werkmap en lees die in.",
    );
  });

  it("refuses entries and relationships that climb out of the package", async () => {
    const escaping = workbook([["naam"]], [part("../../../../tmp/evil.xml", "<x/>")]);
    expect((await refusal(escaping)).message).toBe(UNREADABLE);
    const windows = workbook([["naam"]], [part("xl\\..\\..\\evil.xml", "<x/>")]);
    expect((await refusal(windows)).message).toBe(UNREADABLE);
    const climbing = zip([...workbookParts("../../../etc/passwd"), part("xl/worksheets/sheet1.xml", SHEET_OPEN + SHEET_CLOSE)]);
    expect((await refusal(climbing)).message).toBe(UNREADABLE);
    // A nested path that stays inside the package is just a path.
    const nested = zip([
      ...workbookParts("deeply/nested/folder/sheet1.xml"),
      part("xl/deeply/nested/folder/sheet1.xml", SHEET_OPEN + '<row r="1">' + inlineCell("A1", "naam") + "</row>" + SHEET_CLOSE),
    ]);
    expect((await readImportFile(nested)).table).toEqual([["naam"]]);
  });
});

describe("normal workbooks", () => {
  it("read as Excel and others write them: runs, phonetic guides, entities, types, prefixes", async () => {
    const sst =
      '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>naam</x:t></x:si>' +
      '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Zuivel </x:t></x:r><x:r><x:t>&amp; kaas</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ズ</x:t></x:rPh></x:si></x:sst>';
    const sheet =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>&#8364; &lt;3</x:t></x:is></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3"><x:v>12.5</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c>' +
      '<x:c r="D3" t="str"><x:f>A3&amp;"!"</x:f><x:v>Zuivel &amp; kaas!</x:v></x:c><x:c r="E3" s="1"/></x:row></x:sheetData></x:worksheet>';
    const bytes = zip([...workbookParts(), part("xl/sharedStrings.xml", sst), part("xl/worksheets/sheet1.xml", sheet)]);
    expect((await readImportFile(bytes)).table).toEqual([["naam", "", "€ <3"], [], ["Zuivel & kaas", 12.5, "ja", "Zuivel & kaas!"]]);
  });
});

describe("through both importers, at the file field", () => {
  const bomb = () => zip([...workbookParts(), bombPart("xl/worksheets/sheet1.xml", "\0", 100, SHEET_OPEN, SHEET_CLOSE)]);

  it("the KPI import answers a bomb with the message at the file field, and still imports a normal template", async () => {
    const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const started = performance.now();
    const refused = await importKpis.run(buyer.as.contract_manager, {
      contractId: contract.id,
      mode: "preview",
      file: new File([bomb() as BlobPart], "kpis.xlsx"),
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(refused).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { file: INFLATED_TOO_LARGE } });

    // The downloadable template, filled in as a person would in Excel.
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(Buffer.from(await importTemplateXlsx(contract, [])) as unknown as ArrayBuffer);
    const sheet = template.getWorksheet("KPI's")!;
    const header = IMPORT_HEADER.split(";");
    const row = sheet.getRow(2);
    row.values = [];
    const values: Record<string, string | number> = {
      naam: "Zero-emissie km",
      indicator: "zero_emission_km",
      soort: "kwantitatief",
      verplichting: "resultaat",
      "mijlpaal 1 kwartaal": "2026-K1",
      "mijlpaal 1 waarde": 20.5,
    };
    sheet.getRow(1).eachCell((cell, column) => {
      const key = String(cell.value);
      if (header.includes(key) && values[key] !== undefined) row.getCell(column).value = values[key];
    });
    row.commit();
    const filled = new File([new Uint8Array(await template.xlsx.writeBuffer())], "kpi-import-sjabloon.xlsx");
    const imported = expectOk(await importKpis.run(buyer.as.contract_manager, { contractId: contract.id, mode: "import", file: filled }));
    expect(imported).toMatchObject({ imported: 1, errors: [] });
  });

  it("the report values upload answers a bomb and a CSV over the cell limit at the file field", async () => {
    const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
    const contract = await insertContract(db, {
      tenantId: buyer.org.id,
      managerId: buyer.as.contract_manager.userId,
      supplierOrgId: supplier.org.id,
    });
    const kpi = await insertActiveKpi(db, contract);
    const refused = await uploadReportValues.run(supplier.as.reporter, valuesUploadForm(contract.id, "2026-Q1", bomb(), "waarden.xlsx"));
    expect(refused).toMatchObject({ ok: false, code: "ValidationError", fieldErrors: { file: INFLATED_TOO_LARGE } });
    const wide = `kpi-id;waarde${";".repeat(60_000)}\r\n${kpi.id};41,5\r\n`;
    expect(await uploadReportValues.run(supplier.as.reporter, valuesUploadForm(contract.id, "2026-Q1", wide))).toMatchObject({
      ok: false,
      fieldErrors: { file: TOO_MANY_CELLS },
    });
    const fine = workbook([
      ["kpi-id", "waarde"],
      [kpi.id, "41,5"],
    ]);
    expect(
      expectOk(await uploadReportValues.run(supplier.as.reporter, valuesUploadForm(contract.id, "2026-Q1", fine, "waarden.xlsx"))),
    ).toEqual({ saved: 1, errors: [] });
  });
});
