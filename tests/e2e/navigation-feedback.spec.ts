import { expect, test } from "./fixtures";

// A slow page never looks like a click that did nothing: between the click and the page, a
// status says "Laden…", and it goes when the page is there.
test.use({ user: "fatima" });

test("a slow navigation says it is loading until the page arrives, and Back leaves no status standing", async ({ page }) => {
  await page.goto("/voorbeeldstad");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Next fetches the next page's content with ?_rsc=…; hold those answers back a moment.
  await page.route(/[?&]_rsc=/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue().catch(() => {});
  });
  const loading = page.getByRole("status").filter({ hasText: "Laden…" });

  await page.getByRole("navigation").getByRole("link", { name: "Contracten", exact: true }).first().click();
  await expect(loading).toBeVisible();
  await page.waitForURL(/\/voorbeeldstad\/contracten$/);
  await expect(page.getByRole("heading", { level: 1, name: "Contracten" })).toBeVisible();
  await expect(loading).toHaveCount(0);

  // Back shows the page Next kept of the visit before, at once; no status is left standing.
  await page.goBack();
  await page.waitForURL(/\/voorbeeldstad$/);
  await expect(page.getByRole("heading", { level: 1, name: "Contracten" })).toHaveCount(0);
  await expect(loading).toHaveCount(0);
});
