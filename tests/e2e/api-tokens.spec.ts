import { request as playwrightRequest } from "@playwright/test";
import { checkPage, expect, statusMessage, test } from "./fixtures";

// An administrator makes an API token for another system: it is shown once, reads the API with no
// session at all, and stops working the moment it is revoked.
test.use({ user: "anouk" });

test("an admin makes a token that reads the API on its own, and revokes it", async ({ page, baseURL }) => {
  const name = `Contractbeheer ${Date.now().toString(36)}`;
  await page.goto("/voorbeeldstad/beheer");
  await page.getByRole("link", { name: "API-tokens beheren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API-tokens" })).toBeVisible();

  const form = page.getByRole("region", { name: "Nieuw token" });
  await form.getByLabel("Naam").fill(name);
  await form.getByRole("button", { name: "Token aanmaken" }).click();
  await expect(form.locator("#field-scopes-error")).toHaveText("Kies minstens één scope.");
  await expect(form.getByLabel("Naam")).toHaveValue(name);

  await form.getByRole("checkbox", { name: /Contracten, KPI's en groeipaden lezen/ }).check();
  await form.getByRole("button", { name: "Token aanmaken" }).click();
  await expect(statusMessage(form).first()).toContainText(`Het token “${name}” is aangemaakt`);
  const token = await form.getByLabel(`Het nieuwe token “${name}”`).inputValue();
  expect(token).toMatch(/^gp_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  const row = page
    .getByRole("region", { name: /^Tokens/ })
    .getByRole("row")
    .filter({ hasText: name });
  await expect(row).toContainText("contracts:read");
  await expect(row).toContainText("Nog niet");
  await checkPage(page, "api-tokens");

  // No cookies: the token alone.
  const api = await playwrightRequest.newContext({ baseURL });
  const read = await api.get("/api/v1/voorbeeldstad/contracts", { headers: { Authorization: `Bearer ${token}` } });
  expect(read.status()).toBe(200);
  expect(((await read.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
  expect((await api.get("/api/v1/voorbeeldstad/members", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(403);
  await page.reload();
  await expect(row).not.toContainText("Nog niet");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: `Intrekken ${name}` }).click();
  await expect(row).toContainText("Ingetrokken op");
  expect((await api.get("/api/v1/voorbeeldstad/contracts", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  await api.dispose();
});
