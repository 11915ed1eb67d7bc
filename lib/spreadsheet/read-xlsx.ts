// One worksheet of an uploaded XLSX as a table, read from its XML ourselves: the workbook (to
// find the sheet), the shared strings and that one sheet, nothing else. exceljs stays for
// writing; reading with it loads every part of the workbook (styles, all sheets, an object per
// cell) and, for a file at the upload limits, held the event loop for up to a second at a time.
// Every scan below is linear in the XML: tag patterns stop at the next "<", and a missing end
// tag ends the reading instead of being searched for again.
import { SpreadsheetError, spreadsheetMessages, TableBuilder, type Cell, type SpreadsheetLimits, type Table } from "./table";
import { InflateBudget, readZipDirectory, readZipText, ZipError, type ZipEntry } from "./zip";

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;

const attributePattern = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const ATTR = {
  r: attributePattern("r"),
  t: attributePattern("t"),
  name: attributePattern("name"),
  relId: attributePattern("(?:[\\w.-]+:)?id"),
  Id: attributePattern("Id"),
  Type: attributePattern("Type"),
  Target: attributePattern("Target"),
  TargetMode: attributePattern("TargetMode"),
};

function attribute(attrs: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(attrs);
  return match ? decodeXml(match[1] ?? match[2]) : undefined;
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_match, hex: string | undefined, decimal: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named];
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
  });
}

const unreadable = (inflatedBytes = 0) => new SpreadsheetError(spreadsheetMessages.unreadableXlsx, inflatedBytes);

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; never above the root. */
function resolvePart(fromPart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\/+/, "").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) throw unreadable();
      segments.pop();
    } else segments.push(segment);
  }
  return segments.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

type Relationship = { id: string; type: string; target: string };

function parseRelationships(xml: string, fromPart: string): Relationship[] {
  const out: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?Relationship(?=[\s/>])([^<>]*)>/g)) {
    const attrs = match[1];
    const target = attribute(attrs, ATTR.Target);
    if (!target || attribute(attrs, ATTR.TargetMode) === "External") continue;
    out.push({ id: attribute(attrs, ATTR.Id) ?? "", type: attribute(attrs, ATTR.Type) ?? "", target: resolvePart(fromPart, target) });
  }
  return out;
}

/** The text of a string item (<si>) or inline string (<is>): its runs joined, phonetic guides left out. */
function richText(fragment: string): string {
  let phonetic = 0;
  let text = "";
  for (const [, closing, name, attrs, following] of fragment.matchAll(/<(\/?)(?:[\w.-]+:)?(rPh|t)(?=[\s/>])([^<>]*)>([^<]*)/g)) {
    if (name === "rPh") phonetic += closing ? -1 : attrs.endsWith("/") ? 0 : 1;
    else if (!closing && !attrs.endsWith("/") && phonetic <= 0) text += decodeXml(following);
  }
  return text;
}

/**
 * The attributes and content of every <name> element (any namespace prefix). Elements of this
 * name do not nest in SpreadsheetML, so the first end tag closes one.
 */
function* elements(xml: string, name: string): Generator<[attrs: string, content: string]> {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${name}(?=[\\s/>])([^<>]*)>`, "g");
  let match: RegExpExecArray | null;
  while ((match = open.exec(xml))) {
    const [, prefix, attrs] = match;
    if (attrs.endsWith("/")) {
      yield [attrs, ""];
      continue;
    }
    const end = xml.indexOf(`</${prefix}${name}>`, open.lastIndex);
    if (end < 0) throw unreadable();
    const content = xml.slice(open.lastIndex, end);
    open.lastIndex = end + prefix.length + name.length + 3;
    yield [attrs, content];
  }
}

// Parsing the largest allowed file takes a few hundred milliseconds; it gives other requests a
// turn every few thousand elements instead of holding the event loop for all of it.
const ELEMENTS_PER_TURN = 5_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function parseSharedStrings(xml: string, maxStrings: number): Promise<string[]> {
  const strings: string[] = [];
  for (const [, content] of elements(xml, "si")) {
    // Excel keeps only strings that cells use, so more strings than cells means a padded file.
    if (strings.length >= maxStrings) throw new SpreadsheetError(spreadsheetMessages.tooManyCells(maxStrings));
    strings.push(richText(content));
    if (strings.length % ELEMENTS_PER_TURN === 0) await nextTurn();
  }
  return strings;
}

/** "BC12" → column 54 (0-based) and row 11 (0-based, or null when the reference has no row). */
function parseReference(reference: string): { column: number; row: number | null } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})?$/.exec(reference);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column: column - 1, row: match[2] ? Number(match[2]) - 1 : null };
}

const VALUE = /<((?:[\w.-]+:)?)v(?:\s[^<>]*)?>([^<]*)<\/\1v>/;

function cellValue(type: string | undefined, content: string, shared: string[]): Cell {
  const raw = VALUE.exec(content)?.[2];
  switch (type) {
    case "s": {
      const text = raw === undefined ? undefined : shared[Number(raw.trim())];
      if (text === undefined) throw unreadable();
      return text;
    }
    case "inlineStr":
      return richText(content);
    case "b":
      return raw === undefined ? "" : raw.trim() === "1" ? "ja" : "nee";
    case "d":
      return raw === undefined ? "" : decodeXml(raw).slice(0, 10);
    case "str":
    case "e":
      return raw === undefined ? "" : decodeXml(raw);
    default: {
      if (raw === undefined || raw.trim() === "") return "";
      const number = Number(raw);
      return Number.isFinite(number) ? number : decodeXml(raw);
    }
  }
}

async function parseSheet(xml: string, shared: string[], maxCells: number): Promise<Table> {
  const builder = new TableBuilder(maxCells);
  const tags = /<((?:[\w.-]+:)?)(row|c)(?=[\s/>])([^<>]*)>/g;
  let row = -1;
  let column = -1;
  let cells = 0;
  let match: RegExpExecArray | null;
  while ((match = tags.exec(xml))) {
    const [, prefix, name, attrs] = match;
    const empty = attrs.endsWith("/");
    if (name === "row") {
      const number = Number(attribute(attrs, ATTR.r));
      row = Number.isInteger(number) && number >= 1 ? number - 1 : row + 1;
      column = -1;
      continue;
    }
    if (++cells > maxCells) throw new SpreadsheetError(spreadsheetMessages.tooManyCells(maxCells));
    if (cells % ELEMENTS_PER_TURN === 0) await nextTurn();
    const reference = attribute(attrs, ATTR.r);
    const at = reference ? parseReference(reference) : null;
    if (reference && !at) throw unreadable();
    column = at ? at.column : column + 1;
    if (at?.row !== null && at?.row !== undefined) row = at.row;
    let content = "";
    if (!empty) {
      const end = xml.indexOf(`</${prefix}c>`, tags.lastIndex);
      if (end < 0) throw unreadable();
      content = xml.slice(tags.lastIndex, end);
      tags.lastIndex = end + prefix.length + 4;
    }
    builder.set(Math.max(row, 0), column, cellValue(attribute(attrs, ATTR.t), content, shared));
  }
  return builder.table();
}

function fromZipError(error: ZipError, limits: SpreadsheetLimits): never {
  if (error.problem === "too_large")
    throw new SpreadsheetError(spreadsheetMessages.inflatedTooLarge(limits.maxInflatedBytes), error.inflatedBytes);
  if (error.problem === "too_many_entries") throw new SpreadsheetError(spreadsheetMessages.tooManyParts(limits.maxZipEntries));
  throw unreadable(error.inflatedBytes);
}

/** The sheet called sheetName, otherwise the first sheet of the workbook. */
export async function readXlsx(bytes: Uint8Array, limits: SpreadsheetLimits, sheetName?: string): Promise<Table> {
  try {
    const entries = readZipDirectory(bytes, limits.maxZipEntries);
    const budget = new InflateBudget(limits.maxInflatedBytes);
    const text = async (entry: ZipEntry | undefined) => (entry ? readZipText(bytes, entry, budget) : null);

    const rootRels = await text(entries.get("_rels/.rels"));
    const workbookPath =
      (rootRels ? parseRelationships(rootRels, "").find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target : null) ?? "xl/workbook.xml";
    const workbook = await text(entries.get(workbookPath));
    const workbookRels = await text(entries.get(relsPathOf(workbookPath)));
    if (workbook === null || workbookRels === null) throw unreadable(budget.used);
    const relationships = parseRelationships(workbookRels, workbookPath);

    const sheets: Array<{ name: string; relId: string }> = [];
    for (const match of workbook.matchAll(/<(?:[\w.-]+:)?sheet(?=[\s/>])([^<>]*)>/g)) {
      sheets.push({ name: attribute(match[1], ATTR.name) ?? "", relId: attribute(match[1], ATTR.relId) ?? "" });
    }
    const sheet = sheets.find((s) => sheetName !== undefined && s.name === sheetName) ?? sheets[0];
    if (!sheet) throw new SpreadsheetError("Het Excel-bestand heeft geen werkblad.");
    const sheetPart = relationships.find((r) => r.id === sheet.relId && REL_WORKSHEET.test(r.type))?.target;
    const sheetEntry = sheetPart ? entries.get(sheetPart) : undefined;
    if (!sheetEntry) throw unreadable(budget.used);

    const sharedPart = relationships.find((r) => REL_SHARED_STRINGS.test(r.type))?.target;
    const sharedXml = sharedPart ? await text(entries.get(sharedPart)) : null;
    const shared = sharedXml === null ? [] : await parseSharedStrings(sharedXml, limits.maxCells);
    const sheetXml = (await text(sheetEntry))!;
    return await parseSheet(sheetXml, shared, limits.maxCells);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    if (error instanceof ZipError) fromZipError(error, limits);
    // Whatever else a malformed file trips over, the person gets the same advice.
    throw unreadable();
  }
}
