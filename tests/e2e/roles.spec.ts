import { checkPage, demoButtonName, demoUsers, expect, test, type DemoUserKey } from "./fixtures";

// One demo user per role: the top bar names the organisation, its kind and the user's role, and
// only roles that manage members or read the audit log get the Beheer menu item.
const roles: Array<{ key: DemoUserKey; beheer: boolean }> = [
  { key: "anouk", beheer: true },
  { key: "joris", beheer: true },
  { key: "fatima", beheer: false },
  { key: "pieter", beheer: false },
  { key: "mehmet", beheer: true },
  { key: "eva", beheer: false },
  { key: "daan", beheer: false },
];

test("the login page offers every demo account and passes axe", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  for (const { key } of roles) {
    await expect(page.getByRole("button", { name: demoButtonName(demoUsers[key]), exact: true })).toBeVisible();
  }
  await checkPage(page, "login");
});

for (const { key, beheer } of roles) {
  const user = demoUsers[key];
  test.describe(`${user.roleLabel} bij ${user.org}`, () => {
    test.use({ user: key });

    test(`${user.name} sees the dashboard of ${user.org}`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(`/${user.slug}`);
      const topBar = page.getByRole("banner");
      await expect(topBar).toContainText(user.org);
      await expect(topBar).toContainText(`${user.kind === "buyer" ? "opdrachtgever" : "leverancier"} · ${user.roleLabel}`);
      await expect(topBar).toContainText(user.name);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Goedendag, ${user.name.split(" ")[0]}`);
      const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
      await expect(menu.getByRole("link", { name: "Contracten" })).toBeVisible();
      await expect(menu.getByRole("link", { name: "Beheer" })).toHaveCount(beheer ? 1 : 0);
      await checkPage(page, `dashboard-${key}`);
    });
  });
}
