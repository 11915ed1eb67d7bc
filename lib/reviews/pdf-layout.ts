// The page layout of the review PDF on pdfkit, tagged for PDF/UA-1: the title and every heading,
// paragraph and table of a section is a structure element in reading order (Document > Sect >
// H1/H2, P, Table > TR > TH/TD), each section is a bookmark, and what only decorates or repeats
// (running header and footer, rules, a table's header row repeated on a new page) is an artifact
// that screen readers skip. The text is set in IBM Plex Sans (assets/fonts, SIL Open Font
// License), which has every character people type here, Ł, ı, ğ, ₂, ≥ and € among them, so the
// archived record says exactly what was typed.
import path from "node:path";
import PDFDocument from "pdfkit";

// Read from the repository at run time, as `npm start` and the tests both run from its root.
const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
const FONT = { regular: path.join(FONT_DIR, "IBMPlexSans-Regular.ttf"), bold: path.join(FONT_DIR, "IBMPlexSans-Bold.ttf") };
// @types/pdfkit 0.17 predates the PDF/UA subset and the Scope of a table header cell.
const PDF_UA = "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets;
type HeaderScope = { scope: "Column" | "Row" };

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const INK = "#1a1f29";
const MUTED = "#59616e";
const RULE = "#bfc4cc";
const CELL_SIZE = 8.5;
const CELL_PADDING = 3;

export type Column = { header: string; width: number; align?: "left" | "right" };
type TextStyle = { size: number; bold?: boolean; muted?: boolean; indent?: number };

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export class ReviewPdfLayout {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  private current: PDFKit.PDFStructureElement;
  private readonly bytes: Promise<Uint8Array>;

  constructor(title: string, createdAt: Date) {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: 70, bottom: 60, left: MARGIN, right: MARGIN },
      pdfVersion: "1.7",
      tagged: true,
      subset: PDF_UA,
      lang: "nl-NL",
      displayTitle: true,
      bufferPages: true,
      font: FONT.regular,
      info: { Title: title, Creator: "Groeipad", Producer: "Groeipad", CreationDate: createdAt },
    });
    this.doc = doc;
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    this.bytes = new Promise((resolve, reject) => {
      doc.on("end", () => resolve(Buffer.concat(chunks)));
      doc.on("error", reject);
    });
    // pdfkit copies the title into the XMP metadata unescaped, so "Gebouw & installaties" would
    // make it invalid XML; the Info dictionary is written before this and keeps the title as typed.
    const endMetadata = doc.endMetadata.bind(doc);
    doc.endMetadata = () => {
      doc.info.Title = escapeXml(title);
      endMetadata();
    };
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
    this.current = this.root;
  }

  title(text: string, subtitle: string) {
    this.block("H1", text, { size: 18, bold: true });
    this.doc.y += 2;
    this.block("P", subtitle, { size: 11, muted: true });
    this.doc.y += 4;
  }

  /** A new section: its heading, a bookmark to it, and everything after it until the next one. */
  section(heading: string) {
    const doc = this.doc;
    this.endSection();
    if (doc.y + 60 > doc.page.maxY()) doc.addPage();
    doc.y += 10;
    this.current = doc.struct("Sect", { title: heading });
    this.root.add(this.current);
    doc.outline.addItem(heading);
    this.block("H2", heading, { size: 13, bold: true });
    this.rule(doc.y + 1, 0.5);
    doc.y += 6;
  }

  paragraph(text: string, style: Omit<TextStyle, "size"> = {}) {
    this.block("P", text, { size: 10, ...style });
    this.doc.y += 3;
  }

  /**
   * A table with a header row (repeated, as an artifact, when the table goes on on a new page)
   * unless `columnHeaders` is false; with `rowHeaders` the first cell of each row heads its row.
   */
  table(columns: Column[], rows: string[][], options: { rowHeaders?: boolean; columnHeaders?: boolean } = {}) {
    const doc = this.doc;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * WIDTH);
    const headers = options.columnHeaders === false ? null : columns.map((c) => c.header);
    const table = doc.struct("Table");
    this.current.add(table);
    const firstHeight = (headers ? this.rowHeight(headers, widths, () => true) : 0) + this.rowHeight(rows[0] ?? [], widths, () => false);
    if (doc.y + firstHeight > doc.page.maxY()) doc.addPage();
    if (headers) this.row(table, headers, widths, columns, () => "Column");
    for (const cells of rows) {
      const rowHeader = (i: number) => (options.rowHeaders && i === 0 ? "Row" : null);
      if (doc.y + this.rowHeight(cells, widths, (i) => rowHeader(i) !== null) > doc.page.maxY()) {
        doc.addPage();
        if (headers) this.row(null, headers, widths, columns, () => "Column");
      }
      this.row(table, cells, widths, columns, rowHeader);
    }
    table.end();
    doc.x = MARGIN;
    doc.y += 8;
  }

  /** The running header and footer on every page, then the bytes of the finished document. */
  async finish(header: string, footer: string): Promise<Uint8Array> {
    const doc = this.doc;
    this.endSection();
    this.root.end();
    const { start, count } = doc.bufferedPageRange();
    for (let i = 0; i < count; i++) {
      doc.switchToPage(start + i);
      // Text below the bottom margin would otherwise start a new page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const pageNumber = `Pagina ${i + 1} van ${count}`;
      const footerY = doc.page.height - 40;
      this.artifact(() => {
        doc.font(FONT.regular).fontSize(8.5).fillColor(MUTED);
        doc.text(header, MARGIN, 32, { width: WIDTH, height: 10, ellipsis: true });
        doc.fontSize(8);
        doc.text(footer, MARGIN, footerY, { lineBreak: false });
        doc.text(pageNumber, MARGIN + WIDTH - doc.widthOfString(pageNumber), footerY, { lineBreak: false });
      }, "Pagination");
      this.rule(46, 0.5);
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.bytes;
  }

  private endSection() {
    if (this.current !== this.root) this.current.end();
  }

  private block(type: string, text: string, style: TextStyle) {
    const doc = this.doc;
    const indent = style.indent ?? 0;
    this.current.add(
      doc.struct(type, {}, () => {
        doc
          .font(style.bold ? FONT.bold : FONT.regular)
          .fontSize(style.size)
          .fillColor(style.muted ? MUTED : INK);
        doc.text(text, MARGIN + indent, doc.y, { width: WIDTH - indent });
      }),
    );
  }

  private rowHeight(cells: string[], widths: number[], isHeader: (i: number) => boolean): number {
    const doc = this.doc;
    const heights = cells.map((text, i) =>
      doc
        .font(isHeader(i) ? FONT.bold : FONT.regular)
        .fontSize(CELL_SIZE)
        .heightOfString(text, { width: widths[i] - 2 * CELL_PADDING }),
    );
    return Math.max(0, ...heights) + 2 * CELL_PADDING;
  }

  /** One row: tagged under `table`, or as an artifact when it is a repeated header row (`table` null). */
  private row(
    table: PDFKit.PDFStructureElement | null,
    cells: string[],
    widths: number[],
    columns: Column[],
    scopeOf: (i: number) => HeaderScope["scope"] | null,
  ) {
    const doc = this.doc;
    const isColumnHeader = scopeOf(0) === "Column";
    const top = doc.y;
    const height = this.rowHeight(cells, widths, (i) => scopeOf(i) !== null);
    const tr = table ? doc.struct("TR") : null;
    if (table && tr) table.add(tr);
    let left = MARGIN;
    cells.forEach((text, i) => {
      const x = left;
      const scope = scopeOf(i);
      const draw = () => {
        doc
          .font(scope ? FONT.bold : FONT.regular)
          .fontSize(CELL_SIZE)
          .fillColor(isColumnHeader ? MUTED : INK);
        doc.text(text, x + CELL_PADDING, top + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING, align: columns[i].align ?? "left" });
      };
      if (!tr) this.artifact(draw, "Pagination");
      else {
        const cell = scope ? doc.struct("TH", { scope } as PDFKit.Mixins.StructureElementOptions & HeaderScope) : doc.struct("TD");
        tr.add(cell);
        cell.add(draw);
        cell.end();
      }
      left += widths[i];
    });
    tr?.end();
    doc.y = top + height;
    this.rule(doc.y, isColumnHeader ? 0.8 : 0.3);
  }

  private artifact(draw: () => void, type: "Pagination" | "Layout" = "Layout") {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  private rule(y: number, thickness: number) {
    this.artifact(() => {
      this.doc
        .save()
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + WIDTH, y)
        .lineWidth(thickness)
        .strokeColor(RULE)
        .stroke()
        .restore();
    });
  }
}
