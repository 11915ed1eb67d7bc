import { checkPage, expect, statusMessage, test } from "./fixtures";

// The coordinator's organisation targets and indicator catalogue.
test.use({ user: "joris" });

const suffix = () => Date.now().toString(36);

test("the coordinator sees the CO2 target drawn and adds a target with a decimal comma and two milestones", async ({ page }) => {
  await page.goto("/voorbeeldstad/waardenwiel/doelstellingen");
  await expect(page.getByRole("heading", { level: 1, name: "Doelstellingen" })).toBeVisible();

  const co2 = page.getByRole("region", { name: "CO2-uitstoot eigen organisatie en inkoop" });
  const chart = co2.getByRole("img", { name: /basisjaar 2020 12\.500\s+ton CO2e; doel in 2025 8\.750\s+ton CO2e \(−30\s%\)/ });
  await expect(chart).toBeVisible();
  // The line itself, not only its container: a path with a drawn shape, a base square and two milestone dots.
  const line = chart.locator("path.recharts-line-curve");
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute("d", /^M[\d.]+,[\d.]+L/);
  await expect(chart.locator("rect.target-dot-base")).toHaveCount(1);
  await expect(chart.locator("circle.target-dot-milestone")).toHaveCount(2);
  await co2.getByText("Doel per jaar als tabel").click();
  await expect(co2.getByRole("row", { name: /2027/ })).toContainText("7.250");
  await checkPage(page, "doelstellingen");

  await page.getByRole("link", { name: "Nieuwe doelstelling" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe doelstelling" })).toBeVisible();
  const name = `Restafval stadskantoor ${suffix()}`;
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Indicator").selectOption({ label: "Restafval (kg)" });
  await page.getByLabel("Basisjaar", { exact: true }).fill("2021");
  await page.getByLabel(/Waarde in het basisjaar/).fill("48.250,5");
  const first = page.getByRole("group", { name: "Mijlpaal 1" });
  const second = page.getByRole("group", { name: "Mijlpaal 2" });
  await first.getByLabel("Jaar").fill("2020");
  await first.getByLabel("Soort").selectOption({ label: "% t.o.v. basisjaar" });
  await first.getByLabel("Verandering (%)").fill("-25");
  await second.getByLabel("Jaar").fill("2030");
  await second.getByLabel("Soort").selectOption({ label: "Waarde" });
  await second.getByLabel("Doelwaarde (kg)").fill("20.000");

  // A year before the base year is refused at its field, and everything typed stays.
  await page.getByRole("button", { name: "Doelstelling opslaan" }).click();
  await expect(first.getByText("Kies een jaar na het basisjaar (2021).")).toBeVisible();
  await expect(page.getByLabel(/Waarde in het basisjaar/)).toHaveValue("48.250,5");
  await expect(second.getByLabel("Doelwaarde (kg)")).toHaveValue("20.000");
  await checkPage(page, "doelstelling-fout");

  // A third row added and removed again leaves the two real milestones.
  await page.getByRole("button", { name: "Mijlpaal toevoegen" }).click();
  await expect(page.getByRole("group", { name: "Mijlpaal 3" })).toBeVisible();
  await page.getByRole("button", { name: "Verwijder mijlpaal 3" }).click();
  await expect(page.getByRole("group", { name: "Mijlpaal 3" })).toHaveCount(0);

  await first.getByLabel("Jaar").fill("2026");
  await page.getByRole("button", { name: "Doelstelling opslaan" }).click();
  await expect(statusMessage(page)).toHaveText("De doelstelling is opgeslagen.");
  const added = page.getByRole("region", { name });
  await expect(added.getByRole("img", { name: /basisjaar 2021 48\.250,5\skg; doel in 2026 36\.187,88\skg \(−25\s%\)/ })).toBeVisible();
  await expect(added.locator("path.recharts-line-curve")).toHaveAttribute("d", /^M[\d.]+,[\d.]+L/);
  await checkPage(page, "doelstellingen-toegevoegd");

  // The edit form shows the numbers back the way they were typed.
  await added.getByRole("link", { name: `Bewerken ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Doelstelling bewerken" })).toBeVisible();
  await expect(page.getByLabel(/Waarde in het basisjaar/)).toHaveValue("48.250,5");
  await expect(page.getByRole("group", { name: "Mijlpaal 1" }).getByLabel("Verandering (%)")).toHaveValue("-25");
  await expect(page.getByRole("group", { name: "Mijlpaal 2" }).getByLabel("Doelwaarde (kg)")).toHaveValue("20.000");
  await checkPage(page, "doelstelling-bewerken");
});

test("the coordinator reads the catalogue and adds an own indicator", async ({ page }) => {
  await page.goto("/voorbeeldstad/waardenwiel/indicatoren");
  await expect(page.getByRole("heading", { level: 1, name: "Indicatoren" })).toBeVisible();
  const catalogue = page.getByRole("table", { name: "Landelijke catalogus" });
  const co2 = catalogue.getByRole("row", { name: /CO2-uitstoot Uitstoot van broeikasgassen/ });
  await expect(co2).toContainText("TNE");
  await expect(co2).toContainText("Lager is beter");
  await expect(co2).toContainText("Optellen");
  await expect(page.getByRole("table", { name: "Eigen indicatoren" })).toContainText("Aandeel lokale leveranciers");
  await checkPage(page, "indicatoren");

  const form = page.getByRole("region", { name: "Eigen indicator toevoegen" });
  const name = `Aandeel elektrische bakfietsen ${suffix()}`;
  await form.getByLabel("Naam").fill(name);
  await form.getByLabel("Eenheid", { exact: true }).selectOption({ label: "procent (P1)" });
  await form.getByLabel("Hoger is beter").check();
  await form.getByLabel(/^Gewogen gemiddelde/).check();
  await form.getByLabel("Maximum").fill("120");
  await form.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(form.getByText("Een percentage ligt tussen 0 en 100.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Naam")).toHaveValue(name);

  await form.getByLabel("Maximum").fill("100");
  await form.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(statusMessage(page)).toHaveText("De indicator is opgeslagen.");
  const row = page.getByRole("table", { name: "Eigen indicatoren" }).getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("P1");
  await expect(row).toContainText("Gewogen gemiddelde");
  await expect(row).toContainText("0 – 100");
  await checkPage(page, "indicatoren-toegevoegd");
});

test("a reader sees targets and indicators without edit controls", async ({ pageAs }) => {
  const page = await pageAs("pieter");
  await page.goto("/voorbeeldstad/waardenwiel/doelstellingen");
  await expect(page.getByRole("region", { name: "CO2-uitstoot eigen organisatie en inkoop" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuwe doelstelling" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Bewerken/ })).toHaveCount(0);
  await page.goto("/voorbeeldstad/waardenwiel/indicatoren");
  await expect(page.getByRole("table", { name: "Landelijke catalogus" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Eigen indicator toevoegen" })).toHaveCount(0);
});
