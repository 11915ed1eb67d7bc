// With the keyboard only (Tab, Enter, typing; no clicks): after a save focus lands on the
// confirmation, announced in a status region, never on the page itself; after a refusal it lands
// on the error summary at the top of the form, whose links put the cursor in the field. The report
// form (Eva, supplier), the review scoring (Fatima, contract manager) and the KPI form (Mehmet,
// supplier), on demo data of their own.
import type { Locator, Page } from "@playwright/test";
import { uniqueTitle } from "./contract-form";
import { CATERING_STADHUIS, copyDemoContract } from "./demo-data";
import { expect, statusMessage, test } from "./fixtures";

const QUARTER = "2026-Q3";

/** Presses Tab (or Shift+Tab) until target has focus, as a keyboard user walks the page. */
async function tabTo(page: Page, target: Locator, { max = 250, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Na ${max} keer Tab nog geen focus op ${target.toString()}`);
}

/** Selects everything in the focused field and types over it. */
async function typeOver(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

const focusIsOnThePage = (page: Page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);

test.describe("report form", () => {
  test.use({ user: "eva" });

  test("Opslaan als concept confirms in a status region that has focus, and the value stays", async ({ page, request }) => {
    const { id } = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Toetsenbord rapportage"));
    await page.goto(`/groen-cateraars/contracten/${id}/rapportages/${QUARTER}`);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Opslaan als concept" }) });
    const value = form.getByLabel(/^Waarde/).first();
    await tabTo(page, value);
    await typeOver(page, "12,5");
    await tabTo(page, form.getByRole("button", { name: "Opslaan als concept" }));
    await page.keyboard.press("Enter");

    const confirmation = form.getByRole("status").filter({ hasText: "Het concept is opgeslagen." });
    await expect(confirmation).toBeVisible();
    await expect(confirmation).toBeFocused();
    expect(await focusIsOnThePage(page)).toBe(false);
    await expect(value).toHaveValue("12,5");
    // From the confirmation the next Tab goes on into the form, not back to the top of the page.
    await page.keyboard.press("Tab");
    expect(await form.evaluate((f) => f.contains(document.activeElement))).toBe(true);
  });
});

test.describe("review scoring", () => {
  test.use({ user: "fatima" });

  test("planning and saving a score confirm with focus; the score stays open and shows the saved score", async ({ page, request }) => {
    test.setTimeout(120_000);
    const { id } = await copyDemoContract(request, CATERING_STADHUIS, uniqueTitle("E2E Toetsenbord review"));
    await page.goto(`/voorbeeldstad/contracten/${id}/reviews/${QUARTER}`);

    // Planned without a date: the summary has focus and takes the cursor to the date.
    const plan = page.getByRole("region", { name: "Review plannen" });
    await tabTo(page, plan.getByRole("button", { name: "Review plannen" }));
    await page.keyboard.press("Enter");
    const summary = plan.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary.getByRole("heading", { name: "Er ging iets mis" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(summary.getByRole("link", { name: /^Datum: / })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(plan.getByLabel("Datum", { exact: true })).toBeFocused();
    // The order of a date field's parts follows the machine's language, not the page's: filled at once.
    await plan.getByLabel("Datum", { exact: true }).fill("2026-11-30");
    await expect(plan.getByLabel("Datum", { exact: true })).toHaveValue("2026-11-30");
    await tabTo(page, plan.getByRole("button", { name: "Review plannen" }));
    await page.keyboard.press("Enter");

    // The plan form folds away with the result: the confirmation is at the top of the page, with focus.
    const planned = page.getByRole("status").filter({ hasText: "De review is gepland" });
    await expect(planned).toBeFocused();
    await expect(page.getByRole("region", { name: "Gesprek" })).toContainText("30 nov 2026");

    const kpi = (await page.getByRole("heading", { level: 3 }).allTextContents())[0];
    const card = page.getByRole("region", { name: kpi, exact: true });
    const details = card.locator("details").filter({ has: page.locator("summary", { hasText: "Score vastleggen" }) });
    await expect(details).toHaveAttribute("open", "");

    async function saveScore(typed: string, label: string) {
      await tabTo(page, card.getByLabel(`Afgesproken score ${kpi}`));
      await page.keyboard.type(typed);
      await expect(card.getByLabel(`Afgesproken score ${kpi}`).locator("option:checked")).toHaveText(label);
      await page.keyboard.press("Tab");
      await typeOver(page, "Samen besproken in het kwartaalgesprek.");
      await tabTo(page, card.getByRole("button", { name: "Score opslaan" }));
      await page.keyboard.press("Enter");
      const confirmation = card.getByRole("status").filter({ hasText: `Score opgeslagen voor ${kpi}.` });
      await expect(confirmation).toBeFocused();
      await expect(details).toHaveAttribute("open", "");
      await expect(card.getByLabel(`Afgesproken score ${kpi}`).locator("option:checked")).toHaveText(label);
      await expect(card.locator("dd").filter({ hasText: label }).first()).toBeVisible();
    }
    await saveScore("Risico", "Risico");

    // Once scored the score opens folded; opened with Enter, a second save keeps it open as well.
    await page.reload();
    await expect(details).not.toHaveAttribute("open", "");
    await tabTo(page, details.locator("summary"));
    await page.keyboard.press("Enter");
    await expect(details).toHaveAttribute("open", "");
    await saveScore("Op koers", "Op koers");
  });
});

test.describe("KPI form", () => {
  test.use({ user: "mehmet" });

  test("a refusal focuses the summary, whose links lead to the fields; fixed, the proposal and a change are saved", async ({ page }) => {
    test.setTimeout(120_000);
    const name = `Toetsenbord-KPI ${Date.now().toString(36)}`;
    await page.goto("/groen-cateraars/contracten");
    const contract = await page.getByRole("link", { name: "Catering sportaccommodaties" }).getAttribute("href");
    await page.goto(`${contract}/kpis`);

    const form = page.getByRole("region", { name: "Voorstel doen" });
    await tabTo(page, form.getByRole("button", { name: "Voorstel doen" }));
    await page.keyboard.press("Enter");
    const summary = form.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary.getByRole("alert")).toHaveText("Controleer de gemarkeerde velden.");
    await page.keyboard.press("Tab");
    await expect(summary.getByRole("link", { name: /^Naam van de KPI: / })).toBeFocused();
    await page.keyboard.press("Enter");
    const nameField = form.getByLabel("Naam van de KPI");
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.type(name);
    await tabTo(page, form.getByLabel("Indicator"));
    await page.keyboard.type("Producten met ecolabel");
    await expect(form.getByLabel("Indicator").locator("option:checked")).toHaveText("Producten met ecolabel (%)");
    await tabTo(page, form.getByRole("button", { name: "Voorstel doen" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Je voorstel is opgeslagen." })).toBeVisible();

    // The same form changes the proposal: a weight that is no number is refused at its field.
    const edit = page.getByRole("region", { name: "KPI wijzigen" });
    const weight = edit.getByLabel("Gewicht");
    await tabTo(page, weight);
    await typeOver(page, "zwaar");
    await tabTo(page, edit.getByRole("button", { name: /opslaan|voorstellen/i }));
    await page.keyboard.press("Enter");
    const refused = edit.locator(".error-summary");
    await expect(refused).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(refused.getByRole("link", { name: /^Gewicht: / })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(weight).toBeFocused();
    await expect(weight).toHaveValue("zwaar");
    await typeOver(page, "1,5");
    await tabTo(page, edit.getByRole("button", { name: /opslaan|voorstellen/i }));
    await page.keyboard.press("Enter");
    const saved = statusMessage(edit);
    await expect(saved).toBeFocused();
    await expect(edit.locator(".error-summary")).toHaveCount(0);
    await expect(weight).toHaveValue("1,5");
  });
});
