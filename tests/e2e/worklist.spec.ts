import { checkPage, expect, test } from "./fixtures";

// "Te doen" on the home page: each item links to where it is done; a reader has nothing to do.
test.use({ user: "eva" });

test("the supplier's reporter finds what waits for her on the home page and gets there in one click", async ({ page, pageAs }) => {
  await page.goto("/groen-cateraars");
  const todo = page.getByRole("region", { name: /Te doen/ });
  await expect(todo).toBeVisible();
  const links = todo.getByRole("listitem").getByRole("link");
  expect(await links.count()).toBeGreaterThan(0);
  await checkPage(page, "te-doen-leverancier");
  // The navigation counts the same things, and says so to a screen reader.
  const heading = await todo.getByRole("heading", { level: 2 }).textContent();
  const count = Number(/\((\d+)\)/.exec(heading!)![1]);
  const home = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: /^Dashboard/ });
  await expect(home).toHaveAccessibleName(`Dashboard (${count} dingen te doen)`);
  await page.goto("/groen-cateraars/contracten");
  await expect(home).toHaveAccessibleName(`Dashboard (${count} dingen te doen)`);
  await home.click();
  const first = links.first();
  const href = (await first.getAttribute("href"))!;
  expect(href).toMatch(/^\/groen-cateraars\/contracten\/[0-9a-f-]{36}\//);
  await first.click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const reader = await pageAs("pieter");
  await reader.goto("/voorbeeldstad");
  const none = reader.getByRole("region", { name: /Te doen/ });
  await expect(none).toContainText("Als lezer heb je geen taken");
  await expect(none.getByRole("link")).toHaveCount(0);
  await expect(reader.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Overzicht", exact: true })).toBeVisible();
});
