import { checkPage, expect, statusMessage, test } from "./fixtures";

// Two guidance tools: the wegwijzer and the strategic-procurement checklist.
test.use({ user: "joris" });

// The worked example of the PIANOo document (section V) and the cells of its output (V.2).
const WORKED_EXAMPLE: Array<[question: RegExp, option: string]> = [
  [/^1\. WAT\?/, "Complex, uniek of innovatief"],
  [/^2\. WAT\?/, "Veel aanbieders (5 of meer)"],
  [/^3\. HOE\?/, "Vooral innovatie en duurzaamheid"],
  [/^4\. WIE\?/, "Ja, de afdeling met de behoefte heeft genoeg capaciteit en expertise"],
  [/^5\. WIE\?/, "Nee, er zijn geen voor de hand liggende samenwerkingspartners"],
];
// The cell of each tip is named only in its source line ("Bron: PIANOo-wegwijzer, § III.6, cel S32").
const EXPECTED_CELLS: Array<[activity: string, cells: string[]]> = [
  ["Fundering", ["Fa", "F32"]],
  ["Analyse", ["Aa", "A12", "A32", "A52"]],
  ["Specificatie", ["Sa", "S12", "S21", "S32", "S52"]],
  ["Uitvoering", ["Ua", "U12", "U32"]],
];
const sourceLines = (cells: string[]) => cells.map((cell) => new RegExp(`^Bron: PIANOo-wegwijzer, § III\\.\\d, cel ${cell}$`));

test("the coordinator walks through the wegwijzer with the worked example, saves, prints and compares the advice", async ({ page }) => {
  await page.goto("/voorbeeldstad");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Hulpmiddelen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hulpmiddelen" })).toBeVisible();
  await checkPage(page, "hulpmiddelen");

  await page.getByRole("link", { name: "Wegwijzer organisatie strategische inkoop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wegwijzer organisatie strategische inkoop" })).toBeVisible();
  // An unanswered question is reported at the question; the answer given stays chosen.
  await page.getByRole("group", { name: WORKED_EXAMPLE[0]![0] }).getByLabel(WORKED_EXAMPLE[0]![1], { exact: true }).check();
  await page.getByRole("button", { name: "Advies tonen" }).click();
  await expect(page.getByText("Kies bij vraag 2 een van de twee antwoorden.")).toBeVisible();
  await expect(page.getByRole("group", { name: WORKED_EXAMPLE[0]![0] }).getByLabel(WORKED_EXAMPLE[0]![1], { exact: true })).toBeChecked();
  await checkPage(page, "wegwijzer-onvolledig");

  for (const [question, option] of WORKED_EXAMPLE)
    await page.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();
  await page.getByRole("button", { name: "Advies tonen" }).click();
  const advice = page.getByRole("region", { name: "Advies voor deze antwoorden" });
  for (const [activity, cells] of EXPECTED_CELLS) {
    await expect(advice.getByRole("region", { name: activity, exact: true }).locator(".advice-source")).toHaveText(sourceLines(cells));
  }
  // Before the tips, what to do first: the answers with the most tips lead (innovation: 4 cells, complex: 3).
  const first = advice.getByRole("region", { name: "Eerst doen" });
  await expect(first.getByRole("listitem")).toHaveCount(3);
  await expect(first.getByRole("listitem").first()).toContainText("Leg innovatie en duurzaamheid vast in richtlijnen");
  await expect(first.getByRole("listitem").first()).toContainText("Bron: PIANOo-wegwijzer, cellen F32, A32, S32 en U32.");
  await checkPage(page, "wegwijzer-advies");

  const title = `ICT-werkplekken e2e ${Date.now().toString(36)}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Contract in voorbereiding (optioneel)").selectOption({ label: "Circulaire ICT-werkplekken (VBS-2026-012)" });
  await page.getByLabel("Notities (optioneel)").fill("Eerste verkenning met de afdeling ICT.");
  await page.getByRole("button", { name: "Advies bewaren" }).click();
  await expect(statusMessage(page)).toHaveText("Het advies is bewaard.");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Circulaire ICT-werkplekken" })).toBeVisible();
  for (const [activity, cells] of EXPECTED_CELLS) {
    await expect(page.getByRole("region", { name: activity, exact: true }).locator(".advice-source")).toHaveText(sourceLines(cells));
  }
  await checkPage(page, "wegwijzer-bewaard");
  // What the printer gets: no menu, no buttons, the organisation named above the title.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Afdrukken of opslaan als pdf" })).toBeHidden();
  await expect(page.getByText("Gemeente Voorbeeldstad · Wegwijzer organisatie strategische inkoop")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("wegwijzer-afdruk.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The demo advice has the same answers, so nothing is added or removed.
  const demoRun = page
    .getByLabel("Vergelijk met")
    .locator("option", { hasText: "Circulaire ICT-werkplekken: organisatie van de aanbesteding" });
  await page.getByLabel("Vergelijk met").selectOption((await demoRun.getAttribute("value"))!);
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Adviezen vergelijken" })).toBeVisible();
  await expect(page.getByText("Beide adviezen hebben dezelfde antwoorden, en dus dezelfde tips.")).toBeVisible();
  await expect(page.getByText("Geen verschil in tips.")).toHaveCount(4);
  await checkPage(page, "wegwijzer-vergelijken");
});

test("a checklist round: the coordinator opens it, a viewer answers, the coordinator reads the results and closes it", async ({
  page,
  pageAs,
}) => {
  await page.goto("/voorbeeldstad/hulpmiddelen/checklist");
  await expect(page.getByRole("heading", { level: 1, name: "Checklist strategische inkoop" })).toBeVisible();
  // The demo rounds draw the trend: three theme lines.
  await expect(page.getByRole("img", { name: /Gemiddelde per thema per ronde/ }).locator("path.recharts-line-curve")).toHaveCount(3);
  await checkPage(page, "checklist");

  const title = `Meting e2e ${Date.now().toString(36)}`;
  await page.getByLabel("Titel van de ronde").fill(title);
  await page.getByRole("button", { name: "Ronde openen" }).click();
  await expect(statusMessage(page)).toContainText("De ronde is geopend.");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const pieter = await pageAs("pieter");
  await pieter.goto("/voorbeeldstad/hulpmiddelen/checklist");
  await expect(pieter.getByRole("button", { name: "Ronde openen" })).toHaveCount(0);
  await pieter.getByRole("link", { name: title, exact: true }).click();
  await expect(pieter.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(pieter.getByRole("button", { name: "Ronde sluiten" })).toHaveCount(0);
  const statement = (id: string) => pieter.getByRole("group", { name: new RegExp(`^${id.replace(".", "\\.")} `) });
  await statement("1.1").getByLabel("3 Eerder eens").check();
  await statement("1.2").getByLabel("2 Eerder oneens").check();
  await statement("3.3").getByLabel("4 Helemaal eens").check();
  await pieter.getByLabel("Opmerking bij stelling 1.1 (optioneel)").fill("Bekend bij inkoop, nog niet bij de vakafdelingen.");
  // A comment without a score is refused at its field, and everything chosen and typed stays.
  await pieter.getByLabel("Opmerking bij stelling 2.1 (optioneel)").fill("Geen vaste toets.");
  await pieter.getByRole("button", { name: "Antwoorden opslaan" }).click();
  await expect(pieter.getByText("Kies bij stelling 2.1 ook een score; een opmerking hoort bij een score.", { exact: true })).toBeVisible();
  await expect(statement("1.1").getByLabel("3 Eerder eens")).toBeChecked();
  await expect(pieter.getByLabel("Opmerking bij stelling 2.1 (optioneel)")).toHaveValue("Geen vaste toets.");
  await statement("2.1").getByLabel("1 Oneens").check();
  await pieter.getByRole("button", { name: "Antwoorden opslaan" }).click();
  await expect(statusMessage(pieter)).toContainText("4 van de 12 stellingen beantwoord");
  await statement("1.1").getByText("Tips bij stelling 1.1").click();
  await expect(statement("1.1").getByText(/ISO 20400/)).toBeVisible();
  await checkPage(pieter, "checklist-invullen");

  await page.getByRole("link", { name: "Resultaten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Resultaten: ${title}` })).toBeVisible();
  await expect(page.getByText("1 persoon heeft geantwoord tot nu toe")).toBeVisible();
  const perStatement = page.getByRole("img", { name: /^Verdeling van de scores per stelling/ });
  await expect(perStatement).toHaveAttribute("aria-label", /Stelling 1\.1: 1 antwoord; 1× Eerder eens; gemiddeld 3\./);
  // The bars are drawn: one segment per score given (1.1, 1.2, 2.1 and 3.3).
  await expect(perStatement.locator(".recharts-bar-rectangle path")).toHaveCount(4);
  await expect(perStatement.locator(".recharts-bar-rectangle path").first()).toHaveAttribute("d", /^M ?[\d.]+,[\d.]+ h [1-9]/);
  await expect(page.getByRole("table", { name: "Antwoorden per stelling" }).getByRole("row", { name: /^2\.1 / })).toContainText("1");
  await expect(page.getByText("Bekend bij inkoop, nog niet bij de vakafdelingen.")).toBeVisible();
  await expect(page.getByRole("main").getByText("Pieter Jansen")).toHaveCount(0);
  await checkPage(page, "checklist-resultaten");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Ronde sluiten" }).click();
  await expect(statusMessage(page)).toHaveText("De ronde is gesloten. De antwoorden staan vast.");
  await checkPage(page, "checklist-gesloten");

  await pieter.reload();
  await expect(pieter.getByText("Deze ronde is gesloten: de antwoorden kunnen niet meer worden gewijzigd.")).toBeVisible();
  await expect(pieter.getByRole("radio")).toHaveCount(0);
  await checkPage(pieter, "checklist-alleen-lezen");
});

test("a supplier has no guidance tools: no menu item, and the pages are not found", async ({ pageAs }) => {
  const mehmet = await pageAs("mehmet");
  await mehmet.goto("/groen-cateraars");
  await expect(mehmet.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Hulpmiddelen" })).toHaveCount(0);
  for (const path of ["/groen-cateraars/hulpmiddelen", "/groen-cateraars/hulpmiddelen/checklist"]) {
    const response = await mehmet.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(mehmet.getByRole("heading", { level: 1 })).toHaveText("Niet gevonden");
  }
});
