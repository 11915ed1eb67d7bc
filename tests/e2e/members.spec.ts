import { checkPage, expect, statusMessage, test } from "./fixtures";

// An administrator invites a colleague; the invitation is listed until it is accepted.
test.use({ user: "anouk" });

test("an admin invites a member and sees the open invitation", async ({ page }) => {
  const email = `e2e.collega.${Date.now().toString(36)}@voorbeeldstad.example`;
  await page.goto("/voorbeeldstad/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await checkPage(page, "beheer");

  const form = page.getByRole("region", { name: "Iemand uitnodigen" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Rol").selectOption({ label: "Contractmanager" });
  await form.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(statusMessage(form)).toHaveText(`De uitnodiging is verstuurd naar ${email}.`);

  const open = form.getByRole("table").getByRole("row").filter({ hasText: email });
  await expect(open).toHaveCount(1);
  await expect(open).toContainText("Contractmanager");
  await expect(open.getByRole("button", { name: `Intrekken voor ${email}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Logboek" })).toContainText("Uitnodiging verstuurd");
  await checkPage(page, "beheer-uitnodiging");

  // The same address again with another role: a question at the role, nothing typed lost, the open invitation unchanged.
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Rol").selectOption({ label: "Lezer" });
  await form.getByRole("button", { name: "Uitnodigen", exact: true }).click();
  await expect(form.locator("#field-role-error")).toContainText("al uitgenodigd als contractmanager");
  await expect(form.getByLabel("E-mailadres")).toHaveValue(email);
  await expect(open).toContainText("Contractmanager");
  await form.getByRole("checkbox", { name: /vervang de uitnodiging als contractmanager door een uitnodiging als lezer/ }).check();
  await form.getByRole("button", { name: "Uitnodigen", exact: true }).click();
  await expect(statusMessage(form)).toContainText(`De uitnodiging is opnieuw verstuurd naar ${email}`);
  await expect(open).toContainText("Lezer");
  // Sent again from the list, after a reload so no earlier confirmation is on the page.
  await page.reload();
  await expect(statusMessage(page)).toHaveCount(0);
  await open.getByRole("button", { name: `Opnieuw versturen aan ${email}` }).click();
  await expect(statusMessage(page)).toContainText(`De uitnodiging is opnieuw verstuurd naar ${email}`);
  await expect(open).toContainText("Lezer");

  // Revoking asks first: cancelled, the invitation stays; agreed, it is gone.
  const questions: string[] = [];
  page.once("dialog", (dialog) => (questions.push(dialog.message()), dialog.dismiss()));
  await open.getByRole("button", { name: `Intrekken voor ${email}` }).click();
  await expect.poll(() => questions).toEqual([`De uitnodiging voor ${email} intrekken? De link in de e-mail werkt dan niet meer.`]);
  await expect(open).toHaveCount(1);
  page.once("dialog", (dialog) => dialog.accept());
  await open.getByRole("button", { name: `Intrekken voor ${email}` }).click();
  await expect(open).toHaveCount(0);
});
