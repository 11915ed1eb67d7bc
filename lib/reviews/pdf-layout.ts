// A small flowing layout on A4 for pdf-lib: headings, paragraphs and tables that continue on a
// new page when the page is full, and a header and footer with "pagina x van n" added once the
// page count is known.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { toWinAnsi, wrapText } from "./pdf-text";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const TOP = A4[1] - 70;
const BOTTOM = 60;
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.12, 0.16);
const MUTED = rgb(0.35, 0.38, 0.43);
const RULE = rgb(0.75, 0.77, 0.8);

export type Column = { header: string; width: number; align?: "left" | "right" };

export class PdfWriter {
  private page!: PDFPage;
  private y = TOP;
  private constructor(
    readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {}

  static async create(title: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.setTitle(toWinAnsi(title));
    doc.setLanguage("nl-NL");
    doc.setProducer("Groeipad");
    doc.setCreator("Groeipad");
    const writer = new PdfWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
    writer.newPage();
    return writer;
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = TOP;
  }

  /** Room for `height` points, or a new page. */
  private ensure(height: number) {
    if (this.y - height < BOTTOM) this.newPage();
  }

  title(text: string, subtitle?: string) {
    for (const line of wrapText(text, this.bold, 18, WIDTH)) this.line(line, { size: 18, font: this.bold, gap: 24 });
    if (subtitle) for (const line of wrapText(subtitle, this.font, 11, WIDTH)) this.line(line, { size: 11, color: MUTED });
    this.y -= 6;
  }

  heading(text: string) {
    this.ensure(50);
    this.y -= 10;
    this.line(text, { size: 13, font: this.bold, gap: 18 });
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 12 }, end: { x: MARGIN + WIDTH, y: this.y + 12 }, thickness: 0.5, color: RULE });
    this.y -= 2;
  }

  paragraph(text: string, options: { muted?: boolean; bold?: boolean; indent?: number } = {}) {
    const indent = options.indent ?? 0;
    const font = options.bold ? this.bold : this.font;
    for (const line of wrapText(text, font, 10, WIDTH - indent)) {
      this.line(line, { size: 10, font, indent, color: options.muted ? MUTED : INK });
    }
    this.y -= 3;
  }

  /** Label–value pairs, the label in a fixed column. */
  facts(pairs: [string, string][]) {
    const labelWidth = 140;
    for (const [label, value] of pairs) {
      const lines = wrapText(value, this.font, 10, WIDTH - labelWidth);
      this.ensure(lines.length * 13);
      this.page.drawText(toWinAnsi(label), { x: MARGIN, y: this.y, size: 10, font: this.bold, color: MUTED });
      for (const line of lines) this.line(line, { size: 10, indent: labelWidth });
    }
    this.y -= 3;
  }

  table(columns: Column[], rows: string[][]) {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * WIDTH);
    const header = () =>
      this.row(
        columns.map((c) => c.header),
        widths,
        columns,
        true,
      );
    this.ensure(40);
    header();
    for (const cells of rows) {
      const height = this.rowHeight(cells, widths);
      if (this.y - height < BOTTOM) {
        this.newPage();
        header();
      }
      this.row(cells, widths, columns, false);
    }
    this.y -= 6;
  }

  private rowHeight(cells: string[], widths: number[]): number {
    return Math.max(...cells.map((cell, i) => wrapText(cell, this.font, 8.5, widths[i] - 6).length)) * 11 + 5;
  }

  private row(cells: string[], widths: number[], columns: Column[], isHeader: boolean) {
    const font = isHeader ? this.bold : this.font;
    const wrapped = cells.map((cell, i) => wrapText(cell, font, 8.5, widths[i] - 6));
    const height = Math.max(...wrapped.map((l) => l.length)) * 11 + 5;
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => {
        const lineWidth = font.widthOfTextAtSize(line, 8.5);
        const left = columns[i].align === "right" ? x + widths[i] - 3 - lineWidth : x + 3;
        this.page.drawText(line, { x: left, y: this.y - n * 11, size: 8.5, font, color: isHeader ? MUTED : INK });
      });
      x += widths[i];
    });
    this.y -= height;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y + 8 },
      end: { x: MARGIN + WIDTH, y: this.y + 8 },
      thickness: isHeader ? 0.8 : 0.3,
      color: RULE,
    });
  }

  private line(text: string, o: { size: number; font?: PDFFont; indent?: number; color?: ReturnType<typeof rgb>; gap?: number }) {
    const gap = o.gap ?? o.size + 3;
    this.ensure(gap);
    this.page.drawText(text, { x: MARGIN + (o.indent ?? 0), y: this.y, size: o.size, font: o.font ?? this.font, color: o.color ?? INK });
    this.y -= gap;
  }

  /** Header and footer on every page, then the bytes. */
  async finish(headerText: string, footerText: string): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const header = toWinAnsi(headerText);
      page.drawText(header, { x: MARGIN, y: A4[1] - 40, size: 8.5, font: this.font, color: MUTED });
      page.drawLine({ start: { x: MARGIN, y: A4[1] - 46 }, end: { x: MARGIN + WIDTH, y: A4[1] - 46 }, thickness: 0.5, color: RULE });
      const number = `Pagina ${i + 1} van ${pages.length}`;
      page.drawText(toWinAnsi(footerText), { x: MARGIN, y: 32, size: 8, font: this.font, color: MUTED });
      page.drawText(number, { x: MARGIN + WIDTH - this.font.widthOfTextAtSize(number, 8), y: 32, size: 8, font: this.font, color: MUTED });
    });
    // Without object streams the page tree stays readable, which simple PDF checkers (and tests) rely on.
    return this.doc.save({ useObjectStreams: false });
  }
}
