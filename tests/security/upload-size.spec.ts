// Uploads over the limit in the browser, against the production build: the browser refuses a
// file over the field's limit without sending anything; a request that gets past that check
// (here: File.size made to lie) and is refused by the server's body limit ends in the same
// message at the field, with the page and the typed explanation intact. Evidence names outside
// Latin-1 download with filename*, and a PDF named .html downloads as .pdf. Works on "Catering
// provinciehuis" 2026 K4 of Groen Cateraars (Eva), which no other browser test touches, and on
// Fatima's KPI import, where nothing is imported.
import type { Page } from "@playwright/test";
import { expect, test } from "../e2e/fixtures";

const MB = 1024 * 1024;
const EVIDENCE_TOO_LARGE = "Het bestand is te groot: maximaal 10 MB per bestand. Kies een kleiner bestand.";
const SPREADSHEET_TOO_LARGE = "Het bestand is groter dan 1 MB. Splits het in kleinere bestanden.";
const EXPLANATION = "Gemeten met de nieuwe weegschaal; dit mag niet verloren gaan.";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
const bigPdf = (bytes: number) => Buffer.concat([PDF, Buffer.alloc(bytes - PDF.length, 0x20)]);

test.use({ user: "eva" });
// A 12 MB upload to a busy machine can take a while; the default minute is too tight for that.
// The tests share nothing but the draft they leave unsaved, and each worker has its own server:
// spread over the workers, the slowest file of the run no longer ends it alone.
test.describe.configure({ mode: "parallel", timeout: 120_000 });

/** Server-action posts the page sends from now on. */
function countActions(page: Page): () => number {
  let count = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) count++;
  });
  return () => count;
}

/** Makes every File report a size of 1 byte, so the browser's check lets anything through. */
async function lieAboutFileSizes(page: Page) {
  await page.evaluate(() => Object.defineProperty(File.prototype, "size", { get: () => 1, configurable: true }));
}

async function openDraft(page: Page) {
  await page.goto("/groen-cateraars/rapportages");
  await page.getByRole("region", { name: "Catering provinciehuis" }).getByRole("link", { name: "2026 K4" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapportage 4e kwartaal 2026");
  const section = page.locator("form fieldset.card").first();
  const kpiName = (await section.locator("legend").first().textContent())!;
  await section.getByLabel("Toelichting").fill(EXPLANATION);
  return { section, kpiName };
}

async function expectPageKept(page: Page, section: ReturnType<Page["locator"]>) {
  // Not the error page (its h1); the form's own error summary may say the same words.
  await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapportage 4e kwartaal 2026");
  await expect(section.getByLabel("Toelichting")).toHaveValue(EXPLANATION);
}

test("an evidence file over 10 MB is refused in the browser, nothing is sent, the explanation stays", async ({ page }) => {
  const { section, kpiName } = await openDraft(page);
  const actions = countActions(page);
  const file = section.getByLabel(`Bestand toevoegen bij ${kpiName}`);
  await file.setInputFiles({ name: "jaarverslag.pdf", mimeType: "application/pdf", buffer: bigPdf(10 * MB + 1) });
  await section.getByRole("button", { name: "Uploaden" }).click();
  await expect(section.getByRole("alert")).toHaveText(EVIDENCE_TOO_LARGE);
  await expect(file).toHaveAttribute("aria-invalid", "true");
  expect(actions()).toBe(0);
  await expectPageKept(page, section);
  await page.screenshot({ path: test.info().outputPath("bewijs-te-groot.png"), fullPage: true });
});

test("an evidence file that gets past the browser check ends in the same message at the field", async ({ page }) => {
  const { section, kpiName } = await openDraft(page);
  await lieAboutFileSizes(page);
  const refused = page.waitForResponse(
    (response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]),
  );
  await section
    .getByLabel(`Bestand toevoegen bij ${kpiName}`)
    .setInputFiles({ name: "jaarverslag.pdf", mimeType: "application/pdf", buffer: bigPdf(12 * MB) });
  await section.getByRole("button", { name: "Uploaden" }).click();
  // Next refuses a body over experimental.serverActions.bodySizeLimit (11 MB) before our action runs.
  expect((await refused).status()).toBeGreaterThanOrEqual(400);
  await expect(section.getByRole("alert")).toHaveText(EVIDENCE_TOO_LARGE);
  await expectPageKept(page, section);
  await expect(section.getByRole("link", { name: "jaarverslag.pdf" })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("bewijs-geweigerd-door-server.png"), fullPage: true });
});

test("the values file is refused in the browser over 1 MB and after a server refusal", async ({ page }) => {
  const { section } = await openDraft(page);
  const actions = countActions(page);
  const values = page.getByLabel("Ingevuld sjabloon (CSV of Excel)");
  const read = page.getByRole("button", { name: "Bestand inlezen" });
  await values.setInputFiles({ name: "waarden.csv", mimeType: "text/csv", buffer: Buffer.alloc(MB + 1, 0x3b) });
  await read.click();
  await expect(page.locator("#values-file-error")).toHaveText(SPREADSHEET_TOO_LARGE);
  expect(actions()).toBe(0);
  await expectPageKept(page, section);

  await lieAboutFileSizes(page);
  await values.setInputFiles({ name: "waarden.csv", mimeType: "text/csv", buffer: Buffer.alloc(12 * MB, 0x3b) });
  await read.click();
  await expect.poll(actions).toBe(1);
  await expect(page.locator("#values-file-error")).toHaveText(SPREADSHEET_TOO_LARGE);
  await expectPageKept(page, section);
});

test.describe("KPI import", () => {
  test.use({ user: "fatima" });

  test("refuses a file over 1 MB in the browser and after a server refusal, at the file field", async ({ page }) => {
    await page.goto("/voorbeeldstad/contracten");
    await page.getByRole("link", { name: "Catering stadhuis en wijkcentra 2025–2029" }).first().click();
    await page.waitForURL(/\/voorbeeldstad\/contracten\/[0-9a-f-]{36}$/);
    await page.goto(`${new URL(page.url()).pathname}/kpi-import`);
    await expect(page.getByRole("heading", { level: 1, name: "KPI's importeren" })).toBeVisible();
    const actions = countActions(page);
    const file = page.getByLabel(/^Bestand/);
    await file.setInputFiles({ name: "kpis.csv", mimeType: "text/csv", buffer: Buffer.alloc(MB + 1, 0x3b) });
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await expect(page.locator("#field-file-error")).toHaveText(SPREADSHEET_TOO_LARGE);
    await expect(file).toHaveAttribute("aria-invalid", "true");
    expect(actions()).toBe(0);

    await lieAboutFileSizes(page);
    await file.setInputFiles({ name: "kpis.csv", mimeType: "text/csv", buffer: Buffer.alloc(12 * MB, 0x3b) });
    await page.getByRole("button", { name: "Bestand controleren" }).click();
    await expect.poll(actions).toBe(1);
    await expect(page.locator("#field-file-error")).toHaveText(SPREADSHEET_TOO_LARGE);
    // Not the error page (its h1); the form's own error summary may say the same words.
    await expect(page.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "KPI's importeren" })).toBeVisible();
  });
});

test("evidence names: a name outside Latin-1 downloads with filename*, a PDF named .html as .pdf", async ({ page }) => {
  const { section, kpiName } = await openDraft(page);
  const upload = async (name: string) => {
    await section.getByLabel(`Bestand toevoegen bij ${kpiName}`).setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
    await section.getByRole("button", { name: "Uploaden" }).click();
  };

  const name = "Rapportage Q3 – 2026 €.pdf";
  await upload(name);
  const link = section.getByRole("link", { name }).first();
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-disposition"]).toContain("filename*=UTF-8''Rapportage%20Q3%20%E2%80%93%202026%20%E2%82%AC.pdf");
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="Rapportage Q3 _ 2026 _\.pdf"/);
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Opened in the browser after all, an uploaded file could run nothing on our origin.
  expect(headers["content-security-policy"]).toContain("sandbox");
  const saved = page.waitForEvent("download");
  await link.click();
  expect((await saved).suggestedFilename()).toBe(name);

  await upload("bewijs.pdf.html");
  const pdfLink = section.getByRole("link", { name: "bewijs.pdf", exact: true }).first();
  await expect(pdfLink).toBeVisible();
  await expect(section.getByRole("link", { name: "bewijs.pdf.html" })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await pdfLink.click();
  expect((await download).suggestedFilename()).toBe("bewijs.pdf");
  await expectPageKept(page, section);
});
