import { checkPage, expect, statusMessage, test } from "./fixtures";

// The demo verifier signs in, lands on the verification page, sees only the contract assigned to
// them and records that a reported value holds up; the status beside the value changes.
test.describe("verification", () => {
  test.use({ user: "karim" });

  test("a verifier sees only the assigned contract and records a verification", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL("/voorbeeldstad/verificatie");
    await expect(page.getByRole("heading", { level: 1, name: "Verificatie" })).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link")).toHaveText(["Verificatie"]);
    const assigned = page.getByRole("region", { name: "Mijn contracten" });
    await expect(assigned.getByRole("listitem")).toHaveText(["Catering stadhuis en wijkcentra 2025–2029"]);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.filter({ hasText: "Schoonmaak" })).toHaveCount(0);
    await checkPage(page, "verificatie-verifier");

    const row = rows.nth(1);
    await row.getByText("Verificatie vastleggen").click();
    await row.getByLabel(/^Status van/).selectOption("geverifieerd");
    await row.getByLabel("Toelichting (bewijs, bron, bevinding)").fill("Inkoopfacturen van het kwartaal gecontroleerd.");
    await row.getByRole("button", { name: "Vastleggen" }).click();
    await expect(statusMessage(page)).toContainText("De verificatie is vastgelegd");
    await expect(rows.nth(1).locator(".badge")).toHaveText("Geverifieerd");

    // The value's history names who decided, with the note, and keeps earlier entries.
    await rows
      .nth(1)
      .getByRole("link", { name: /^Geschiedenis/ })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Verificatiegeschiedenis" })).toBeVisible();
    const history = page.getByRole("region", { name: "Alle verificaties, nieuwste eerst" });
    await expect(history.getByRole("listitem").first()).toContainText("door jou");
    await expect(history.getByRole("listitem").first()).toContainText("Inkoopfacturen van het kwartaal gecontroleerd.");
    await checkPage(page, "verificatie-geschiedenis");

    await page.goto("/voorbeeldstad/contracten");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Contracten");
  });
});
