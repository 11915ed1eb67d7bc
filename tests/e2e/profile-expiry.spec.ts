import { checkPage, expect, test } from "./fixtures";

// The buyer opens the certificate behind a fact the supplier shares, and sees an expiring one
// marked in words; the group coordinator finds buyers to invite by name instead of from a list of all.
test("a contract manager opens the shared certificate and sees the expiring ISO 14001 marked", async ({ pageAs }) => {
  const page = await pageAs("bram");
  await page.goto("/zuiderland/contracten");
  // Exact: other specs make copies whose titles contain this one.
  await page.getByRole("link", { name: "Catering provinciehuis", exact: true }).click();
  const profile = page.getByRole("region", { name: "Gedeeld bedrijfsprofiel" });
  await expect(profile.getByRole("row", { name: /ISO 14001/ })).toContainText("tot en met 31 januari 2027");
  await expect(profile.getByRole("row", { name: /ISO 14001/ })).toContainText(/verloopt binnenkort|verlopen/);
  const certificate = profile.getByRole("link", { name: "certificaat-co2-prestatieladder.pdf" });
  const response = await page.request.get((await certificate.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  await checkPage(page, "contract-gedeeld-profiel-bewijs");
});

test("a group coordinator searches a buyer to invite by name", async ({ pageAs }) => {
  const page = await pageAs("joris");
  await page.goto("/voorbeeldstad/inkoopgroepen");
  await page
    .getByRole("region", { name: "Inkoopsamenwerking Duurzame Catering Zuid" })
    .getByRole("link", { name: "Naar de groep" })
    .click();
  const search = page.getByRole("search", { name: "Opdrachtgever zoeken" });
  await search.getByLabel("Naam van de opdrachtgever").fill("Z");
  await search.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("search", { name: "Opdrachtgever zoeken" })).toContainText("Typ minstens 2 tekens van de naam.");
  await expect(page.getByLabel("Naam van de opdrachtgever")).toHaveValue("Z");
  // Provincie Zuiderland is a member already: only the other buyer with that name is offered.
  await page.getByLabel("Naam van de opdrachtgever").fill("Zuiderland");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("1 opdrachtgever met “Zuiderland” in de naam.")).toBeVisible();
  const choice = page.getByRole("combobox", { name: "Opdrachtgever" });
  await expect(choice.getByRole("option")).toHaveText(["Kies een opdrachtgever", "Omgevingsdienst Zuiderland-Midden"]);
  await checkPage(page, "inkoopgroep-zoeken");
});
