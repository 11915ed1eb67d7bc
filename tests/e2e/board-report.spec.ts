import { checkPage, expect, test } from "./fixtures";

// The coordinator writes a board report from today's dashboard; a reader of the buyer opens it
// from the list, and a bad input keeps what was typed.
test.use({ user: "joris" });

test("a coordinator records a board report and a reader opens it", async ({ page, pageAs }) => {
  await page.goto("/voorbeeldstad/bestuursrapportages");
  const title = `E2E bestuursrapportage ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Bestuursrapportage vastleggen" }).click();
  await expect(page.getByText("Schrijf een korte toelichting voor het bestuur.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue(title);

  await page.getByLabel("Toelichting voor het bestuur").fill("De CO2-doelstelling ligt op koers; verificatie blijft achter.");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Bestuursrapportage vastleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("De bestuursrapportage is vastgelegd.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ambitie en doelstellingen" })).toBeVisible();
  await checkPage(page, "bestuursrapportage");

  const pieter = await pageAs("pieter");
  await pieter.goto("/voorbeeldstad/bestuursrapportages");
  await expect(pieter.getByRole("button", { name: "Bestuursrapportage vastleggen" })).toHaveCount(0);
  await pieter.getByRole("link", { name: title }).click();
  await expect(pieter.getByText("De CO2-doelstelling ligt op koers; verificatie blijft achter.")).toBeVisible();
  await checkPage(pieter, "bestuursrapportage-lezer");
});
