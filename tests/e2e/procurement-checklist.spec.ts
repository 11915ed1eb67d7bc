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

test("sharing first shows what the supplier will see, with the internal notes left out unless the sharer includes them", async ({
  page,
}) => {
  await page.goto("/voorbeeldstad/hulpmiddelen/ambitie-checklist");
  await page.getByRole("link", { name: "Circulaire ICT-werkplekken" }).click();
  // The demo's own note at step 2, internal to the buyer.
  const note = /Vijf leveranciers gesproken over refurbished laptops/;
  await expect(page.getByLabel("Notities bij stap 2")).toHaveValue(note);

  await page.getByRole("button", { name: "Delen met de leverancier" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld: wat de leverancier ziet" });
  await expect(page.locator("p", { hasText: "Zo ziet de leverancier de checklist." })).toBeFocused();
  await expect(preview.getByRole("region", { name: /^Stap 2: Marktanalyse/ })).toBeVisible();
  await expect(preview.getByText("Gemeente Voorbeeldstad heeft deze checklist met je gedeeld.", { exact: false })).toBeVisible();
  // Read-only, as the supplier has it, and without the notes by default.
  await expect(preview.getByRole("checkbox")).not.toHaveCount(0);
  for (const box of await preview.getByRole("checkbox").all()) await expect(box).toBeDisabled();
  await expect(preview.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByLabel("Ook mijn notities delen")).not.toBeChecked();
  await expect(preview.getByText(note)).toHaveCount(0);
  await checkPage(page, "ambitie-checklist-delen");

  await page.getByLabel("Ook mijn notities delen").check();
  await expect(preview.getByRole("region", { name: /^Stap 2: Marktanalyse/ }).getByText(note)).toBeVisible();
  await page.getByLabel("Ook mijn notities delen").uncheck();
  await expect(preview.getByText(note)).toHaveCount(0);

  await page.getByRole("button", { name: "Delen zonder notities" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "De checklist is gedeeld met de leverancier, zonder je notities." }),
  ).toBeVisible();
  await expect(page.getByText("De leverancier van dit contract kan deze checklist lezen, zonder je notities.")).toBeVisible();
  await page.getByText("Bekijken wat de leverancier ziet").click();
  await expect(page.getByRole("group").filter({ hasText: "Bekijken wat de leverancier ziet" }).getByText(note)).toHaveCount(0);

  // Back as the demo has it: not shared.
  await page.getByRole("button", { name: "Niet meer delen met de leverancier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De checklist wordt niet meer gedeeld met de leverancier." })).toBeVisible();
});
