import { checkPage, expect, statusMessage, test } from "./fixtures";

// A platform operator onboards a new buyer: the organisation and its first admin's invitation.
// The invitee accepts and works in it; the operator suspends it, the admin is told why and
// cannot open it; after reactivation everything is back. The operator never sees its data.
test.use({ user: "sanne" });

test("an operator onboards a buyer, suspends and reactivates it", async ({ page, browser, baseURL }) => {
  test.slow();
  const suffix = Date.now().toString(36);
  const name = `Waterschap E2E ${suffix}`;
  const slug = `waterschap-e2e-${suffix}`;
  const email = `beheer.${suffix}@waterschap.example`;

  await page.goto("/zuiderland/profiel");
  await page.getByRole("link", { name: "Naar platformbeheer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Platformbeheer" })).toBeVisible();
  const form = page.getByRole("region", { name: "Nieuwe opdrachtgever" });
  await form.getByLabel("Naam").fill(name);
  await form.getByLabel("Adres in Groeipad (slug)").fill("platform");
  await form.getByLabel("E-mailadres van de eerste beheerder").fill(email);
  await form.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(form.locator("#field-slug-error")).toContainText("gebruikt Groeipad zelf");
  await expect(form.locator("#field-kvk-error")).toContainText("KvK-nummer of het OIN");
  await expect(form.getByLabel("Naam")).toHaveValue(name);
  await form.getByLabel("Adres in Groeipad (slug)").fill(slug);
  await form.getByLabel("KvK-nummer").fill(`9${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`);
  await form.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(statusMessage(form)).toContainText(`${name} is aangemaakt op /${slug}`);
  const row = page
    .getByRole("region", { name: /^Organisaties/ })
    .getByRole("row")
    .filter({ hasText: name });
  await expect(row).toContainText("Actief");
  await checkPage(page, "platformbeheer");
  // Not a member: the operator cannot open the new organisation.
  expect((await page.goto(`/${slug}`))?.status()).toBe(404);

  // The first admin accepts the invitation from the outbox, in a browser of their own.
  await page.goto("/dev/outbox");
  await page
    .getByRole("navigation", { name: "E-mails" })
    .getByRole("listitem")
    .filter({ hasText: `aan ${email}` })
    .getByRole("link")
    .click();
  const links = await page.locator("a.mail-link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const invitationLink = links.find((href) => new URL(href).pathname.startsWith("/uitnodiging/"))!;
  const invitee = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  try {
    const admin = await invitee.newPage();
    await admin.goto(invitationLink);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Uitnodiging voor ${name}`);
    await admin.getByLabel("Je naam").fill("Wim Waterman");
    await admin.getByRole("button", { name: "Uitnodiging accepteren" }).click();
    await admin.waitForURL(`**/${slug}`);
    await expect(admin.getByRole("banner")).toContainText(`${name}`);
    await expect(admin.getByRole("banner")).toContainText("opdrachtgever · Beheerder");

    // Suspended: asked first, then the admin's next page says why.
    await page.goto("/platform");
    await row.getByLabel(`Reden voor het opschorten van ${name}`).fill("Proefperiode afgelopen");
    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: `Opschorten ${name}` }).click();
    await expect(row).toContainText("Opgeschort sinds");
    await expect(row).toContainText("Proefperiode afgelopen");
    await admin.goto(`/${slug}/contracten`);
    await expect(admin).toHaveURL(`/opgeschort/${slug}`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`${name} is opgeschort`);
    await expect(admin.getByRole("main")).toContainText("Proefperiode afgelopen");
    await checkPage(admin, "opgeschort");

    // Reactivated: back in.
    await row.getByRole("button", { name: `Heropenen ${name}` }).click();
    await expect(row).toContainText("Actief");
    await admin.goto(`/${slug}/contracten`);
    await expect(admin).toHaveURL(`/${slug}/contracten`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Contracten");
  } finally {
    await invitee.close();
  }
});
