// The review PDF as the signed archive record: tagged for PDF/UA (marked, a structure tree with a
// heading and a table per section), in Dutch, with its title and a bookmark per section, every
// character as typed, and a quarter of 15 KPIs on at most four A4 pages. Read back with pdf.js,
// the way a screen reader or an archive checker reads it, not by searching the bytes.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { ReviewRecord } from "@/lib/reviews/export";
import { reviewPdf } from "@/lib/reviews/pdf";

const TYPED = "Łukasz Kıvanç Ağaoğlu (Łódź): CO₂ ≥ 5 %";
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
      summary: TYPED,
      buyerSignerName: "Fatima El Amrani",
      buyerSignedAt: at,
      supplierSignerName: "Mehmet Yılmaz",
      supplierSignedAt: null,
      malusAppliedCents: 200_000,
    } as ReviewRecord["review"],
    participants: [
      { side: "buyer", name: "Fatima El Amrani" },
      { side: "supplier", name: "Mehmet Yılmaz" },
      { side: "supplier", name: "Łukasz Kıvanç Ağaoğlu" },
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

type StructNode = { role?: string; type?: string; id?: string; children?: StructNode[] };
type Section = { heading: string; roles: Set<string> };

function roles(node: StructNode, into = new Set<string>()): Set<string> {
  if (node.role) into.add(node.role);
  for (const child of node.children ?? []) roles(child, into);
  return into;
}

function contentIds(node: StructNode): string[] {
  return node.type === "content" && node.id ? [node.id] : (node.children ?? []).flatMap(contentIds);
}

/** What a reader of the file gets: the catalog's facts, the bookmarks, the tagged sections and the text. */
async function readBack(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const { info: infoObject, metadata } = await pdf.getMetadata();
  const info = infoObject as Record<string, unknown>;
  const sections: Section[] = [];
  const pages: { text: string; size: number[] }[] = [];
  let h1 = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    // The text of each piece of marked content, so a structure element can be read as text.
    const textOf = new Map<string, string>();
    let current: string | null = null;
    let text = "";
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ("type" in item) current = item.type === "beginMarkedContentProps" ? item.id : null;
      else {
        text += item.str + (item.hasEOL ? "\n" : "");
        if (current) textOf.set(current, (textOf.get(current) ?? "") + item.str);
      }
    }
    pages.push({ text, size: page.view });
    const tree = (await page.getStructTree()) as StructNode | null;
    const documentNode = tree?.children?.find((c) => c.role === "Document");
    for (const node of documentNode?.children ?? []) {
      const read = (n: StructNode) =>
        contentIds(n)
          .map((id) => textOf.get(id) ?? "")
          .join("");
      if (node.role === "H1") h1 = read(node);
      if (node.role !== "Sect") continue;
      const heading = node.children?.find((c) => c.role === "H2");
      // A section that goes on from the previous page has no heading on this one.
      if (heading) sections.push({ heading: read(heading), roles: roles(node) });
      else roles(node, sections.at(-1)?.roles);
    }
  }
  return {
    pageCount: pdf.numPages,
    pages,
    info,
    xmpTitle: metadata?.get("dc:title"),
    markInfo: await pdf.getMarkInfo(),
    hasStructTree: (await (await pdf.getPage(1)).getStructTree()) !== null,
    outline: ((await pdf.getOutline()) ?? []).map((item) => item.title),
    h1,
    sections,
    text: pages.map((p) => p.text).join("\n"),
  };
}

const SECTIONS = [
  "Contract en overleg",
  "Deelnemers",
  "Samenvatting",
  "Scores per KPI",
  "Malus",
  "Besluiten",
  "Actiepunten",
  "Geleerde lessen",
  "Ondertekening",
  "Correcties na ondertekening",
];
const A4 = [0, 0, 595.28, 841.89];

describe("review PDF", () => {
  it("is a tagged PDF in Dutch with its title and a bookmark per section", async () => {
    const pdf = await readBack(await reviewPdf(record(3)));
    expect(pdf.markInfo).toMatchObject({ Marked: true });
    expect(pdf.hasStructTree).toBe(true);
    expect(pdf.info.Language).toBe("nl-NL");
    expect(pdf.info.Title).toBe("Kwartaalreview 2e kwartaal 2027 – Catering stadhuis en wijkcentra 2025–2029");
    expect(pdf.xmpTitle).toBe(pdf.info.Title);
    expect(pdf.outline).toEqual(SECTIONS);
    expect(pdf.h1).toBe("Kwartaalreview 2e kwartaal 2027");
  });

  it("gives every section a heading and its content a table", async () => {
    const pdf = await readBack(await reviewPdf(record(3)));
    expect(pdf.sections.map((s) => s.heading)).toEqual(SECTIONS);
    for (const section of pdf.sections) {
      if (section.heading === "Samenvatting") expect([...section.roles]).toEqual(["Sect", "H2", "P"]);
      else
        expect([...section.roles].filter((r) => ["H2", "Table", "TR", "TH", "TD"].includes(r)).sort(), section.heading).toEqual([
          "H2",
          "TD",
          "TH",
          "TR",
          "Table",
        ]);
    }
  });

  it("keeps every character as typed", async () => {
    const pdf = await readBack(await reviewPdf(record(3)));
    expect(pdf.text).toContain(`\n${TYPED}\n`);
    expect(pdf.text).toContain(`Mehmet Yılmaz, ${TYPED.split(" (")[0]}`);
    // A table cell wraps over lines; the words stay as typed.
    expect(pdf.text.replace(/\s+/g, " ")).toContain("Beëindigd contract – inhaalslag van € 1.250");
  });

  it("keeps a title with & and < intact in the XMP metadata as well", async () => {
    const r = record(1);
    r.contract = { ...r.contract, title: "Gebouw & installaties <noord>" };
    const pdf = await readBack(await reviewPdf(r));
    expect(pdf.info.Title).toBe("Kwartaalreview 2e kwartaal 2027 – Gebouw & installaties <noord>");
    expect(pdf.xmpTitle).toBe(pdf.info.Title);
  });

  it("fits a quarter of 15 KPIs on at most four A4 pages", async () => {
    const bytes = await reviewPdf(record(15));
    const pdf = await readBack(bytes);
    expect(pdf.pageCount).toBeLessThanOrEqual(4);
    expect(pdf.pages.every((p) => p.size.every((v, i) => Math.abs(v - A4[i]) < 0.01))).toBe(true);
    expect(pdf.pages[0].text).toContain(`Pagina 1 van ${pdf.pageCount}`);
  });

  it("goes on over more pages when the record is long, with the table's column headers on each", async () => {
    const pdf = await readBack(await reviewPdf(record(60)));
    expect(pdf.pageCount).toBeGreaterThan(4);
    expect(pdf.pages[1].text).toMatch(/KPI\s*Gerapporteerd\s*Doel\s*Berekend\s*Afgesproken score/);
    expect(pdf.pages.at(-1)?.text).toContain(`Pagina ${pdf.pageCount} van ${pdf.pageCount}`);
    expect(pdf.sections.map((s) => s.heading)).toEqual(SECTIONS);
  });

  it("says in Dutch what a review without decisions, actions or lessons left out", async () => {
    const r = record(0);
    r.decisions = [];
    r.actionItems = [];
    r.lessons = [];
    r.amendments = [];
    r.review = { ...r.review, summary: null };
    const pdf = await readBack(await reviewPdf(r));
    expect(pdf.outline).toEqual(SECTIONS.filter((s) => s !== "Samenvatting" && s !== "Correcties na ondertekening"));
    for (const text of [
      "Er zijn geen KPI's gescoord.",
      "Geen wijzigingen in KPI's of groeipaden.",
      "Geen actiepunten.",
      "Geen lessen vastgelegd.",
    ]) {
      expect(pdf.text).toContain(text);
    }
    expect(pdf.text).not.toMatch(/lessons learned/i);
  });
});
