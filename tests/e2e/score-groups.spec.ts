import { checkPage, expect, statusMessage, test } from "./fixtures";

// The contract manager weighs the overall score in groups; a wrong entry is said at its field and
// nothing typed is lost; the supplier reads the weighing.
test.use({ user: "fatima" });

test("the contract manager weighs the overall score in groups and the supplier reads it", async ({ page, pageAs }) => {
  test.setTimeout(90_000);
  await page.goto("/voorbeeldstad/contracten");
  await page.getByRole("link", { name: "Catering stadhuis en wijkcentra 2025–2029" }).click();
  await page.getByRole("link", { name: "Weging van de totaalscore" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Weging van de totaalscore" })).toBeVisible();
  await page.getByLabel("Groep 1: naam").fill("Klimaat");
  await page.getByLabel("Groep 1: gewicht").fill("2.5");
  await page.getByLabel("Groep 2: naam").fill("Voeding");
  await page.getByLabel(/^CO2-uitstoot per maaltijd/).selectOption({ index: 1 });
  await page.getByLabel(/^Voedselverspilling/).selectOption({ index: 3 });
  await page.getByRole("button", { name: "Weging opslaan" }).click();
  await expect(page.getByText("Gebruik een komma voor decimalen, bijvoorbeeld 12,5.", { exact: true })).toBeVisible();
  await expect(page.getByText("Deze groep heeft geen naam: kies een andere groep of geef hem een naam.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Groep 2: naam")).toHaveValue("Voeding");

  await page.getByLabel("Groep 1: gewicht").fill("2,5");
  await page.getByLabel(/^Voedselverspilling/).selectOption({ index: 2 });
  await page.getByRole("button", { name: "Weging opslaan" }).click();
  await expect(statusMessage(page)).toHaveText("De weging is opgeslagen.");
  await expect(page.getByLabel(/^CO2-uitstoot per maaltijd/)).toHaveValue("0");
  await checkPage(page, "weging");

  const supplier = await pageAs("mehmet");
  const url = new URL(page.url());
  await supplier.goto(`/groen-cateraars${url.pathname.replace(/^\/voorbeeldstad/, "")}`);
  const table = supplier.getByRole("table");
  await expect(table.getByRole("row", { name: /CO2-uitstoot per maaltijd .*Klimaat \(gewicht 2,5\)/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /Aandeel plantaardige eiwitten .*Overige KPI's \(gewicht 1\)/ })).toBeVisible();
  await expect(supplier.getByRole("button", { name: "Weging opslaan" })).toHaveCount(0);
});
