// Playwright fixtures: sign in as a demo user through the one-click demo sign-in (once per user
// per run, then the session cookie is reused), and check every page with axe.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { e2eServers, productionModeServer } from "./servers";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export type DemoUser = {
  name: string;
  org: string;
  slug: string;
  kind: "buyer" | "supplier";
  roleLabel: string;
};

const VOORBEELDSTAD = { org: "Gemeente Voorbeeldstad", slug: "voorbeeldstad", kind: "buyer" } as const;
const ZUIDERLAND = { org: "Provincie Zuiderland", slug: "zuiderland", kind: "buyer" } as const;
const GROEN = { org: "Groen Cateraars B.V.", slug: "groen-cateraars", kind: "supplier" } as const;
const SCHOON = { org: "Schoon & Fris Facilitair B.V.", slug: "schoon-en-fris", kind: "supplier" } as const;
const VAN_DIJK = { org: "Wegenbouw Van Dijk B.V.", slug: "wegenbouw-van-dijk", kind: "supplier" } as const;

/** The demo accounts of db/seed/demo-data.ts, by first name. */
export const demoUsers = {
  anouk: { name: "Anouk de Vries", ...VOORBEELDSTAD, roleLabel: "Beheerder" },
  joris: { name: "Joris Bakker", ...VOORBEELDSTAD, roleLabel: "Coördinator MVI/KCI" },
  fatima: { name: "Fatima El Amrani", ...VOORBEELDSTAD, roleLabel: "Contractmanager" },
  pieter: { name: "Pieter Jansen", ...VOORBEELDSTAD, roleLabel: "Lezer" },
  karim: { name: "Karim Haddou", ...VOORBEELDSTAD, roleLabel: "Verificateur" },
  sanne: { name: "Sanne Visser", ...ZUIDERLAND, roleLabel: "Beheerder" },
  bram: { name: "Bram Mulder", ...ZUIDERLAND, roleLabel: "Contractmanager" },
  noor: { name: "Noor Hendriks", ...ZUIDERLAND, roleLabel: "Lezer" },
  mehmet: { name: "Mehmet Yilmaz", ...GROEN, roleLabel: "Beheerder" },
  eva: { name: "Eva de Boer", ...GROEN, roleLabel: "Rapporteur" },
  daan: { name: "Daan Peters", ...GROEN, roleLabel: "Lezer" },
  sophie: { name: "Sophie van Leeuwen", ...SCHOON, roleLabel: "Beheerder" },
  kees: { name: "Kees van Dijk", ...VAN_DIJK, roleLabel: "Beheerder" },
  ilse: { name: "Ilse Koster", ...VAN_DIJK, roleLabel: "Rapporteur" },
} satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof demoUsers;

/** The accessible name of a demo user's sign-in button on /login. */
export function demoButtonName(user: DemoUser): string {
  return `Inloggen als ${user.name}, ${user.roleLabel} bij ${user.org}`;
}

/**
 * Fails on serious and critical axe violations of the page as it is now. With E2E_SCREENSHOTS=1
 * it also keeps a full-page screenshot under test-results/ so a person can look at what was
 * checked; a failing test keeps one either way.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const testInfo = base.info();
  await page.waitForLoadState("load");
  // After a client-side navigation (a server action that redirects) Next sets the new <title>
  // a moment after the content; axe must judge the settled page. A page that never gets a
  // title still fails below.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 5_000 }).catch(() => {});
  // axe cannot enter an iframe that may not run scripts (the outbox shows mails in one) and
  // would wait for it until the test times out.
  // Legacy mode runs axe inside the page itself; the default opens a blank page per check to
  // combine frame results, which doubled the time of every check and our pages have no
  // cross-origin frames to combine.
  // The rules of WCAG 2.1 A and AA, the standard Dutch public bodies must meet (EN 301 549); axe's
  // best-practice rules on top took a third of every check without deciding anything.
  // Only violations are collected: by default axe also gathers every passing and inapplicable
  // node with its selector and HTML, a quarter of each check's time on a large page.
  const analyse = () =>
    new AxeBuilder({ page })
      .setLegacyMode(true)
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .options({ resultTypes: ["violations"] })
      .exclude('iframe[sandbox]:not([sandbox*="allow-scripts"])')
      .analyze();
  let results = await analyse();
  // The wait above can pass on the previous page's title while Next is still swapping in the new
  // one; on a busy machine axe then ran in between. A missing title is judged again once one has
  // come (within 10 s): a page that never gets one still fails.
  if (results.violations.some((v) => v.id === "document-title")) {
    await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 10_000 }).catch(() => {});
    results = await analyse();
  }
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  // Lesser findings do not fail the test but stay visible in the report.
  for (const v of results.violations.filter((v) => !blocking.includes(v))) {
    testInfo.annotations.push({ type: `axe ${v.impact ?? "minor"}`, description: `${name}: ${v.id} (${v.nodes.length}×) ${v.help}` });
  }
  const report = blocking.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} – ${n.failureSummary ?? ""}`).join("\n")}`,
  );
  if (process.env.E2E_SCREENSHOTS === "1") {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  }
  expect(report, `axe op ${name} (${page.url()})`).toEqual([]);
}

/**
 * The status region that says something. Every form keeps an empty live region on the page, ready
 * for its confirmation (so screen readers announce it), and so does the page itself.
 */
export function statusMessage(scope: Page | Locator): Locator {
  // Not the page-wide "Laden…" of a navigation, which can linger a moment after the new page shows.
  return scope.getByRole("status").and(scope.locator(":not(.navigation-progress)")).filter({ hasText: /\S/ });
}

async function signInThroughDemo(browser: Browser, baseURL: string, user: DemoUser): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByRole("button", { name: demoButtonName(user), exact: true }).click();
    // Demo sign-in lands on "/", which forwards to the user's (first) organisation.
    await page.waitForURL((url) => url.pathname !== "/login" && url.pathname !== "/");
    return await context.storageState();
  } finally {
    await context.close();
  }
}

const IDLE_REUSE_MS = 40 * 60_000;

type WorkerFixtures = {
  /** This worker's own server (its own database): specs that change data never meet another worker's. */
  serverURL: string;
  /** The server in production mode (no demo), shared by all workers; only read from. */
  productionURL: string;
  /** The session of a demo user, signed in once per worker and then reused. */
  sessionOf: (user: DemoUserKey) => Promise<StorageState>;
};

type TestFixtures = {
  /** Set with test.use({ user: "fatima" }): the default page is then signed in as that user. */
  user: DemoUserKey | undefined;
  /** A new page signed in as another demo user, in its own browser context. */
  pageAs: (user: DemoUserKey) => Promise<Page>;
};

export const test = base.extend<TestFixtures, WorkerFixtures>({
  serverURL: [
    async ({}, use, workerInfo) => {
      const servers = e2eServers();
      const server = servers[workerInfo.parallelIndex];
      if (!server)
        throw new Error(
          `Worker ${workerInfo.parallelIndex} heeft geen server: draai met ten hoogste E2E_WORKERS=${servers.length} workers.`,
        );
      await use(server.baseURL);
    },
    { scope: "worker" },
  ],
  productionURL: [async ({}, use) => use(productionModeServer().baseURL), { scope: "worker" }],
  baseURL: async ({ serverURL }, use) => use(serverURL),
  sessionOf: [
    async ({ browser, serverURL: baseURL }, use) => {
      const sessions = new Map<DemoUserKey, { state: Promise<StorageState>; usedAt: number }>();
      await use((key) => {
        let session = sessions.get(key);
        // The app ends a session after an hour without requests (SESSION_IDLE_MINUTES): one not
        // used for a while is replaced by a fresh sign-in rather than handed out dead.
        if (!session || Date.now() - session.usedAt > IDLE_REUSE_MS) {
          const state = signInThroughDemo(browser, baseURL, demoUsers[key]);
          // A failed sign-in is retried by the next test instead of being cached.
          state.catch(() => sessions.delete(key));
          session = { state, usedAt: Date.now() };
          sessions.set(key, session);
        }
        session.usedAt = Date.now();
        return session.state;
      });
    },
    { scope: "worker" },
  ],
  user: [undefined, { option: true }],
  storageState: async ({ user, sessionOf, storageState }, use) => {
    await use(user ? await sessionOf(user) : storageState);
  },
  pageAs: async ({ browser, sessionOf, baseURL, locale, timezoneId, viewport }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (key) => {
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, storageState: await sessionOf(key) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
