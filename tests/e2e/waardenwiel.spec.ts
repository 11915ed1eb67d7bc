import fs from "node:fs";
import { checkPage, expect, statusMessage, test } from "./fixtures";
import type { Page } from "@playwright/test";

// The coordinator's journey through the Waardenwiel: a wheel for next year from the seed's
// example, the three-pillar warning going away as themes are added, a quantitative goal typed
// with a decimal comma, and the vision page that prints on one A4 page. Then who reads what.

const wheelSvg = (page: Page) => page.locator("svg.wheel-svg").first();

/** The drawing itself, not only its container: slices, theme labels and priority badges. */
async function expectWheel(page: Page, themes: number, labels: string[]) {
  const svg = wheelSvg(page);
  await expect(svg).toHaveAttribute("role", "img");
  await expect(svg).toHaveAttribute("aria-label", new RegExp(`${themes} thema's`));
  await expect(svg.locator("g.wheel-slice")).toHaveCount(themes);
  await expect(svg.locator("path.wheel-ring")).toHaveCount(themes);
  // Long names wrap over several <tspan> lines (and may break with a hyphen): compare without them.
  const bare = (text: string) => text.replace(/[\s-]/g, "");
  const names = await svg.locator("text.wheel-theme-name").allTextContents();
  expect(names).toHaveLength(themes);
  for (const label of labels)
    expect(
      names.some((n) => bare(n).includes(bare(label))),
      `${label} in ${names.join(" | ")}`,
    ).toBe(true);
}

/** Number of pages of a PDF, counted from its page objects. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test.describe("coordinator", () => {
  test.use({ user: "joris" });

  test("builds next year's wheel from the example, covers all three pillars, adds a goal and opens the vision page", async ({ page }) => {
    await page.goto("/voorbeeldstad/waardenwiel");
    await expect(page.getByRole("heading", { level: 1, name: "Waardenwiel" })).toBeVisible();
    await checkPage(page, "waardenwiel-overzicht");

    const next = page.getByRole("region", { name: "Wiel voor een volgend jaar" });
    const year = await next.getByLabel("Jaar").inputValue();
    await next.getByRole("radio", { name: /Voorbeeldwiel uit de handreiking/ }).check();
    await next.getByRole("button", { name: "Wiel aanmaken" }).click();
    await expect(page).toHaveURL(`/voorbeeldstad/waardenwiel/${year}?nieuw=1`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Waardenwiel ${year}`);
    await expectWheel(page, 5, ["Materiaal", "Ecologie", "Energie", "Water(bodem)"]);

    const steps = page.getByRole("navigation", { name: "Stappen van het Waardenwiel" });
    await expect(steps.getByRole("link")).toHaveCount(8);
    const warning = page.locator('[data-warning="pillars"]');
    await expect(warning).toContainText("Er ontbreken 2 pijlers: Samenwerking en Gedragsverandering.");
    await checkPage(page, "waardenwiel-nieuw-jaar");

    await steps.getByRole("link", { name: /Definieer duurzaamheid/ }).click();
    await expect(steps.getByRole("link", { name: /Definieer duurzaamheid/ })).toHaveAttribute("aria-current", "step");
    await expect(steps.getByRole("link", { name: /Definieer duurzaamheid/ })).toContainText("nu bezig");
    const add = page.getByRole("region", { name: "Thema toevoegen" });
    await add.getByRole("textbox", { name: "Naam van het thema" }).fill("Samenwerken in de keten");
    await add.getByRole("radio", { name: /^Samenwerking/ }).check();
    await add.getByRole("button", { name: "Thema toevoegen" }).click();
    await expect(statusMessage(add)).toHaveText("Het thema staat op de ring.");
    await expect(warning).toContainText("Er ontbreekt een pijler: Gedragsverandering.");
    await expect(add.getByRole("textbox", { name: "Naam van het thema" })).toHaveValue("");

    await add.getByRole("textbox", { name: "Naam van het thema" }).fill("Ambassadeurs");
    await add.getByRole("radio", { name: /^Gedragsverandering/ }).check();
    await add.getByRole("button", { name: "Thema toevoegen" }).click();
    await expect(statusMessage(add)).toHaveText("Het thema staat op de ring.");
    await expect(warning).toHaveCount(0);
    await expectWheel(page, 7, ["Ambassadeurs", "Energie"]);
    await expect(steps.getByRole("link", { name: /Definieer duurzaamheid/ })).toContainText("klaar");
    await checkPage(page, "waardenwiel-themas");
    await wheelSvg(page).screenshot({ path: test.info().outputPath("wiel.png") });

    // A quantitative goal: a decimal point is refused and everything typed stays; a comma is stored.
    await steps.getByRole("link", { name: /Concretiseer doelen/ }).click();
    const energy = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Energie/ }) });
    await energy.locator("summary", { hasText: "Doel toevoegen" }).click();
    await energy.getByRole("radio", { name: /Kwantitatief/ }).check();
    await energy.getByRole("textbox", { name: "Doel", exact: true }).fill("Meer hernieuwbare energie in onze gebouwen.");
    await energy.getByRole("combobox", { name: "Indicator" }).selectOption({ label: "Hernieuwbare energie (%)" });
    await energy.getByRole("textbox", { name: /Basiswaarde/ }).fill("41,5");
    await energy.getByRole("textbox", { name: "Doeljaar", exact: true }).fill("2030");
    await energy.getByRole("textbox", { name: /Doelwaarde/ }).fill("87.5");
    await energy.getByRole("button", { name: /Doel toevoegen/ }).click();
    await expect(energy.getByRole("alert")).toContainText("Controleer de gemarkeerde velden.");
    await expect(energy.getByText("Gebruik een komma voor decimalen, bijvoorbeeld 12,5.").first()).toBeVisible();
    await expect(energy.getByRole("textbox", { name: "Doel", exact: true })).toHaveValue("Meer hernieuwbare energie in onze gebouwen.");
    await energy.getByRole("textbox", { name: /Doelwaarde/ }).fill("87,5");
    await energy.getByRole("button", { name: /Doel toevoegen/ }).click();
    await expect(statusMessage(energy)).toHaveText("Het doel is toegevoegd.");
    await expect(energy).toContainText(`Hernieuwbare energie: van 41,5 % in ${Number(year) - 1} naar 87,5 % in 2030`);
    await checkPage(page, "waardenwiel-doelen");

    await steps.getByRole("link", { name: /Creëer engagement/ }).click();
    await expect(page.getByRole("heading", { name: `Onze duurzame ambitie ${year}` })).toBeVisible();
    await expectWheel(page, 7, ["Ambassadeurs"]);
    await expect(page.getByRole("article")).toContainText("Meer hernieuwbare energie in onze gebouwen.");
    await checkPage(page, "visieplaat-nieuw");
  });

  test("the vision page of this year prints on one A4 page", async ({ page }) => {
    await page.goto("/voorbeeldstad/waardenwiel/2026/visie");
    await expect(page.getByRole("heading", { name: "Onze duurzame ambitie 2026" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Afdrukken of opslaan als pdf" })).toBeVisible();
    await expectWheel(page, 7, ["Circulariteit"]);
    await checkPage(page, "visieplaat-2026");
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    fs.writeFileSync(test.info().outputPath("visieplaat-2026.pdf"), pdf);
    expect(pdfPageCount(pdf)).toBe(1);
    // What the printed page looks like, for a person to check: A4 at 96 dpi.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: test.info().outputPath("visieplaat-2026-a4.png") });
  });

  test("last year's wheel is read-only once this year's exists", async ({ page }) => {
    await page.goto("/voorbeeldstad/waardenwiel/2025/themas");
    await expect(page.getByRole("note")).toContainText("Dit wiel is alleen-lezen: er is al een Waardenwiel voor");
    await expect(page.getByRole("region", { name: "Thema toevoegen" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Verwijderen/ })).toHaveCount(0);
    await expect(page.locator('[data-warning="pillars"]')).toContainText("Gedragsverandering");
    await checkPage(page, "waardenwiel-2025");
  });
});

test.describe("supplier", () => {
  test.use({ user: "eva" });

  test("reads the wheel of its catering contract, without edit controls", async ({ page }) => {
    await page.goto("/groen-cateraars/contracten");
    await page.getByRole("link", { name: "Catering stadhuis en wijkcentra 2025–2029" }).click();
    await page.getByRole("link", { name: "Waardenwiel van dit contract" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Waardenwiel van het contract" })).toBeVisible();
    await expectWheel(page, 6, ["Gasten verleiden"]);
    await expect(page.getByRole("region", { name: "Ambitie voor dit contract" })).toContainText("60 % plantaardig");
    await expect(page.getByRole("main").locator("form")).toHaveCount(0);
    await checkPage(page, "contractwiel-leverancier");
  });
});
