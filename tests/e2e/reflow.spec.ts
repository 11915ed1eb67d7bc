// Reflow (WCAG 1.4.10): every page reads at 320 CSS px, and at 683 px (a 1366 px window at 200 %
// zoom), without scrolling sideways; a wide table may scroll inside its own wrapper, the page may
// not, and a wrapper that scrolls is a named region the keyboard can reach. One URL of every route
// (every page.tsx under app/), signed in as a role that sees it.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test, type DemoUserKey } from "./fixtures";

const NARROW = { width: 320, height: 640 };
const ZOOMED = { width: 683, height: 384 };

/** Routes not visited, and why. */
const EXCLUDED: Record<string, string> = {
  "/": "only forwards: to /login without a session and to the user's organisation with one; every demo account has an organisation",
  "/[org]/beheer/webhooks/[id]":
    "an endpoint's settings and delivery log: the demo registers no endpoint, whose messages would leave the demo; integration-partner.spec makes one",
  "/opgeschort/[org]": "shown only to a member of a suspended organisation; operators.spec suspends one of its own and opens it",
};

type Ids = Record<string, string>;
type Visit = {
  /** The route as its folder under app/, route groups left out. */
  route: string;
  as: DemoUserKey | null;
  url: (ids: Ids) => string;
  /** Ids this page links to, for the routes after it: the first link whose href matches (and whose text contains `text`). */
  find?: Record<string, { href: RegExp; text?: string }>;
};

const ID = "([0-9a-f-]{36})";
const CATERING = "Catering stadhuis en wijkcentra 2025–2029";
const V = "/voorbeeldstad";
const contract = (ids: Ids) => `${V}/contracten/${ids.contract}`;
const tool = `${V}/hulpmiddelen`;

// In order: a page names the ids that later pages need. Voorbeeldstad's contract manager for
// contracts, its coordinator for ambition and guidance, its admin for management, the supplier's
// reporter for the report form and Prestaties.
const VISITS: Visit[] = [
  { route: "/login", as: null, url: () => "/login" },
  { route: "/login/verstuurd", as: null, url: () => "/login/verstuurd?email=contractmanagement.duurzaamheid@gemeente-voorbeeldstad.nl" },
  // An unknown token: the page says why it cannot be used (a valid one exists only in an invitation mail).
  { route: "/uitnodiging/[token]", as: null, url: () => "/uitnodiging/verlopen-of-onbekend" },
  { route: "/dev/outbox", as: null, url: () => "/dev/outbox" },
  { route: "/[org]", as: "fatima", url: () => V },
  { route: "/[org]/dashboard", as: "fatima", url: () => `${V}/dashboard` },
  {
    route: "/[org]/contracten",
    as: "fatima",
    url: () => `${V}/contracten`,
    find: { contract: { href: new RegExp(`/contracten/${ID}$`), text: CATERING } },
  },
  { route: "/[org]/contracten/nieuw", as: "fatima", url: () => `${V}/contracten/nieuw` },
  { route: "/[org]/contracten/[id]", as: "fatima", url: contract },
  { route: "/[org]/contracten/[id]/bewerken", as: "fatima", url: (ids) => `${contract(ids)}/bewerken` },
  { route: "/[org]/contracten/[id]/leverancier", as: "fatima", url: (ids) => `${contract(ids)}/leverancier` },
  { route: "/[org]/contracten/[id]/dashboard", as: "fatima", url: (ids) => `${contract(ids)}/dashboard` },
  {
    route: "/[org]/contracten/[id]/kpis",
    as: "fatima",
    url: (ids) => `${contract(ids)}/kpis`,
    find: { kpi: { href: new RegExp(`/kpis/${ID}$`) } },
  },
  { route: "/[org]/contracten/[id]/kpis/[kpiId]", as: "fatima", url: (ids) => `${contract(ids)}/kpis/${ids.kpi}` },
  { route: "/[org]/contracten/[id]/kpi-import", as: "fatima", url: (ids) => `${contract(ids)}/kpi-import` },
  { route: "/[org]/contracten/[id]/kpis-kopieren", as: "fatima", url: (ids) => `${contract(ids)}/kpis-kopieren` },
  { route: "/[org]/contracten/[id]/toezeggingen", as: "fatima", url: (ids) => `${contract(ids)}/toezeggingen` },
  { route: "/[org]/contracten/[id]/aanbesteding", as: "joris", url: (ids) => `${contract(ids)}/aanbesteding` },
  { route: "/[org]/contracten/[id]/malus", as: "fatima", url: (ids) => `${contract(ids)}/malus` },
  { route: "/[org]/contracten/[id]/tijdlijn", as: "fatima", url: (ids) => `${contract(ids)}/tijdlijn` },
  { route: "/[org]/contracten/[id]/weging", as: "fatima", url: (ids) => `${contract(ids)}/weging` },
  { route: "/[org]/contracten/[id]/samenwerking", as: "fatima", url: (ids) => `${contract(ids)}/samenwerking` },
  { route: "/[org]/contracten/[id]/waardenwiel", as: "fatima", url: (ids) => `${contract(ids)}/waardenwiel` },
  {
    route: "/[org]/contracten/[id]/roadmap",
    as: "fatima",
    url: (ids) => `${contract(ids)}/roadmap`,
    find: { action: { href: new RegExp(`/roadmap/${ID}$`) } },
  },
  { route: "/[org]/contracten/[id]/roadmap/[itemId]", as: "fatima", url: (ids) => `${contract(ids)}/roadmap/${ids.action}` },
  { route: "/[org]/contracten/[id]/innovaties", as: "fatima", url: (ids) => `${contract(ids)}/innovaties` },
  { route: "/[org]/contracten/[id]/reviews", as: "fatima", url: (ids) => `${contract(ids)}/reviews` },
  // The demo's signed evaluation of 2025: decisions, roadmap check and signatures all shown.
  { route: "/[org]/contracten/[id]/jaarevaluatie/[jaar]", as: "fatima", url: (ids) => `${contract(ids)}/jaarevaluatie/2025` },
  // The last signed review of the demo: scores, decisions, malus and signatures all shown.
  { route: "/[org]/contracten/[id]/reviews/[quarter]", as: "fatima", url: (ids) => `${contract(ids)}/reviews/2026-Q2` },
  { route: "/[org]/contracten/[id]/reviews/[quarter]/rapport", as: "fatima", url: (ids) => `${contract(ids)}/reviews/2026-Q2/rapport` },
  { route: "/[org]/rapportages", as: "fatima", url: () => `${V}/rapportages` },
  // The supplier's report form of the last ended quarter, a draft in the demo.
  {
    route: "/[org]/contracten/[id]/rapportages/[quarter]",
    as: "eva",
    url: (ids) => `/groen-cateraars/contracten/${ids.contract}/rapportages/2026-Q3`,
  },
  { route: "/[org]/prestaties", as: "eva", url: () => "/groen-cateraars/prestaties" },
  { route: "/[org]/bedrijfsprofiel", as: "mehmet", url: () => "/groen-cateraars/bedrijfsprofiel" },
  { route: "/[org]/lessen", as: "fatima", url: () => `${V}/lessen` },
  { route: "/[org]/profiel", as: "fatima", url: () => `${V}/profiel` },
  { route: "/[org]/meldingen", as: "fatima", url: () => `${V}/meldingen` },
  { route: "/[org]/perioden", as: "joris", url: () => `${V}/perioden` },
  {
    route: "/[org]/verificatie",
    as: "joris",
    url: () => `${V}/verificatie?kwartaal=2026-Q1`,
    find: { verifiedValue: { href: new RegExp(`/verificatie/${ID}$`) } },
  },
  { route: "/[org]/verificatie/[id]", as: "joris", url: (ids) => `${V}/verificatie/${ids.verifiedValue}` },
  {
    route: "/[org]/bestuursrapportages",
    as: "joris",
    url: () => `${V}/bestuursrapportages`,
    find: { boardReport: { href: new RegExp(`/bestuursrapportages/${ID}$`) } },
  },
  { route: "/[org]/bestuursrapportages/[id]", as: "joris", url: (ids) => `${V}/bestuursrapportages/${ids.boardReport}` },
  { route: "/[org]/benchmark", as: "joris", url: () => `${V}/benchmark` },
  { route: "/[org]/inkoopgroepen", as: "joris", url: () => `${V}/inkoopgroepen` },
  // A buyer group's own overview: the adoption matrix and the results at 320 px too.
  { route: "/[org]", as: "joris", url: () => "/inkoopsamenwerking-duurzame-catering-zuid" },
  { route: "/[org]/beheer", as: "anouk", url: () => `${V}/beheer` },
  { route: "/[org]/beheer/logboek", as: "anouk", url: () => `${V}/beheer/logboek` },
  { route: "/[org]/beheer/api-tokens", as: "anouk", url: () => `${V}/beheer/api-tokens` },
  { route: "/[org]/beheer/webhooks", as: "anouk", url: () => `${V}/beheer/webhooks` },
  { route: "/[org]/beheer/inlogdiensten", as: "anouk", url: () => `${V}/beheer/inlogdiensten` },
  { route: "/platform", as: "sanne", url: () => "/platform" },
  { route: "/api-documentatie", as: null, url: () => "/api-documentatie" },
  { route: "/[org]/hulpmiddelen", as: "joris", url: () => tool },
  {
    route: "/[org]/hulpmiddelen/ambitie-checklist",
    as: "joris",
    url: () => `${tool}/ambitie-checklist`,
    find: { ambitionChecklist: { href: new RegExp(`^${V}/contracten/${ID}/ambitie-checklist$`) } },
  },
  {
    route: "/[org]/contracten/[id]/ambitie-checklist",
    as: "joris",
    url: (ids) => `${V}/contracten/${ids.ambitionChecklist}/ambitie-checklist`,
  },
  {
    route: "/[org]/hulpmiddelen/checklist",
    as: "joris",
    url: () => `${tool}/checklist`,
    find: { round: { href: new RegExp(`/checklist/${ID}$`) } },
  },
  { route: "/[org]/hulpmiddelen/checklist/[id]", as: "joris", url: (ids) => `${tool}/checklist/${ids.round}` },
  { route: "/[org]/hulpmiddelen/checklist/[id]/resultaten", as: "joris", url: (ids) => `${tool}/checklist/${ids.round}/resultaten` },
  {
    route: "/[org]/hulpmiddelen/wegwijzer",
    as: "joris",
    url: () => `${tool}/wegwijzer`,
    find: { advice: { href: new RegExp(`/wegwijzer/${ID}$`) } },
  },
  { route: "/[org]/hulpmiddelen/wegwijzer/[id]", as: "joris", url: (ids) => `${tool}/wegwijzer/${ids.advice}` },
  // The demo has one advice: compared with itself, both columns show its tips.
  {
    route: "/[org]/hulpmiddelen/wegwijzer/[id]/vergelijken",
    as: "joris",
    url: (ids) => `${tool}/wegwijzer/${ids.advice}/vergelijken?met=${ids.advice}`,
  },
  {
    route: "/[org]/hulpmiddelen/inkoopvolwassenheid",
    as: "joris",
    url: () => `${tool}/inkoopvolwassenheid`,
    find: { maturity: { href: new RegExp(`/inkoopvolwassenheid/${ID}$`) } },
  },
  { route: "/[org]/hulpmiddelen/inkoopvolwassenheid/[id]", as: "joris", url: (ids) => `${tool}/inkoopvolwassenheid/${ids.maturity}` },
  {
    route: "/[org]/hulpmiddelen/groeimodel-mensen",
    as: "joris",
    url: () => `${tool}/groeimodel-mensen`,
    find: { people: { href: new RegExp(`/groeimodel-mensen/${ID}$`) } },
  },
  { route: "/[org]/hulpmiddelen/groeimodel-mensen/[id]", as: "joris", url: (ids) => `${tool}/groeimodel-mensen/${ids.people}` },
  {
    route: "/[org]/hulpmiddelen/beslisboom-inkoopsamenwerking",
    as: "joris",
    url: () => `${tool}/beslisboom-inkoopsamenwerking`,
    find: { decision: { href: new RegExp(`/beslisboom-inkoopsamenwerking/${ID}$`) } },
  },
  {
    route: "/[org]/hulpmiddelen/beslisboom-inkoopsamenwerking/[id]",
    as: "joris",
    url: (ids) => `${tool}/beslisboom-inkoopsamenwerking/${ids.decision}`,
  },
  {
    route: "/[org]/kpi-bibliotheek",
    as: "joris",
    url: () => `${V}/kpi-bibliotheek`,
    find: { template: { href: new RegExp(`/kpi-bibliotheek/${ID}$`) } },
  },
  { route: "/[org]/kpi-bibliotheek/nieuw", as: "joris", url: () => `${V}/kpi-bibliotheek/nieuw` },
  { route: "/[org]/kpi-bibliotheek/[templateId]", as: "joris", url: (ids) => `${V}/kpi-bibliotheek/${ids.template}` },
  { route: "/[org]/waardenwiel", as: "joris", url: () => `${V}/waardenwiel` },
  { route: "/[org]/waardenwiel/[year]", as: "joris", url: () => `${V}/waardenwiel/2026` },
  ...["visie", "themas", "analyse", "prioriteiten", "ambitie", "concretisering", "doelen", "meten"].map((step): Visit => ({
    route: `/[org]/waardenwiel/[year]/${step}`,
    as: "joris",
    url: () => `${V}/waardenwiel/2026/${step}`,
  })),
  {
    route: "/[org]/waardenwiel/doelstellingen",
    as: "joris",
    url: () => `${V}/waardenwiel/doelstellingen`,
    find: { target: { href: new RegExp(`/doelstellingen/${ID}$`) } },
  },
  { route: "/[org]/waardenwiel/doelstellingen/nieuw", as: "joris", url: () => `${V}/waardenwiel/doelstellingen/nieuw` },
  { route: "/[org]/waardenwiel/doelstellingen/[id]", as: "joris", url: (ids) => `${V}/waardenwiel/doelstellingen/${ids.target}` },
  { route: "/[org]/waardenwiel/voetafdruk", as: "joris", url: () => `${V}/waardenwiel/voetafdruk` },
  { route: "/[org]/waardenwiel/voetafdruk/[pakket]", as: "joris", url: () => `${V}/waardenwiel/voetafdruk/catering` },
  {
    route: "/[org]/waardenwiel/indicatoren",
    as: "joris",
    url: () => `${V}/waardenwiel/indicatoren`,
    find: { indicator: { href: new RegExp(`/indicatoren/${ID}$`) } },
  },
  { route: "/[org]/waardenwiel/indicatoren/[id]", as: "joris", url: (ids) => `${V}/waardenwiel/indicatoren/${ids.indicator}` },
];

/** Every page.tsx under app/ as its route: "app/(app)/[org]/lessen/page.tsx" is "/[org]/lessen". */
function pageRoutes(): string[] {
  const appDir = path.join(process.cwd(), "app");
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map(
      (file) =>
        (
          "/" +
          path
            .dirname(file)
            .split(path.sep)
            .filter((part) => part !== "." && !/^\(.*\)$/.test(part))
            .join("/")
        ).replace(/\/$/, "") || "/",
    )
    .sort();
}

type Overflow = { scrollWidth: number; clientWidth: number; culprits: string[] };

/**
 * How far the page scrolls sideways, and the elements that stick out furthest: those not clipped
 * by a scrolling or clipping box they are laid out in. An absolutely positioned element is clipped
 * only by a box at or above its containing block, which is how text hidden for sight escaped a
 * table's scrolling wrapper.
 */
function measureOverflow(): Overflow | null {
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  if (root.scrollWidth <= clientWidth + 1) return null;
  const clipped = (el: Element): boolean => {
    let position = getComputedStyle(el).position;
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (position === "fixed") return false;
      const style = getComputedStyle(parent);
      if (position === "absolute" && style.position === "static") continue;
      if (style.overflowX !== "visible") return true;
      position = style.position;
    }
    return false;
  };
  const describe = (el: Element, right: number): string => {
    const classes = [...el.classList].map((c) => `.${c}`).join("");
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${classes}> tot ${Math.round(right)} px${text ? ` “${text}”` : ""}`;
  };
  // How far an element reaches: its box, or the text and boxes that spill out of it.
  const reach = (el: Element): number => {
    const rect = el.getBoundingClientRect();
    return getComputedStyle(el).overflowX === "visible" ? Math.max(rect.right, rect.left + el.scrollWidth) : rect.right;
  };
  const depth = (el: Element): number => (el.parentElement ? depth(el.parentElement) + 1 : 0);
  const sticking = [...document.body.querySelectorAll("*")]
    .map((el) => ({ el, right: reach(el) }))
    .filter(({ el, right }) => right > clientWidth + 1 && !clipped(el))
    // Furthest first; of equal reach the innermost, where the overflow starts.
    .sort((a, b) => b.right - a.right || depth(b.el) - depth(a.el));
  const culprits: string[] = [];
  const reaches = new Set<number>();
  for (const { el, right } of sticking) {
    if (reaches.has(Math.round(right))) continue;
    reaches.add(Math.round(right));
    culprits.push(describe(el, right));
    if (culprits.length === 3) break;
  }
  return { scrollWidth: root.scrollWidth, clientWidth, culprits };
}

/**
 * Boxes that scroll sideways at this width but cannot be reached with the keyboard or have no
 * name: a table that may scroll in its wrapper is one a keyboard user can scroll too.
 */
function unreachableScrollers(): string[] {
  return [...document.body.querySelectorAll("*")]
    .filter((el) => {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow !== "auto" && overflow !== "scroll") || el.scrollWidth <= el.clientWidth + 1) return false;
      const named = el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby");
      return !((el as HTMLElement).tabIndex >= 0 && ["region", "group"].includes(el.getAttribute("role") ?? "") && named);
    })
    .map(
      (el) =>
        `<${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")}> “${(el.textContent ?? "").trim().slice(0, 40)}”`,
    );
}

async function overflowAt(page: Page, viewport: { width: number; height: number }): Promise<Overflow | null> {
  await page.setViewportSize(viewport);
  // Two frames: what measures itself on a resize (the charts) has drawn at the new width.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(measureOverflow);
}

// Ids found on one page and used by a later visit, across both halves.
const ids: Ids = {};

test("every page.tsx is visited or excluded with a reason, and nothing else is visited", () => {
  const routes = pageRoutes();
  const expected = routes.filter((route) => !(route in EXCLUDED));
  expect([...new Set(VISITS.map((v) => v.route))].sort(), "bezochte routes tegen de page.tsx-bestanden").toEqual(expected);
  expect(
    Object.keys(EXCLUDED).filter((route) => !routes.includes(route)),
    "uitgezonderde routes die niet bestaan",
  ).toEqual([]);
});

// Three parts of 90 seconds each, in order: on a loaded two-core machine the whole walk takes
// about three minutes, and a later visit may use an id an earlier one found.
const PARTS = 3;
const PART = Math.ceil(VISITS.length / PARTS);
for (const [label, visits] of Array.from(
  { length: PARTS },
  (_, i) => [`${i + 1}/${PARTS}`, VISITS.slice(i * PART, (i + 1) * PART)] as const,
)) {
  test(`every route reads at 320 px and at 200 % zoom without scrolling sideways (${label})`, async ({ browser, baseURL, sessionOf }) => {
    test.setTimeout(90_000);
    const pages = new Map<DemoUserKey | null, Page>();
    const pageFor = async (user: DemoUserKey | null) => {
      let page = pages.get(user);
      if (!page) {
        const context = await browser.newContext({
          baseURL,
          locale: "nl-NL",
          timezoneId: "Europe/Amsterdam",
          viewport: NARROW,
          storageState: user ? await sessionOf(user) : undefined,
        });
        page = await context.newPage();
        pages.set(user, page);
      }
      return page;
    };

    const failures: string[] = [];
    let checked = 0;
    try {
      for (const visit of visits) {
        const url = visit.url(ids);
        const page = await pageFor(visit.as);
        // Each visit loads at 320 px and is then widened to 683 px, as zooming a loaded page does.
        await page.setViewportSize(NARROW);
        const response = await page.goto(url, { waitUntil: "load" });
        const where = `${visit.route} (${url}${visit.as ? `, als ${visit.as}` : ""})`;
        expect(response?.status(), `status van ${where}`).toBe(200);
        expect(new URL(page.url()).pathname, `${where} stuurt niet door`).toBe(new URL(url, baseURL).pathname);
        await expect(page.getByRole("heading", { level: 1 }).first(), `kop op ${where}`).toBeVisible();
        for (const [key, { href, text }] of Object.entries(visit.find ?? {})) {
          const links = await page
            .locator("main a[href]")
            .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "" })));
          const match = links.map((l) => (text && !l.text.includes(text) ? null : href.exec(l.href))).find(Boolean);
          expect(match, `een link naar ${key} op ${where}`).toBeTruthy();
          ids[key] = match![1];
        }
        for (const viewport of [NARROW, ZOOMED]) {
          const overflow = await overflowAt(page, viewport);
          // With E2E_SCREENSHOTS=1 every route is kept as a person sees it at both widths, to be looked at.
          if (process.env.E2E_SCREENSHOTS === "1")
            await page.screenshot({
              path: test.info().outputPath(`${visit.route.replace(/[^a-z0-9]+/gi, "_")}-${viewport.width}.png`),
              fullPage: true,
            });
          if (overflow)
            failures.push(
              `${where} bij ${viewport.width} px: ${overflow.scrollWidth - overflow.clientWidth} px te breed; ${overflow.culprits.join("; ")}`,
            );
          // The app marks scrolling boxes once it runs (app/_components/ui/scroll-regions.tsx), after
          // hydration, which on a loaded two-core machine came more than 5 s after "load". The wait
          // ends as soon as every box is reachable, so only a real failure waits it out.
          await page
            .waitForFunction(`(${unreachableScrollers})().length === 0`, undefined, { timeout: 15_000, polling: "raf" })
            .catch(() => {});
          for (const box of await page.evaluate(unreachableScrollers))
            failures.push(
              `${where} bij ${viewport.width} px: scrollt opzij zonder toetsenbordfocus of naam (role=region, aria-label): ${box}`,
            );
        }
        checked++;
      }
    } finally {
      for (const page of pages.values()) await page.context().close();
    }
    expect(checked).toBe(visits.length);
    expect(failures, "pagina's die opzij scrollen").toEqual([]);
  });
}
