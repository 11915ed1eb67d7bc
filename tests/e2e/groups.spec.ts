import { checkPage, expect, statusMessage, test } from "./fixtures";

// The demo's buyer group: Voorbeeldstad's coordinator (the group coordinator) reads how far the
// members adopted the catering standard and the results Zuiderland shares, and publishes a version
// that raises the minimum further; Voorbeeldstad's contract manager adopts the standard in a
// contract at the plus level, and the group sees it at once.
const GROUP = "Inkoopsamenwerking Duurzame Catering Zuid";
const STANDARD = "Aandeel plantaardige eiwitten in de catering";

test("a group coordinator reads the adoption matrix and the shared results, and publishes a raised version", async ({ pageAs }) => {
  const page = await pageAs("joris");
  await page.goto("/voorbeeldstad");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Inkoopgroepen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inkoopgroepen" })).toBeVisible();
  const membership = page.getByRole("region", { name: GROUP });
  await expect(membership.getByRole("row", { name: new RegExp(STANDARD) })).toContainText("Versie 2, sinds");
  await expect(membership.getByRole("row", { name: new RegExp(STANDARD) })).toContainText("Niet gedeeld");
  // Voorbeeldstad sees its own contract below the raised minimum, as the group does.
  await expect(membership.getByRole("row", { name: new RegExp(STANDARD) })).toContainText(/Minimum 1\s*1 onder het minimum/);
  await checkPage(page, "inkoopgroepen");

  await membership.getByRole("link", { name: "Naar de groep" }).click();
  await expect(page.getByRole("heading", { level: 1, name: GROUP })).toBeVisible();
  const matrix = page.getByRole("region", { name: "Overname per lid en standaard" });
  await expect(matrix.getByRole("row", { name: /Gemeente Voorbeeldstad/ })).toContainText("Minimum 1");
  await expect(matrix.getByRole("row", { name: /Gemeente Voorbeeldstad/ })).toContainText("1 onder het minimum");
  await expect(matrix.getByRole("row", { name: /Provincie Zuiderland/ })).toContainText("Plus 1");
  const results = page.getByRole("region", { name: `Resultaten ${STANDARD}` });
  await expect(results).toContainText("Provincie Zuiderland");
  await expect(results).not.toContainText("Gemeente Voorbeeldstad");
  await checkPage(page, "inkoopgroep");

  // Version 3 is scheduled for next year: a new version cannot go in before it, said at the date.
  await page.getByText("Nieuwe versie publiceren").click();
  const publish = page.locator("details[open]");
  await publish.getByLabel("Toelichting (optioneel)").fill("Het minimum stijgt verder, zoals afgesproken.");
  await publish.getByRole("button", { name: "Versie publiceren" }).click();
  await expect(publish.locator(".field-error")).toContainText(/Versie 3 gaat pas op 1 januari \d{4} in; kies die datum of later\./);
  await expect(publish.getByLabel("Toelichting (optioneel)")).toHaveValue("Het minimum stijgt verder, zoals afgesproken.");
  const nextYear = Number((await publish.getByLabel("Gaat in op").inputValue()).slice(0, 4)) + 1;
  await publish.getByLabel("Gaat in op").fill(`${nextYear}-01-01`);
  await publish.getByRole("button", { name: "Versie publiceren" }).click();
  await expect(statusMessage(publish)).toContainText("Versie 4 is gepubliceerd.");
});

test("a contract manager adopts the group's standard at the plus level, and the group sees it at once", async ({ pageAs }) => {
  const page = await pageAs("fatima");
  await page.goto("/voorbeeldstad/kpi-bibliotheek");
  const card = page.getByRole("article", { name: STANDARD });
  const adopt = card.getByRole("form", { name: `${STANDARD} overnemen in een contract` });
  await adopt.getByLabel("Contract").selectOption({ label: "Catering sportaccommodaties (VBS-2026-044)" });
  await adopt.getByRole("radio", { name: "Plus" }).check();
  await adopt.getByRole("button", { name: "Overnemen in contract" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "KPI's en groeipaden" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(STANDARD) })).toContainText("Voorgesteld");

  const coordinator = await pageAs("joris");
  await coordinator.goto("/voorbeeldstad/inkoopgroepen");
  await coordinator.getByRole("region", { name: GROUP }).getByRole("link", { name: "Naar de groep" }).click();
  const voorbeeldstad = coordinator
    .getByRole("region", { name: "Overname per lid en standaard" })
    .getByRole("row", { name: /Gemeente Voorbeeldstad/ });
  await expect(voorbeeldstad).toContainText("Plus 1");
  await expect(voorbeeldstad).toContainText("Minimum 1");
});
