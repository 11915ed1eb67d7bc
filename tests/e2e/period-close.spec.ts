import { checkPage, expect, statusMessage, test } from "./fixtures";

// The coordinator closes a quarter on the Perioden page after confirming, and the organisation
// dashboard then says that quarter is closed. The oldest year shown is used: no other journey
// writes reviews there.
test.describe("period close", () => {
  test.use({ user: "joris" });
  test.setTimeout(120_000);

  test("the coordinator closes a quarter and the dashboard shows it as Afgesloten", async ({ page }) => {
    await page.goto("/voorbeeldstad");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Perioden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Perioden" })).toBeVisible();
    await checkPage(page, "perioden");

    const oldestYear = page.locator("section.card").last();
    const year = (await oldestYear.getByRole("heading", { level: 2 }).locator("span").first().textContent())!.trim();
    const ready = oldestYear.locator(".period-item").filter({ hasText: "Klaar om af te sluiten" }).first();
    const label = (await ready.getByRole("heading", { level: 3 }).textContent())!.trim();
    const quarterNumber = label.charAt(0);

    const questions: string[] = [];
    page.once("dialog", (dialog) => (questions.push(dialog.message()), dialog.accept()));
    await ready.getByRole("button", { name: /Kwartaal afsluiten/ }).click();
    await expect(statusMessage(page)).toContainText("Het kwartaal is afgesloten");
    expect(questions[0]).toContain(`${label} afsluiten?`);
    const closedItem = oldestYear.locator(".period-item").filter({ has: page.getByRole("heading", { level: 3, name: label }) });
    await expect(closedItem).toContainText("Afgesloten op");
    await expect(closedItem.getByRole("button", { name: /Kwartaal afsluiten/ })).toHaveCount(0);

    await page.goto(`/voorbeeldstad/dashboard?van=${year}-Q1&tot=${year}-Q4`);
    const periods = page.getByRole("region", { name: "Perioden" });
    await expect(periods.getByRole("listitem").filter({ hasText: `${year} K${quarterNumber}` })).toContainText("Afgesloten");
    await expect(periods.getByRole("listitem").filter({ hasText: "Open" }).first()).toBeVisible();
    await checkPage(page, "dashboard-afgesloten");
  });

  test("a contract manager has no Perioden page", async ({ pageAs }) => {
    const page = await pageAs("fatima");
    await page.goto("/voorbeeldstad");
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Perioden" })).toHaveCount(0);
    const response = await page.goto("/voorbeeldstad/perioden");
    expect(response?.status()).toBe(404);
  });
});
