import type { Browser, Page } from "@playwright/test";
import { checkPage, expect, statusMessage, test } from "./fixtures";
import { startIdentityProvider } from "./identity-provider";

// Signing in through an organisation's own identity provider, against a real OpenID provider on
// this machine: two buyers register it (Voorbeeldstad for its own domain and a shared regional
// one, Zuiderland for the regional one). An invited address gets in and joins; an address of
// another domain does not; a person invited by both chooses the organisation and opens only that
// one; logging out ends the session at Groeipad.

const run = Date.now().toString(36);
const colleague = `sso.collega.${run}@voorbeeldstad.example`;
const regional = `sso.regio.${run}@regio.example`;
const outsider = `iemand.${run}@elders.example`;

async function newProviderForm(page: Page, org: string) {
  await page.goto(`/${org}/beheer/inlogdiensten`);
  await expect(page.getByRole("heading", { level: 1, name: "Inlogdiensten (SSO)" })).toBeVisible();
  return (await page.getByTestId("new-callback-url").textContent())!.trim();
}

async function registerProvider(page: Page, fields: { name: string; issuer: string; clientId: string; secret: string; domains: string }) {
  const form = page.getByRole("region", { name: "Inlogdienst toevoegen" });
  await form.getByLabel("Naam op de inlogknop").fill(fields.name);
  await form.getByLabel("Adres van de inlogdienst (issuer)").fill(fields.issuer);
  await form.getByLabel("Client-id").fill(fields.clientId);
  await form.getByLabel("Client-secret").fill(fields.secret);
  await form.getByLabel("E-maildomeinen").fill(fields.domains);
  await form.getByRole("button", { name: "Inlogdienst toevoegen" }).click();
  return form;
}

async function invite(page: Page, org: string, email: string) {
  await page.goto(`/${org}/beheer`);
  const form = page.getByRole("region", { name: "Iemand uitnodigen" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Rol").selectOption({ label: "Lezer" });
  await form.getByRole("button", { name: "Uitnodigen", exact: true }).click();
  await expect(statusMessage(form)).toHaveText(`De uitnodiging is verstuurd naar ${email}.`);
}

/** A browser without any session, on the login page, asking for the organisation's provider. */
async function startAtLogin(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  const form = page.locator("form").filter({ has: page.locator("#field-sso-email") });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByRole("button", { name: "Inloggen via je organisatie" }).click();
  return { context, page, form };
}

async function loginAtProvider(page: Page, login: string) {
  await expect(page.getByRole("heading", { name: "Inloggen bij de identiteitsprovider" })).toBeVisible();
  await page.getByLabel("Gebruikersnaam").fill(login);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test("an organisation's identity provider signs in its own people, and only into that organisation", async ({
  pageAs,
  browser,
  serverURL,
}) => {
  test.setTimeout(120_000);
  const anouk = await pageAs("anouk");
  const sanne = await pageAs("sanne");
  const voorbeeldstadCallback = await newProviderForm(anouk, "voorbeeldstad");
  await checkPage(anouk, "inlogdiensten-leeg");
  const zuiderlandCallback = await newProviderForm(sanne, "zuiderland");

  // One provider per worker, on a port beside the worker's own server.
  const port = Number(new URL(serverURL).port) + 500;
  const idp = await startIdentityProvider({
    port,
    clients: [
      { clientId: "groeipad-voorbeeldstad", clientSecret: "geheim-voorbeeldstad", redirectUris: [voorbeeldstadCallback] },
      { clientId: "groeipad-zuiderland", clientSecret: "geheim-zuiderland", redirectUris: [zuiderlandCallback] },
    ],
    accounts: {
      collega: { email: colleague, name: "Sam Collega" },
      buitenstaander: { email: outsider, name: "Iemand Anders" },
      regio: { email: regional, name: "Robin Regio" },
    },
  });
  try {
    // A wrong address is caught at the field, with everything typed kept.
    let form = await registerProvider(anouk, {
      name: "Regionale inlogdienst",
      issuer: `http://127.0.0.1:${port + 1}`,
      clientId: "groeipad-voorbeeldstad",
      secret: "geheim-voorbeeldstad",
      domains: "voorbeeldstad.example\nregio.example",
    });
    await expect(form.locator("#field-new-issuer-error")).toContainText("OpenID-configuratie");
    await expect(form.getByLabel("E-maildomeinen")).toHaveValue("voorbeeldstad.example\nregio.example");
    await form.getByLabel("Adres van de inlogdienst (issuer)").fill(idp.issuer);
    await form.getByLabel("Client-secret").fill("geheim-voorbeeldstad");
    await form.getByRole("button", { name: "Inlogdienst toevoegen" }).click();
    await expect(statusMessage(form)).toContainText("De inlogdienst is toegevoegd");
    const listed = anouk.getByRole("region", { name: /Ingestelde inlogdiensten/ });
    await expect(listed).toContainText("voorbeeldstad.example, regio.example");
    await expect(listed).toContainText(voorbeeldstadCallback);
    await checkPage(anouk, "inlogdiensten");

    form = await registerProvider(sanne, {
      name: "Regionale inlogdienst",
      issuer: idp.issuer,
      clientId: "groeipad-zuiderland",
      secret: "geheim-zuiderland",
      domains: "regio.example",
    });
    await expect(statusMessage(form)).toContainText("De inlogdienst is toegevoegd");

    await invite(anouk, "voorbeeldstad", colleague);
    await invite(anouk, "voorbeeldstad", regional);
    await invite(sanne, "zuiderland", regional);

    // An invited address gets in, and its invitation is accepted on the way.
    const invited = await startAtLogin(browser, serverURL, colleague);
    await loginAtProvider(invited.page, "collega");
    await invited.page.waitForURL(/\/voorbeeldstad$/);
    await expect(invited.page.getByRole("link", { name: "Sam Collega" })).toBeVisible();
    await invited.context.close();

    // An address of a domain no organisation's provider covers is told so at the field.
    const stranger = await startAtLogin(browser, serverURL, outsider);
    await expect(stranger.form.locator("#field-sso-email-error")).toContainText("geen organisatie een eigen inlogdienst");
    // The provider vouching for an address of another domain than the one asked for: refused.
    await stranger.form.getByLabel("E-mailadres").fill(`nog.iemand.${run}@voorbeeldstad.example`);
    await stranger.form.getByRole("button", { name: "Inloggen via je organisatie" }).click();
    await loginAtProvider(stranger.page, "buitenstaander");
    await stranger.page.waitForURL(/\/login\?/);
    await expect(stranger.page.getByText("Je hebt (nog) geen toegang")).toBeVisible();
    await stranger.context.close();

    // Invited by two organisations that both use the regional provider: the person chooses.
    const both = await startAtLogin(browser, serverURL, regional);
    const choice = both.page.getByRole("group", { name: "Bij welke organisatie wil je inloggen?" });
    await expect(choice.getByRole("radio")).toHaveCount(2);
    await checkPage(both.page, "login-kies-organisatie");
    await choice.getByRole("radio", { name: /Provincie Zuiderland/ }).check();
    await both.form.getByRole("button", { name: "Inloggen bij deze organisatie" }).click();
    await loginAtProvider(both.page, "regio");
    await both.page.waitForURL(/\/zuiderland$/);
    // This session opens Zuiderland only: Voorbeeldstad's provider did not vouch for it.
    const other = await both.page.goto("/voorbeeldstad");
    expect(other?.status()).toBe(404);

    // Logging out ends the session at Groeipad; the next sign-in chooses the other organisation.
    await both.page.goto("/zuiderland");
    await both.page.getByRole("button", { name: "Uitloggen" }).click();
    await both.page.waitForURL(/\/login/);
    await both.page.goto("/zuiderland");
    await both.page.waitForURL(/\/login/);
    const again = both.page.locator("form").filter({ has: both.page.locator("#field-sso-email") });
    await again.getByLabel("E-mailadres").fill(regional);
    await again.getByRole("button", { name: "Inloggen via je organisatie" }).click();
    await both.page.getByRole("radio", { name: /Gemeente Voorbeeldstad/ }).check();
    await both.page.getByRole("button", { name: "Inloggen bij deze organisatie" }).click();
    await loginAtProvider(both.page, "regio");
    await both.page.waitForURL(/\/voorbeeldstad$/);
    expect((await both.page.goto("/zuiderland"))?.status()).toBe(404);
    await both.context.close();
  } finally {
    await idp.close();
  }
});
