// The security headers of the production build (proxy.ts, lib/security-headers.ts): a
// Content-Security-Policy whose nonce is new for every response and sits on every script Next
// renders, with no other inline script allowed; Permissions-Policy; the fixed headers of
// next.config.mjs. Checked on a page and on API routes (JSON, CSV), then by walking through the
// app as a person does: no page may report a policy violation, and an injected script never runs.
import type { Page, Response } from "@playwright/test";
import { demoButtonName, demoUsers, expect, test } from "../e2e/fixtures";

const CONTRACT = "Catering stadhuis en wijkcentra 2025–2029";

function nonceOf(csp: string | undefined): string {
  const match = /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "");
  expect(match, `een nonce in script-src van: ${csp}`).not.toBeNull();
  return match![1];
}

/** The directives of a policy by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectFixedHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  // The test server runs on http://localhost: no HSTS (tests/security/headers.test.ts checks https).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

test("a page carries a strict policy with a nonce, the permissions policy and the fixed headers", async ({ request }) => {
  const response = await request.get("/login");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expectFixedHeaders(headers);
  const policy = directives(headers["content-security-policy"]);
  const nonce = nonceOf(headers["content-security-policy"]);
  expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  // Inline style attributes only (React's style={...}, recharts); style elements need the nonce.
  expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  expect(policy.get("style-src-elem")).toEqual(["'self'", `'nonce-${nonce}'`]);
  // Production never allows eval or inline script.
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
});

/** API answers are data: nothing in them may load, run or be framed, and a file opened anyway is sandboxed. */
function expectApiPolicy(headers: Record<string, string>) {
  const policy = directives(headers["content-security-policy"]);
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.has("sandbox")).toBe(true);
}

test("API routes carry the headers too: JSON, a refusal, a CSV and a PDF download", async ({ request, playwright, baseURL, sessionOf }) => {
  const anonymous = await request.get("/api/v1/voorbeeldstad/contracts");
  expect(anonymous.status()).toBe(401);
  expectFixedHeaders(anonymous.headers());
  expectApiPolicy(anonymous.headers());

  const api = await playwright.request.newContext({ baseURL, storageState: await sessionOf("joris") });
  const json = await api.get("/api/v1/voorbeeldstad/contracts");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toContain("application/json");
  expectFixedHeaders(json.headers());
  expectApiPolicy(json.headers());

  const csv = await api.get("/api/v1/voorbeeldstad/dashboard/export?tabel=themas&formaat=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toMatch(/csv|spreadsheet/);
  expectFixedHeaders(csv.headers());
  expectApiPolicy(csv.headers());

  const { data } = (await json.json()) as { data: Array<{ id: string; title: string }> };
  const contract = data.find((c) => c.title === CONTRACT)!;
  const pdf = await api.get(`/api/v1/voorbeeldstad/contracts/${contract.id}/reviews/2025-Q1/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expectFixedHeaders(pdf.headers());
  expectApiPolicy(pdf.headers());
  await api.dispose();
});

test("the nonce is new for every response and is on every script tag Next renders, also on pages without data", async ({ request }) => {
  const nonces = new Set<string>();
  // The login pages and the not-found page would be prerendered at build time without a nonce.
  const pages = ["/login", "/login", "/login/verstuurd", "/deze/pagina/bestaat/echt/niet/zo/diep"];
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status()).toBe(path.startsWith("/login") ? 200 : 404);
    const nonce = nonceOf(response.headers()["content-security-policy"]);
    nonces.add(nonce);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, `scripts op ${path}`).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(pages.length);
});

/** Records every policy violation the browser reports, from the first script on, in every page of the context. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate|run)/i.test(message.text()))
      seen.push(`${page.url()}: ${message.text()}`);
  });
  await page.context().addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return seen;
}

async function expectScriptsNonced(page: Page, response: Response | null) {
  const nonce = nonceOf(response?.headers()["content-security-policy"]);
  // The browser hides a nonce attribute from the DOM; the property keeps it.
  const unnonced = await page
    .locator("script")
    .evaluateAll((scripts, n) => scripts.filter((s) => (s as HTMLScriptElement).nonce !== n).map((s) => s.outerHTML.slice(0, 120)), nonce);
  expect(unnonced).toEqual([]);
}

test("signing in and walking through the app reports no policy violation", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const violations = await watchViolations(page);

  const login = await page.goto("/login");
  await expectScriptsNonced(page, login);
  await page.getByRole("button", { name: demoButtonName(demoUsers.fatima), exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/login" && url.pathname !== "/");

  await expectScriptsNonced(page, await page.goto("/voorbeeldstad/dashboard"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/voorbeeldstad/contracten");
  await page.getByRole("link", { name: CONTRACT }).click();
  await expect(page.getByRole("heading", { level: 1, name: CONTRACT })).toBeVisible();

  // The KPI page draws every growth path with recharts, which positions with style attributes.
  await page.getByRole("link", { name: "KPI's en groeipaden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "KPI's en groeipaden" })).toBeVisible();
  await expect(page.locator("path.recharts-line-curve").first()).toHaveAttribute("d", /^M[\d.]+,[\d.]+/);

  // The review report, reached by client-side navigation, with its own print style sheet.
  await page.getByRole("link", { name: `← ${CONTRACT}` }).click();
  await page.getByRole("link", { name: "Tijdlijn" }).click();
  await page.getByRole("region", { name: "1e kwartaal 2025" }).getByRole("link", { name: "Review definitief" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kwartaalreview 1e kwartaal 2025" })).toBeVisible();

  const review = await page.goto(new URL(page.url()).pathname.replace(/\/rapport$/, ""));
  await expectScriptsNonced(page, review);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kwartaalreview");

  expect(violations).toEqual([]);
  await context.close();
});

/**
 * Serves a page with markup an attacker managed to store: an inline script without a nonce, one
 * with the nonce of an earlier response, and an event handler, as the HTML parser meets them.
 */
async function withInjectedMarkup(page: Page, path: string, earlierNonce: string) {
  await page.route(path, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      `<script>window.__injected = (window.__injected || []).concat("inline")</script>` +
        `<script nonce="${earlierNonce}">window.__injected = (window.__injected || []).concat("old nonce")</script>` +
        `<img src="data:," onerror="window.__injected = (window.__injected || []).concat('handler')"></body>`,
    );
    await route.fulfill({ response, body: html });
  });
}

test("a script injected into a page does not run, while the page's own scripts do", async ({ page, request }) => {
  const earlier = nonceOf((await request.get("/login")).headers()["content-security-policy"]);
  const violations = await watchViolations(page);
  await withInjectedMarkup(page, "**/login", earlier);
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const state = await page.evaluate(() => {
    const w = window as unknown as { __injected?: string[]; __next_f?: unknown[]; next?: { version?: string } };
    return { injected: w.__injected ?? [], flight: Array.isArray(w.__next_f), next: w.next?.version ?? null };
  });
  // Next's own inline and external scripts ran (its data pushes, its runtime); the injected ones did not.
  expect(state.flight).toBe(true);
  expect(state.next).toMatch(/^16\./);
  expect(state.injected).toEqual([]);
  // The browser said why: each was refused under script-src.
  expect(violations.filter((v) => v.includes("script-src")).length).toBeGreaterThanOrEqual(3);

  // Markup that reaches the page later (a stored text rendered as HTML by mistake) fares no better.
  const late = await page.evaluate(async () => {
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="data:," onerror="window.__late = true"><a href="javascript:window.__late = true">x</a>';
    document.body.appendChild(holder);
    holder.querySelector("a")!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __late?: boolean }).__late ?? false;
  });
  expect(late).toBe(false);
});
