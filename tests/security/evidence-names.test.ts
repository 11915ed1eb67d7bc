// Evidence file names: any name a person gives uploads and downloads (the full name in
// filename*, an ASCII stand-in in filename), the stored name ends in an extension of the checked
// content (never .html, .svg or .bat), and control characters, path separators, text-reversing
// characters and very long names do not survive. Served as the checked type, never sniffed,
// never rendered from our origin.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { evidenceFiles, reports } from "@/db/schema";
import { uploadEvidence } from "@/lib/reports/actions";
import { evidenceHeaders } from "@/lib/reports/evidence";
import { evidenceRoute } from "@/lib/reports/routes";
import { openTestDatabase } from "../fixtures/db";
import { createBuyer, createSupplier, expectOk, insertContract } from "../fixtures/factories";
import { PDF_BYTES, evidenceForm, insertActiveKpi } from "../fixtures/reports";

const { db } = await openTestDatabase();

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
const PDF_WITH_HTML = new TextEncoder().encode("%PDF-1.7\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n");

async function setup() {
  const [buyer, supplier] = [await createBuyer(db), await createSupplier(db)];
  const contract = await insertContract(db, {
    tenantId: buyer.org.id,
    managerId: buyer.as.contract_manager.userId,
    supplierOrgId: supplier.org.id,
  });
  const kpi = await insertActiveKpi(db, contract);
  /** Uploads the bytes under the name and returns the stored row. */
  const upload = async (name: string, bytes: Uint8Array = PDF_BYTES) => {
    const { id } = expectOk(await uploadEvidence.run(supplier.as.reporter, evidenceForm(contract.id, "2026-Q1", kpi.id, bytes, name)));
    const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
    return row;
  };
  return { buyer, supplier, contract, kpi, upload };
}

/** The name a browser saves from a Content-Disposition: filename* when present, as RFC 6266 says. */
function savedName(disposition: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) return decodeURIComponent(extended[1]);
  return /filename="([^"]*)"/.exec(disposition)![1];
}

describe("evidence names outside Latin-1", () => {
  it("upload and download with the full name in filename* and an ASCII stand-in", async () => {
    const s = await setup();
    for (const [name, bytes, ascii] of [
      ["Rapportage Q3 – 2026.pdf", PDF_BYTES, "Rapportage Q3 _ 2026.pdf"],
      ["Bewijs €.pdf", PDF_BYTES, "Bewijs _.pdf"],
      ["Foto 📷 café.png", PNG_BYTES, "Foto _ cafe.png"],
    ] as const) {
      const row = await s.upload(name, bytes);
      expect(row.fileName).toBe(name);
      const download = await evidenceRoute.run(s.buyer.as.viewer, { id: row.id });
      expect(download.status).toBe(200);
      const file = (download.body as { data: { filename: string; contentType: string; bytes: Uint8Array } }).data;
      const headers = evidenceHeaders(file);
      // A header a browser gets: Node refuses anything but bytes, which is what answered 500.
      const response = new Response(file.bytes as BlobPart, { headers });
      const disposition = response.headers.get("content-disposition")!;
      expect(disposition).toMatch(/^attachment; /);
      expect(disposition).toContain(`filename="${ascii}"`);
      expect(savedName(disposition)).toBe(name);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toMatch(/^sandbox/);
    }
  });
});

describe("the stored name follows the content", () => {
  it("replaces an extension that does not fit the checked type", async () => {
    const s = await setup();
    expect((await s.upload("bewijs.pdf.bat")).fileName).toBe("bewijs.pdf");
    expect((await s.upload("bewijs.pdf.html", PDF_WITH_HTML)).fileName).toBe("bewijs.pdf");
    expect((await s.upload("grafiek.svg", PNG_BYTES)).fileName).toBe("grafiek.png");
    expect((await s.upload("rapport.docx")).fileName).toBe("rapport.pdf");
    expect((await s.upload("scan")).fileName).toBe("scan.pdf");
    expect((await s.upload("versie 1.2")).fileName).toBe("versie 1.2.pdf");
    expect((await s.upload("FOTO.JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))).fileName).toBe("FOTO.JPEG");
  });

  it("drops control characters, path separators and text-reversing characters, and shortens long names", async () => {
    const s = await setup();
    expect((await s.upload("../../etc/passwd.pdf")).fileName).toBe("_.._etc_passwd.pdf");
    expect((await s.upload("C:\\Users\\eva\\bewijs.pdf")).fileName).toBe("C__Users_eva_bewijs.pdf");
    expect((await s.upload("be\u0000wijs\r\n\u0007.pdf")).fileName).toBe("be_wijs___.pdf");
    // "bewijs‮fdp.exe" shows as "bewijsexe.pdf" on screen; it is a PDF named .exe.
    expect((await s.upload("bewijs\u202efdp.exe")).fileName).toBe("bewijs_fdp.pdf");
    const long = await s.upload(`${"Rapportage kwartaal ".repeat(100)}.pdf`);
    expect(Array.from(long.fileName).length).toBeLessThanOrEqual(150);
    expect(long.fileName).toMatch(/^Rapportage kwartaal .*\.pdf$/);
    const emoji = await s.upload(`${"📷".repeat(200)}.pdf`);
    expect(emoji.fileName).toBe(`${"📷".repeat(146)}.pdf`);
    expect((await s.upload("...")).fileName).toBe("bewijs.pdf");
  });

  it("serves names stored before this rule by the same rule, as the checked type", async () => {
    const s = await setup();
    const [report] = await db
      .insert(reports)
      .values({ tenantId: s.contract.tenantId, contractId: s.contract.id, quarter: "2026-Q1", dueDate: "2026-04-30" })
      .returning();
    const stored = async (fileName: string, contentType: string) => {
      const [row] = await db
        .insert(evidenceFiles)
        .values({
          tenantId: report.tenantId,
          reportId: report.id,
          kpiId: s.kpi.id,
          fileName,
          contentType,
          sizeBytes: PDF_WITH_HTML.length,
          sha256: "0".repeat(64),
          data: Buffer.from(PDF_WITH_HTML),
        })
        .returning();
      const download = await evidenceRoute.run(s.supplier.as.viewer, { id: row.id });
      return (download.body as { data: { filename: string; contentType: string } }).data;
    };
    expect(await stored("bewijs.pdf.html", "application/pdf")).toMatchObject({ filename: "bewijs.pdf", contentType: "application/pdf" });
    expect(await stored("logo.svg", "image/png")).toMatchObject({ filename: "logo.png", contentType: "image/png" });
    expect(await stored("notities.txt", "text/plain")).toMatchObject({
      filename: "notities.txt",
      contentType: "text/plain; charset=utf-8",
    });
    // A type that is not one the upload check gives is served as bytes, never as markup.
    expect(await stored("pagina.html", "text/html")).toMatchObject({ filename: "pagina.bin", contentType: "application/octet-stream" });
  });
});
