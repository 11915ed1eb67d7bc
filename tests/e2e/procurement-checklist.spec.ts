import { checkPage, expect, test } from "./fixtures";

// The guidance tool for a procurement in preparation: the checklist ambitieformulering.
test.use({ user: "joris" });

test("the coordinator ticks a droompartner item of a procurement in preparation and sees the progress grow", async ({ page }) => {
  await page.goto("/voorbeeldstad/hulpmiddelen/ambitie-checklist");
  await checkPage(page, "ambitie-checklist-lijst");
  await page.getByRole("link", { name: "Circulaire ICT-werkplekken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checklist ambitieformulering" })).toBeVisible();
  await checkPage(page, "ambitie-checklist");

  const progress = page.locator("#voortgang-balk");
  const before = Number(await progress.getAttribute("value"));
  const step4 = page.getByRole("region", { name: /Bepaal je droompartner/ });
  await step4.getByLabel("Volwassenheid").check();
  await page.getByRole("button", { name: "Checklist opslaan" }).click();

  await expect(page.getByRole("status").filter({ hasText: "De checklist is opgeslagen." })).toBeVisible();
  await expect(progress).toHaveAttribute("value", String(before + 1));
  await expect(page.getByRole("region", { name: /Bepaal je droompartner/ }).getByLabel("Volwassenheid")).toBeChecked();
});
