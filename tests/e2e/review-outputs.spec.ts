import type { Download } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { checkPage, expect, statusMessage, test } from "./fixtures";

// The outputs of the quarterly reviews on the demo data: the coordinator searches the lessons
// learned; the contract manager follows the timeline to a final review's report, downloads its
// PDF, and downloads the malus ledger for finance.
const CONTRACT = "Catering stadhuis en wijkcentra 2025–2029";

async function downloaded(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

test.describe("lessons learned", () => {
  test.use({ user: "joris" });

  test("the coordinator searches the lessons learned of all contracts", async ({ page }) => {
    await page.goto("/voorbeeldstad");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Lessen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Geleerde lessen" })).toBeVisible();
    await expect(statusMessage(page)).toContainText("meest recente geleerde lessen");
    await checkPage(page, "lessen");

    await page.getByLabel("Zoeken in de geleerde lessen").fill("kwartaal");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(statusMessage(page)).toContainText('gevonden met "kwartaal"');
    const hits = page.locator(".lessons-list li");
    await expect(hits.first()).toContainText(/kwartaal/i);
    await expect(hits.first().getByRole("link")).toContainText(/\d{4} K\d/);

    await page.getByLabel("Zoeken in de geleerde lessen").fill("onvindbaarwoord");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(statusMessage(page)).toHaveText('Geen geleerde lessen gevonden met "onvindbaarwoord".');
    await checkPage(page, "lessen-leeg");
  });
});

test.describe("review report, malus ledger and timeline", () => {
  test.use({ user: "fatima" });
  test.setTimeout(120_000);

  test("the contract manager opens a final review's report, downloads the PDF and the malus CSV", async ({ page }, testInfo) => {
    await page.goto("/voorbeeldstad/contracten");
    await page.getByRole("link", { name: CONTRACT }).click();
    await page.getByRole("link", { name: "Tijdlijn" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tijdlijn" })).toBeVisible();
    const first = page.getByRole("region", { name: "1e kwartaal 2025" });
    await expect(first.getByRole("link", { name: "Rapportage geaccepteerd" })).toBeVisible();
    await expect(first.getByRole("link", { name: /^Actiepunt: / }).first()).toBeVisible();
    await checkPage(page, "tijdlijn");

    await first.getByRole("link", { name: "Review definitief" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kwartaalreview 1e kwartaal 2025" })).toBeVisible();
    await expect(page.getByText("Definitief", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Ondertekening", exact: true })).toContainText("Fatima El Amrani");
    await expect(page.getByRole("region", { name: "Correcties na ondertekening" })).toContainText("Typefout");
    await checkPage(page, "reviewrapport");
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: testInfo.outputPath("reviewrapport-print.png"), fullPage: true });
    await page.pdf({ path: testInfo.outputPath("reviewrapport-afdruk.pdf"), format: "A4", printBackground: true });
    await page.emulateMedia({ media: "screen" });

    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF downloaden" }).click()]);
    expect(pdf.suggestedFilename()).toBe("review-VBS-2024-017-2025-K1.pdf");
    await pdf.saveAs(testInfo.outputPath("review-download.pdf"));
    expect((await downloaded(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const [scores] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Scores als CSV" }).click()]);
    expect((await downloaded(scores)).toString("utf8")).toMatch(/^\uFEFFContractnummer;Kwartaal;KPI/);

    await page.goto("/voorbeeldstad/contracten");
    await page.getByRole("link", { name: CONTRACT }).click();
    await page.getByRole("link", { name: "Malusoverzicht" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Malusoverzicht" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Maxima per KPI" })).toContainText("CO2-uitstoot per maaltijd");
    await checkPage(page, "malusoverzicht");
    await page.setViewportSize({ width: 900, height: 900 });
    await page.screenshot({ path: testInfo.outputPath("malusoverzicht-smal.png"), fullPage: true });
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV voor financiën" }).click()]);
    expect(csv.suggestedFilename()).toBe("malus-VBS-2024-017.csv");
    const text = (await downloaded(csv)).toString("utf8");
    expect(text).toMatch(/^\uFEFFContractnummer;Leverancier;Kwartaal;KPI;/);
    expect(text).toMatch(/\r\n;;Totaal;;\d+,\d{2};\d+,\d{2};;\d+,\d{2}\r\n$/);
  });
});
