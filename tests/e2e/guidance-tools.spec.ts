import { checkPage, expect, statusMessage, test } from "./fixtures";

// The guidance tools that assess: inkoopvolwassenheid, groeimodel mensen, beslisboom inkoopsamenwerking.
test.use({ user: "joris" });

const stamp = () => Date.now().toString(36);

test("maturity: the coordinator ticks what is in place, sees the stage and what the next one asks, and saves it", async ({ page }) => {
  await page.goto("/voorbeeldstad/hulpmiddelen");
  await page.getByRole("link", { name: "Inkoopvolwassenheid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inkoopvolwassenheid" })).toBeVisible();
  const stage1 = page.getByRole("group", { name: /Wat is inkoop\?/ });
  for (const item of [
    "Spendanalyse aanwezig",
    "Inkoopbeleid vastgesteld",
    "Inzicht in contracten",
    "Offertetrajecten in concurrentie uitvoeren",
  ]) {
    await stage1.getByLabel(item).check();
  }
  await page
    .getByRole("group", { name: /Ben ik in control\?/ })
    .getByLabel("Contractmanagement ingericht")
    .check();
  await page.getByRole("button", { name: "Positie bepalen" }).click();

  const result = page.getByRole("region", {
    name: "Waar de organisatie staat",
  });
  await expect(result.getByText("Stadium 1: Wat is inkoop?")).toBeVisible();
  await expect(
    result.getByRole("heading", {
      name: "Wat het volgende stadium vraagt: Ben ik in control?",
    }),
  ).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: /^Inkoopprocessen geborgd$/ })).toBeVisible();
  await expect(result.getByText(/Bron: Buyer Group FM .*figuur 10/)).toBeVisible();
  await checkPage(page, "volwassenheid-positie");

  // A field error keeps what was typed.
  const title = `Zelfscan e2e ${stamp()}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Datum van de inschatting").fill("2099-01-01");
  await page.getByRole("button", { name: "Inschatting bewaren" }).click();
  await expect(page.getByText("De datum van de inschatting mag niet in de toekomst liggen.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await page.getByLabel("Datum van de inschatting").fill("2026-11-02");
  await page.getByRole("button", { name: "Inschatting bewaren" }).click();

  await expect(statusMessage(page)).toHaveText("De inschatting is bewaard.");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Inschatting van 2 november 2026")).toBeVisible();
  await expect(page.locator(".maturity-reached strong")).toHaveText("Stadium 1: Wat is inkoop?");
  await checkPage(page, "volwassenheid-bewaard");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Afdrukken of opslaan als pdf" })).toBeHidden();
  await expect(page.getByText("Gemeente Voorbeeldstad · Inkoopvolwassenheid")).toBeVisible();
});

test("people growth model: shares must add up to 100 %, the tipping point is shown and the estimate joins the trend", async ({ page }) => {
  await page.goto("/voorbeeldstad/hulpmiddelen/groeimodel-mensen");
  await expect(page.getByRole("heading", { level: 3, name: "Actieve ambassadeurs" })).toBeVisible();
  await page.getByLabel("Afwachtende realisten (%)").fill("40");
  await page.getByLabel("Intuïtieve volgers (%)").fill("30");
  await page.getByLabel("Actieve ambassadeurs (%)").fill("20");
  await page.getByRole("button", { name: "Verdeling tonen" }).click();
  await expect(page.locator("#shares-error")).toHaveText("De drie aandelen moeten samen 100 % zijn; nu is het samen 90 %.");
  await expect(page.getByLabel("Actieve ambassadeurs (%)")).toHaveValue("20");
  await checkPage(page, "groeimodel-fout");

  await page.getByLabel("Intuïtieve volgers (%)").fill("33,5");
  await page.getByLabel("Actieve ambassadeurs (%)").fill("26,5");
  await page.getByRole("button", { name: "Verdeling tonen" }).click();
  const result = page.getByRole("region", { name: "Verdeling", exact: true });
  await expect(result.getByText("Kantelpunt bereikt: 26,5 % actieve ambassadeurs (25 % of meer).")).toBeVisible();
  await expect(
    result.getByText("“Wanneer ongeveer 25% mee is in de verandering wordt de olievlek alleen maar sneller groter.”"),
  ).toBeVisible();

  const title = `Medewerkerspeiling e2e ${stamp()}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Datum van de inschatting").fill("2026-11-10");
  await page.getByRole("button", { name: "Inschatting bewaren" }).click();
  await expect(statusMessage(page)).toHaveText("De inschatting is bewaard.");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.getByRole("link", { name: "← Groeimodel mensen" }).click();
  const trend = page.getByRole("region", { name: "Verloop in de tijd" });
  await expect(
    trend.getByRole("img", {
      name: /kantelpunt bij 25 % actieve ambassadeurs/,
    }),
  ).toBeVisible();
  await expect(trend.getByText("Kantelpunt ± 25 % actieve ambassadeurs")).toBeVisible();
  const row = trend.getByRole("row").filter({ hasText: title });
  await expect(row.getByRole("cell")).toHaveText(["10 november 2026", title, "40 %", "33,5 %", "26,5 %", "Bereikt"]);
  await expect(trend.getByRole("row").filter({ hasText: "Nulmeting medewerkers" }).getByRole("cell").last()).toHaveText("Nog niet");
  await checkPage(page, "groeimodel-verloop");
});

test("decision tree: a path not in the tree is refused, a short-term path gives its forms, the long-term branch is marked", async ({
  page,
}) => {
  await page.goto("/voorbeeldstad/hulpmiddelen/beslisboom-inkoopsamenwerking");
  const step = (n: number) => page.getByRole("group", { name: new RegExp(`^Stap ${n}\\.`) });
  await step(1)
    .getByLabel(/Korte termijn/)
    .check();
  await step(2)
    .getByLabel(/Input per project wisselen/)
    .check();
  await step(3)
    .getByLabel(/Bundelen van inkoopvolumes/)
    .check();
  await page.getByRole("button", { name: "Uitkomst tonen" }).click();
  await expect(page.getByText(/Input per project wisselen kan alleen bij een lange-termijnsamenwerking/)).toBeVisible();
  await expect(step(3).getByLabel(/Bundelen van inkoopvolumes/)).toBeChecked();

  await step(2)
    .getByLabel(/Gelijke input/)
    .check();
  await page.getByRole("button", { name: "Uitkomst tonen" }).click();
  const outcome = page.getByRole("region", {
    name: "Voorgestelde samenwerking",
  });
  await expect(outcome.getByText("Korte termijn · Gelijke input · Bundelen van inkoopvolumes")).toBeVisible();
  await expect(outcome.locator("ol.levels > li")).toHaveText([
    "Delen van informatie (nodig voor het gekozen niveau)",
    "Gezamenlijk een standaard creëren (nodig voor het gekozen niveau)",
    "Bundelen van inkoopvolumes (gekozen)",
  ]);
  await expect(outcome.getByText("Gezamenlijke aanbesteding", { exact: true })).toBeVisible();
  await expect(outcome.getByText("Raamovereenkomst", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Fase 3: Harmoniseren MVI-aspecten" })).toBeVisible();
  await checkPage(page, "beslisboom-uitkomst");

  await step(1)
    .getByLabel(/Lange termijn/)
    .check();
  await step(2)
    .getByLabel(/Input per project wisselen/)
    .check();
  await page.getByRole("button", { name: "Uitkomst tonen" }).click();
  await expect(outcome.getByRole("note")).toContainText("niet de focus van de handreiking");
  await expect(outcome.getByText(/juridische verhoudingen in grijs/)).toBeVisible();

  const title = `Buyer group e2e ${stamp()}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Keuze bewaren" }).click();
  await expect(statusMessage(page)).toHaveText("De inschatting is bewaard.");
  await expect(page.getByText("Lange termijn · Input per project wisselen · Bundelen van inkoopvolumes")).toBeVisible();
  await checkPage(page, "beslisboom-bewaard");
});

test("a viewer reads the tools and the saved results but gets no save form", async ({ pageAs }) => {
  const page = await pageAs("pieter");
  await page.goto("/voorbeeldstad/hulpmiddelen/beslisboom-inkoopsamenwerking?term=kort&input=gelijk&level=standaard");
  await expect(page.getByRole("region", { name: "Voorgestelde samenwerking" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Keuze bewaren" })).toHaveCount(0);
  await page.getByRole("link", { name: "Regionale buyer group catering" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Regionale buyer group catering",
    }),
  ).toBeVisible();
});

test("a supplier gets 'not found' for the tools", async ({ pageAs }) => {
  const page = await pageAs("mehmet");
  for (const slug of ["inkoopvolwassenheid", "groeimodel-mensen", "beslisboom-inkoopsamenwerking"]) {
    const response = await page.goto(`/voorbeeldstad/hulpmiddelen/${slug}`);
    expect(response?.status()).toBe(404);
  }
});
