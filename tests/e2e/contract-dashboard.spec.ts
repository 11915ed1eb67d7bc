import { checkPage, expect, test } from "./fixtures";

// The contract dashboard and the supplier's Prestaties on the demo data: the charts of
// reported values against the growth paths draw, each with its data table; a supplier sees only
// the contracts it is party to, across both buyers it serves.
test.describe("contract dashboard", () => {
  test.use({ user: "fatima" });
  test.setTimeout(120_000);

  test("the contract manager opens a contract's dashboard", async ({ page }) => {
    await page.goto("/voorbeeldstad/contracten");
    await page.getByRole("link", { name: "Catering stadhuis en wijkcentra 2025–2029" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Catering stadhuis en wijkcentra 2025–2029" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Dashboard", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Dashboard: Catering stadhuis/ })).toBeVisible();
    // The charts draw (recharts renders an SVG surface) with a text alternative on the image.
    await expect(page.locator(".growth-path-chart svg.recharts-surface").first()).toBeVisible();
    await expect(page.locator(".growth-path-actual").first()).toBeAttached();
    const images = page.getByRole("img", { name: /gerapporteerde waarde|nog geen gerapporteerde waarden/ });
    expect(await images.count()).toBeGreaterThan(0);
    // Each chart has its table behind a disclosure.
    const firstTable = page.getByText("Tabel met doelen, waarden en scores").first();
    await firstTable.click();
    await expect(page.getByRole("columnheader", { name: "Gerapporteerd" }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Malus per kwartaal" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Open acties" })).toBeVisible();
    await checkPage(page, "contract-dashboard");
  });

  test("the supplier sees only its own contracts on Prestaties", async ({ pageAs }) => {
    const page = await pageAs("eva");
    await page.goto("/groen-cateraars");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Prestaties" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Prestaties" })).toBeVisible();
    const table = page.getByRole("table");
    // Each contract with its buyer; other specs may add contracts of this supplier with the same buyers.
    const row = (title: string) => table.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await expect(row("Catering stadhuis en wijkcentra 2025–2029")).toContainText("Gemeente Voorbeeldstad");
    await expect(row("Catering provinciehuis")).toContainText("Provincie Zuiderland");
    await expect(page.getByText("Schoonmaakdienstverlening gemeentelijke gebouwen")).toHaveCount(0);
    await expect(page.getByText(/Onderhoud asfaltverhardingen|Groot onderhoud provinciale wegen/)).toHaveCount(0);
    await checkPage(page, "prestaties");

    // From a contract row to its dashboard, which the supplier party may read.
    await table.getByRole("link", { name: "Catering stadhuis en wijkcentra 2025–2029" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Dashboard: Catering stadhuis/ })).toBeVisible();
    await expect(page.locator(".growth-path-chart svg.recharts-surface").first()).toBeVisible();
    await checkPage(page, "contract-dashboard-supplier");
  });
});
