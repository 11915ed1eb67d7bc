// Sessions that end in the production build: a cookie copied before "Uitloggen" or "Overal
// uitloggen" gets the login page, the API answers 401 and a server action says so in Dutch.
import type { Browser, BrowserContext } from "@playwright/test";
import { checkPage, demoButtonName, demoUsers, expect, statusMessage, test, type DemoUserKey } from "../e2e/fixtures";

/** A browser of its own, signed in through the one-click demo sign-in (not the shared fixture). */
async function signedIn(browser: Browser, baseURL: string, key: DemoUserKey): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: demoButtonName(demoUsers[key]), exact: true }).click();
  await page.waitForURL(`/${demoUsers[key].slug}`);
  return context;
}

test("after Uitloggen a copied session cookie gets the login page and a 401", async ({ browser, baseURL }) => {
  const context = await signedIn(browser, baseURL!, "bram");
  const copy = await context.storageState();
  const page = context.pages()[0];
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await context.close();

  const thief = await browser.newContext({ baseURL, storageState: copy });
  try {
    const stolen = await thief.newPage();
    await stolen.goto("/zuiderland/contracten");
    await expect(stolen).toHaveURL(/\/login$/);
    await expect(stolen.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
    const api = await thief.request.get("/api/v1/zuiderland/contracts");
    expect(api.status()).toBe(401);
  } finally {
    await thief.close();
  }
});

test("Overal uitloggen ends the sessions in every browser, after a Dutch confirmation", async ({ browser, baseURL }) => {
  const laptop = await signedIn(browser, baseURL!, "noor");
  const phone = await signedIn(browser, baseURL!, "noor");
  try {
    const open = phone.pages()[0];
    await open.goto("/zuiderland/profiel");

    const page = laptop.pages()[0];
    await page.goto("/zuiderland/profiel");
    const section = page.getByRole("region", { name: "Ingelogde apparaten" });
    await expect(section).toContainText("60 minuten");
    await expect(section).toContainText("12 uur");
    await checkPage(page, "profiel");
    const asked: string[] = [];
    page.once("dialog", async (dialog) => {
      asked.push(dialog.message());
      await dialog.accept();
    });
    await section.getByRole("button", { name: "Overal uitloggen" }).click();
    await expect(page).toHaveURL(/\/login\?uitgelogd=overal$/);
    expect(asked[0]).toContain("op al je apparaten");
    await expect(statusMessage(page)).toHaveText("Je bent op al je apparaten en in al je browsers uitgelogd.");
    await checkPage(page, "uitgelogd-overal");

    // The other browser still shows the profile; saving there is refused, and any page is the login page.
    await open.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(open.getByRole("alert").filter({ hasText: "ingelogd" })).toHaveText(/niet \(meer\) ingelogd/);
    await open.goto("/zuiderland");
    await expect(open).toHaveURL(/\/login$/);
  } finally {
    await laptop.close();
    await phone.close();
  }
});
