import type { Page } from "@playwright/test";
import { checkPage, expect, test } from "./fixtures";

// The contract manager's journey through the KPI library: adopt a template at the
// "plus" level into the catering contract that has not started yet, see it there as a proposal,
// look at the catering roadmap drawn over the contract years, and upload a file with one bad row
// that is reported and imports nothing.
const CONTRACT = "Catering sportaccommodaties";
const TEMPLATE = "Samenwerking aan de ambitie";

test.use({ user: "fatima" });

async function openContract(page: Page, title: string): Promise<string> {
  await page.goto("/voorbeeldstad/contracten");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("adopts a template at the plus level, sees the roadmap drawn and a bad import row reported", async ({ page }) => {
  await page.goto("/voorbeeldstad");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "KPI-bibliotheek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "KPI-bibliotheek" })).toBeVisible();
  const card = page.getByRole("article", { name: TEMPLATE });
  await expect(card.getByRole("row", { name: /^Plus/ })).toContainText("na 1 jaar: 3");
  await checkPage(page, "kpi-bibliotheek");

  const adopt = card.getByRole("form", { name: `${TEMPLATE} overnemen in een contract` });
  await adopt.getByLabel("Contract").selectOption({ label: `${CONTRACT} (VBS-2026-044)` });
  await adopt.getByRole("radio", { name: "Plus" }).check();
  await adopt.getByRole("button", { name: "Overnemen in contract" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "KPI's en groeipaden" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(TEMPLATE) })).toContainText("Voorgesteld");
  const kpisPath = new URL(page.url()).pathname;
  await checkPage(page, "kpi-overgenomen");

  // The catering roadmap, drawn as a timeline over the contract years with the growth paths.
  const catering = await openContract(page, "Catering stadhuis en wijkcentra 2025–2029");
  await page.getByRole("link", { name: "Roadmap", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Roadmap" })).toBeVisible();
  const timeline = page.locator("svg.roadmap-timeline");
  await expect(timeline).toHaveAttribute("aria-label", /Tijdlijn van de roadmap met 11 acties/);
  await expect(timeline.locator("g.timeline-marker")).toHaveCount(11);
  await expect(timeline.locator("g.timeline-marker-done")).toHaveCount(4);
  await expect(timeline.locator("text.timeline-tick")).toHaveText(["2025", "2026", "2027", "2028", "2029"]);
  await expect(timeline.locator("g.timeline-growth-path polyline").first()).toHaveAttribute("points", /^[\d.]+,[\d.]+ [\d.]+,[\d.]+/);
  await expect(page.getByRole("row", { name: /Overstap op elektrische bestelbussen/ })).toContainText("Opbouw");
  await checkPage(page, "roadmap");
  await page.getByRole("link", { name: "Per thema" }).click();
  await expect(timeline.locator("text.timeline-lane-label").first()).toHaveText("Circulariteit");
  expect(catering).toMatch(/\/voorbeeldstad\/contracten\//);

  // A CSV with one good and one bad row: the bad row is reported by number, nothing is imported.
  const contractPath = kpisPath.replace(/\/kpis$/, "");
  await page.goto(`${contractPath}/kpi-import`);
  await expect(page.getByRole("heading", { level: 1, name: "KPI's importeren" })).toBeVisible();
  const csv = [
    "naam;indicator;soort;verplichting;mijlpaal 1 kwartaal;mijlpaal 1 waarde",
    "Lokale groente en fruit;circular_content;kwantitatief;inspanning;;",
    "Restafval sportkantines;residual_waste;kwantitatief;inspanning;;12.5",
  ].join("\r\n");
  await page.getByLabel(/^Bestand/).setInputFiles({ name: "kpis.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Er is niets geïmporteerd" })).toContainText("2 fouten in 1 regel");
  const errors = page.locator("table.import-errors");
  await expect(errors.getByRole("row")).toHaveCount(3);
  await expect(errors.getByRole("row", { name: /mijlpaal 1 kwartaal/ })).toContainText("Vul het kwartaal van mijlpaal 1 in.");
  await expect(errors.getByRole("row", { name: /mijlpaal 1 waarde/ })).toContainText(
    '"12.5" gebruikt een punt als decimaalteken; schrijf 12,5.',
  );
  await expect(
    errors
      .getByRole("row", { name: /mijlpaal 1 waarde/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("3");
  await expect(page.getByRole("button", { name: /importeren$/ })).toHaveCount(0);
  await checkPage(page, "kpi-import-fout");

  await page.goto(kpisPath);
  await expect(page.getByRole("row", { name: /Lokale groente en fruit/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Restafval sportkantines/ })).toHaveCount(0);
});
