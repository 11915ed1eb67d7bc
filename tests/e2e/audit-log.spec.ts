import { checkPage, expect, test } from "./fixtures";

// Beheer → Logboek as an auditor reads it: filtered by a contract found by its title, each entry
// naming its object, and the same view as a download.
test.use({ user: "anouk" });

test("the admin finds a contract's changes by typing part of its title and downloads that view", async ({ page }) => {
  await page.goto("/voorbeeldstad/beheer/logboek");
  await expect(page.getByRole("heading", { level: 1, name: "Logboek" })).toBeVisible();
  const field = page.getByRole("searchbox", { name: "Contract (titel of kenmerk)" });
  await field.fill("stadhuis wijkcentra");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/contract=stadhuis\+wijkcentra/);
  await expect(page.getByText("Gevonden: ‘Catering stadhuis en wijkcentra 2025–2029’.")).toBeVisible();
  const rows = page.getByRole("region", { name: "Wijzigingen in het logboek" }).getByRole("row");
  expect(await rows.count()).toBeGreaterThan(1);
  for (const label of await rows.locator("td:nth-child(3) .small").allTextContents())
    expect(label).toContain("Catering stadhuis en wijkcentra 2025–2029");
  await checkPage(page, "logboek-contract");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("logboek-voorbeeldstad.csv");

  // A search that finds nothing says so at the field, keeps what was typed, and still shows the log.
  await field.fill("bestaat niet");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page.locator("#filter-contract-error")).toHaveText("Geen contract gevonden met ‘bestaat niet’ in de titel of het kenmerk.");
  await expect(field).toHaveValue("bestaat niet");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  expect(await rows.count()).toBeGreaterThan(1);
});
