// Two app instances behind a proxy on one PostgreSQL database (playwright.scale.config.ts): what
// one instance writes, the other reads at once. Requests go round robin unless a test pins them
// to an instance with the proxy's header; every answer names the instance that served it.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demoButtonName, demoUsers, type DemoUserKey } from "../e2e/fixtures";
import { INSTANCE_HEADER } from "./servers";
import { deliveryJobsRunOnce } from "./queue";

const pin = (instance: number) => ({ [INSTANCE_HEADER]: String(instance) });

type Session = Awaited<ReturnType<BrowserContext["storageState"]>>;
const sessions = new Map<DemoUserKey, Session>();

/** Signs in with the demo account's button on /login, round robin; notes which instances answered. */
async function signedIn(browser: Browser, user: DemoUserKey): Promise<{ context: BrowserContext; page: Page; servedBy: Set<string> }> {
  const context = await browser.newContext();
  const servedBy = new Set<string>();
  context.on("response", (response) => {
    const instance = response.headers()[INSTANCE_HEADER];
    if (instance) servedBy.add(instance);
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: demoButtonName(demoUsers[user]), exact: true }).click();
  await page.waitForURL(`/${demoUsers[user].slug}`);
  sessions.set(user, await context.storageState());
  return { context, page, servedBy };
}

/** A contract's id by its title, from the REST API as the signed-in person sees it. */
async function contractId(context: BrowserContext, org: string, title: string, instance: number): Promise<string> {
  const answer = await context.request.get(`/api/v1/${org}/contracts`, { headers: pin(instance) });
  const { data } = (await answer.json()) as { data: Array<{ id: string; title: string }> };
  const contract = data.find((c) => c.title === title);
  expect(contract, `${title} in de demodata`).toBeDefined();
  return contract!.id;
}

/** A browser with the session an earlier test signed in, or a new one. */
async function browserOf(browser: Browser, user: DemoUserKey): Promise<BrowserContext> {
  const session = sessions.get(user);
  return session ? browser.newContext({ storageState: session }) : (await signedIn(browser, user)).context;
}

test("a sign-in through the proxy is served by both instances, and either knows the session", async ({ browser }) => {
  const { context, page, servedBy } = await signedIn(browser, "anouk");
  expect([...servedBy].sort()).toEqual(["0", "1"]);
  for (const instance of [0, 1]) {
    await page.setExtraHTTPHeaders(pin(instance));
    const response = await page.goto("/voorbeeldstad");
    expect(response?.headers()[INSTANCE_HEADER]).toBe(String(instance));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goedendag, Anouk");
  }
  await context.close();
});

test("the dashboard one instance keeps in its cache shows a change made through the other", async ({ browser }) => {
  const context = await browserOf(browser, "anouk");
  const dashboard = await context.newPage();
  await dashboard.setExtraHTTPHeaders(pin(1));
  const selection = dashboard.locator(".filter-actions > span");
  const asphalt = async () => {
    await dashboard.goto("/voorbeeldstad/dashboard?pakket=asfalt");
    await expect(selection).toHaveText(/^\d+ contract/);
    return Number(/^(\d+) contract/.exec((await selection.textContent()) ?? "")?.[1]);
  };
  // Instance 1 now keeps this dashboard in its cache, under the tenant's data version.
  const before = await asphalt();
  expect(before).toBeGreaterThan(0);

  const road = await contractId(context, "voorbeeldstad", "Onderhoud asfaltverhardingen 2026–2028", 0);
  const edit = await context.newPage();
  await edit.setExtraHTTPHeaders(pin(0));
  await edit.goto(`/voorbeeldstad/contracten/${road}/bewerken`);
  await edit.getByLabel("Inkooppakket").selectOption({ label: "Groenonderhoud" });
  await edit.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(edit).toHaveURL(/\?opgeslagen=1$/);

  expect(await asphalt()).toBe(before - 1);
  await context.close();
});

test("the sign-in limit counts the attempts on both instances together", async ({ page }) => {
  const email = `twee.instanties.${Date.now().toString(36)}@voorbeeldstad.example`;
  // Three links per address and client, alternately through each instance; each instance alone
  // would have seen two. The X-Forwarded-For the client makes up changes nothing: with one trusted
  // proxy the app counts the address the proxy added.
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.setExtraHTTPHeaders({ ...pin(attempt % 2), "x-forwarded-for": `203.0.113.${attempt + 1}` });
    await page.goto("/login");
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Stuur inloglink" }).click();
    if (attempt < 3) await expect(page).toHaveURL(/\/login\/verstuurd/);
  }
  await expect(page.getByRole("alert").filter({ hasText: "Te veel pogingen" })).toHaveText(
    "Te veel pogingen: er is geen inloglink verstuurd.",
  );
});

test("Uitloggen through one instance ends the session on the other", async ({ browser }) => {
  const { context, page } = await signedIn(browser, "pieter");
  await page.setExtraHTTPHeaders(pin(1));
  await page.goto("/voorbeeldstad");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goedendag, Pieter");
  const copy = await context.storageState();

  await page.setExtraHTTPHeaders(pin(0));
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await context.close();

  const thief = await browser.newContext({ storageState: copy, extraHTTPHeaders: pin(1) });
  const stolen = await thief.newPage();
  await stolen.goto("/voorbeeldstad");
  await expect(stolen).toHaveURL(/\/login$/);
  const api = await thief.request.get("/api/v1/voorbeeldstad/contracts", { headers: pin(1) });
  expect(api.headers()[INSTANCE_HEADER]).toBe("1");
  expect(api.status()).toBe(401);
  await thief.close();
});

test("with a job worker beside each instance, every delivery job runs once and each e-mail goes once", async ({ browser }) => {
  const kpi = `Twee instanties ${Date.now().toString(36)}`;
  const { context, page } = await signedIn(browser, "mehmet");
  await page.setExtraHTTPHeaders(pin(0));
  const catering = await contractId(context, "groen-cateraars", "Catering sportaccommodaties", 0);
  await proposeKpi(page, `/groen-cateraars/contracten/${catering}/kpis`, kpi);

  await deliveryJobsRunOnce(4);

  await page.setExtraHTTPHeaders(pin(1));
  await page.goto("/dev/outbox");
  const lines = await page
    .getByRole("navigation", { name: "E-mails" })
    .getByRole("listitem")
    .filter({ hasText: kpi })
    .locator(".small")
    .allTextContents();
  // Each of the buyer's people on the contract got the notification, and no one got it twice.
  const recipients = lines.map((line) => /^aan (\S+)/.exec(line)?.[1]);
  expect(recipients.length).toBeGreaterThan(0);
  expect(recipients).not.toContain(undefined);
  expect(new Set(recipients).size, lines.join("\n")).toBe(recipients.length);
  await context.close();
});

/** The supplier proposes a KPI, which notifies the buyer's people on the contract (as tests/e2e/notifications.spec.ts). */
async function proposeKpi(page: Page, kpisPage: string, name: string) {
  await page.goto(kpisPage);
  const form = page.getByRole("region", { name: "Voorstel doen" });
  await form.getByLabel("Naam van de KPI").fill(name);
  await form.getByLabel("Indicator").selectOption({ label: "Producten met ecolabel (%)" });
  await form.getByRole("radio", { name: /^Resultaatverplichting/ }).check();
  await form.getByLabel("Nulmeting (%)").fill("42,5");
  const milestone = form.getByRole("group", { name: "Mijlpaal 1" });
  const quarters = await milestone.getByLabel("Kwartaal").locator("option").allTextContents();
  await form.getByLabel("Kwartaal van de nulmeting").fill(quarters[1]);
  await milestone.getByLabel("Kwartaal").selectOption({ label: quarters[1] });
  await milestone.getByLabel("Doel (%)").fill("50");
  await form.getByRole("button", { name: "Voorstel doen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je voorstel is opgeslagen" })).toBeVisible();
}
