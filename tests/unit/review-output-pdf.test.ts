// The review PDF: a valid PDF with a page tree, several pages with a long record, and Dutch text
// (ë, é, €, –) plus characters outside WinAnsi that must be mapped instead of throwing.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { ReviewRecord } from "@/lib/reviews/export";
import { reviewPdf } from "@/lib/reviews/pdf";
import { toWinAnsi, wrapText } from "@/lib/reviews/pdf-text";

const at = new Date("2027-07-21T08:00:00Z");

function record(scoreCount: number): ReviewRecord {
  const score = (i: number) => ({
    tenantId: "t",
    supplierOrgId: "s",
    id: `s${i}`,
    reviewId: "r",
    kpiId: `k${i}`,
    reportedValue: "36.5000",
    reportedQuantity: null,
    reportedScore: null,
    target: "40.0000",
    computedStatus: "off_track",
    agreedScore: "at_risk" as const,
    agreedReason: "Beëindigd contract – inhaalslag van € 1.250 zichtbaar\u202Fnu 😀 → later",
    contested: false,
    malusRawCents: 250_000,
    waiverKind: i === 0 ? ("reduction" as const) : null,
    waiverCents: i === 0 ? 50_000 : null,
    waiverReason: i === 0 ? "Storing koelcel, café geïnformeerd" : null,
    waiverByUserId: null,
    waiverApprovedByUserId: null,
    waiverApprovedAt: i === 0 ? at : null,
    malusAppliedCents: 200_000,
    kpiName: `CO2-uitstoot per maaltijd ${i} (beëindigd)`,
    kpiKind: "quantitative" as const,
    obligation: "resultaat" as const,
    unit: "kg CO2e",
    waivedCents: i === 0 ? 50_000 : 0,
    appliedCents: 200_000,
  });
  return {
    contract: {
      title: "Catering stadhuis en wijkcentra 2025–2029",
      reference: "VBS-2024-017",
      buyerName: "Gemeente Voorbeeldstad",
      supplierName: "Groen Cateraars B.V.",
    } as ReviewRecord["contract"],
    quarter: { year: 2027, quarter: 2 },
    key: "2027-Q2",
    review: {
      status: "final",
      meetingAt: at,
      location: "Stadskantoor – zaal 3.12",
      summary: "Goed kwartaal; één KPI beëindigd.",
      buyerSignerName: "Fatima El Amrani",
      buyerSignedAt: at,
      supplierSignerName: "Mehmet Yılmaz",
      supplierSignedAt: null,
      malusAppliedCents: 200_000,
    } as ReviewRecord["review"],
    participants: [
      { side: "buyer", name: "Fatima El Amrani" },
      { side: "supplier", name: "Mehmet Yılmaz" },
    ] as unknown as ReviewRecord["participants"],
    scores: Array.from({ length: scoreCount }, (_, i) => score(i)),
    decisions: [
      { id: "d", kind: "retire_kpi", kpiName: "Wegwerpverpakkingen", reason: "Niet meer relevant", payload: { retiredFrom: "2027-Q3" } },
    ] as unknown as ReviewRecord["decisions"],
    actionItems: [
      { id: "a", title: "Bewijs aanleveren", ownerSide: "supplier", ownerName: "Eva de Boer", dueDate: "2027-09-30", status: "open" },
    ] as unknown as ReviewRecord["actionItems"],
    lessons: [
      { id: "l", body: "Spreek vóór de start de meetbron af.", authorName: "Fatima El Amrani", createdAt: at },
    ] as unknown as ReviewRecord["lessons"],
    amendments: [
      {
        id: "m",
        kpiName: "CO2-uitstoot",
        field: "Gerapporteerde waarde",
        previousValue: "36,5",
        correctedValue: "37,5",
        reason: "Typefout",
        authorName: "Joris Bakker",
        createdAt: at,
      },
    ] as unknown as ReviewRecord["amendments"],
    malus: { rawCents: 250_000 * scoreCount, waivedCents: 50_000, appliedCents: 200_000 },
  };
}

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

describe("review PDF", () => {
  it("starts with %PDF and has the page count in its page tree", async () => {
    const bytes = await reviewPdf(record(3));
    expect(latin1(bytes.slice(0, 5))).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeLessThanOrEqual(2);
    expect(latin1(bytes)).toMatch(new RegExp(`/Type /Pages[\\s\\S]*?/Count ${doc.getPageCount()}\\b`));
    expect(doc.getTitle()).toContain("Kwartaalreview 2e kwartaal 2027");
  });

  it("continues on more pages when the record is long", async () => {
    const bytes = await reviewPdf(record(60));
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThan(2);
    expect(latin1(bytes)).toMatch(new RegExp(`/Count ${pages}\\b`));
  });
});

describe("WinAnsi text", () => {
  it("keeps Dutch characters and maps the rest, so Helvetica never throws", async () => {
    expect(toWinAnsi("beëindigd – € 1.250 café")).toBe("beëindigd – € 1.250 café");
    expect(toWinAnsi("€\u202F1.250 \u2212 5 → 😀 Yılmaz")).toBe("€ 1.250 - 5 -> ? Y?lmaz");
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage();
    for (const line of wrapText("De KPI is beëindigd; malus € 2.500 – kwijtgescholden 😀", font, 10, 120)) {
      expect(() => page.drawText(line, { font, size: 10 })).not.toThrow();
      expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(120);
    }
  });

  it("cuts a word longer than the line", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = wrapText("https://voorbeeldstad.example/een/heel/lange/verwijzing/naar/het/bewijs.pdf", font, 10, 80);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => font.widthOfTextAtSize(l, 10) <= 80)).toBe(true);
  });
});
