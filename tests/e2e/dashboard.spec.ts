import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { checkPage, expect, test } from "./fixtures";

const DEMO_TARGETS = ["CO2-uitstoot eigen organisatie en inkoop", "Circulaire inhoud van ingekochte producten"];

// The organisation dashboard on the demo data: the MVI/KCI coordinator filters it, the
// filters land in the URL without a reload, the shared URL opens the same view, the tables
// download as XLSX and the charts draw.
test.describe("organisation dashboard", () => {
  test.use({ user: "joris" });
  test.setTimeout(120_000);

  test("the coordinator filters, shares the URL and downloads the tables", async ({ page }) => {
    await page.goto("/voorbeeldstad");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Dashboard", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisatiedashboard" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Waardenwiel \d{4} naar voortgang/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Rapportagediscipline" })).toBeVisible();
    // The charts draw: recharts renders an SVG surface inside each chart.
    await expect(page.locator(".dashboard-chart svg.recharts-surface").first()).toBeVisible();
    await checkPage(page, "dashboard");

    const selection = page.locator(".filter-actions > span");
    const allContracts = await selection.textContent();
    // A marker on window survives a client-side update, not a full page load.
    await page.evaluate(() => ((window as unknown as { dashboardMarker: number }).dashboardMarker = 42));
    const response = page.waitForResponse((r) => r.url().includes("/api/v1/voorbeeldstad/dashboard?") && r.status() === 200);
    await page.getByLabel("Inkooppakket", { exact: true }).selectOption("asfalt");
    await response;
    await expect(page).toHaveURL(/[?&]pakket=asfalt/);
    await expect(selection).not.toHaveText(allContracts ?? "");
    expect(await page.evaluate(() => (window as unknown as { dashboardMarker?: number }).dashboardMarker)).toBe(42);
    const filtered = await selection.textContent();

    // Back returns to the previous filters, still without a page load, and Forward to the new ones.
    await page.goBack();
    await expect(page).not.toHaveURL(/pakket=asfalt/);
    await expect(page.getByLabel("Inkooppakket", { exact: true })).toHaveValue("");
    await expect(selection).toHaveText(allContracts ?? "");
    expect(await page.evaluate(() => (window as unknown as { dashboardMarker?: number }).dashboardMarker)).toBe(42);
    await page.goForward();
    await expect(page.getByLabel("Inkooppakket", { exact: true })).toHaveValue("asfalt");
    await expect(selection).toHaveText(filtered ?? "");

    // The shared URL opens the same view.
    await page.reload();
    await expect(page.getByLabel("Inkooppakket", { exact: true })).toHaveValue("asfalt");
    await expect(selection).toHaveText(filtered ?? "");
    await checkPage(page, "dashboard-asfalt");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Alle tabellen (XLSX)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^dashboard-voorbeeldstad-alle-tabellen-.*\.xlsx$/);
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
  });

  test("the coordinator sees the demo targets with what the contracts realised and how much they cover", async ({ page }) => {
    await page.goto("/voorbeeldstad/dashboard");
    const targets = page.getByRole("region", { name: "Doelstellingen" });
    // Meals × kg CO2e per meal add up to tonnes; the year's share of the organisation's base year is named.
    // Other specs may add copies of the catering contract on this database: they feed it too.
    await expect(
      targets.getByText(/2025: [\d.]+(,\d+)?\s+ton CO2e uit \d+ contract(en)?, 4 van 4 kwartalen, [\d,]+\s+% van het basisjaar/),
    ).toBeVisible();
    // The cleaning contract's circular content feeds the circular-content target.
    await expect(targets.getByText(/2025: [\d,]+\s+% uit 1 contract, \d van 4 kwartalen/)).toBeVisible();
    // Every demo target has realised values; one another spec adds may have none yet.
    for (const name of DEMO_TARGETS) {
      const target = targets.locator(".dashboard-target").filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
      await expect(target).toHaveCount(1);
      await expect(target.getByText(/Gerealiseerd —|nog niets/)).toHaveCount(0);
    }
  });

  test("printed, the dashboard is a board report of at most four A4 pages with the numbers behind every chart", async ({ page }) => {
    await page.goto("/voorbeeldstad/dashboard");
    await expect(page.locator(".dashboard-chart svg.recharts-surface").first()).toBeVisible();
    const tables = [
      "Malus per kwartaal",
      "Rapportages per kwartaal",
      "Waarde per inkooppakket",
      ...DEMO_TARGETS.map((t) => `${t}: doel en realisatie per jaar`),
    ];
    // On screen the tables wait behind their disclosure.
    await expect(page.getByRole("table", { name: tables[0] })).toHaveCount(0);

    await page.emulateMedia({ media: "print" });
    const head = page.locator(".board-report-head");
    await expect(head.getByText("Bestuursrapportage Gemeente Voorbeeldstad")).toBeVisible();
    await expect(head.getByRole("definition").first()).toHaveText(/^\d{4} K\d t\/m \d{4} K\d$/);
    await expect(head.getByRole("term")).toHaveText([
      "Periode",
      "Inkooppakket",
      "Samenwerkingsvorm",
      "Contractmanager",
      "Leverancier",
      "Indicator per inkooppakket",
      "Waarden",
      "Selectie",
    ]);
    await expect(head.getByText(/^Afgedrukt op \d{1,2} \w+\.? \d{4},? \d{2}:\d{2}$/)).toBeVisible();
    for (const name of tables) await expect(page.getByRole("table", { name })).toBeVisible();
    await expect(page.getByRole("table", { name: tables[0] })).toContainText("€");
    // Navigation, filters and buttons stay off paper.
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    await expect(page.getByLabel("Inkooppakket", { exact: true })).toBeHidden();
    await expect(page.getByRole("button", { name: "Bestuursrapportage afdrukken" })).toBeHidden();
    await expect(page.getByText("Tabel bij deze grafiek")).toHaveCount(0);

    // Nine sections, each on a page of its own, used to give nine to ten pages; grouped they fit on four.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise).numPages;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);

    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("table", { name: tables[0] })).toHaveCount(0);
    await expect(page.getByText("Tabel bij deze grafiek").first()).toBeVisible();
  });

  test("a viewer sees the same dashboard read-only; a supplier has none", async ({ pageAs }) => {
    const viewer = await pageAs("pieter");
    await viewer.goto("/voorbeeldstad/dashboard");
    await expect(viewer.getByRole("heading", { level: 1, name: "Organisatiedashboard" })).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Bestuursrapportage afdrukken" })).toBeVisible();
    const supplier = await pageAs("mehmet");
    const api = await supplier.request.get("/api/v1/groen-cateraars/dashboard");
    expect(api.status()).toBe(403);
  });
});
