// /login?callbackUrl=... followed by the one-click demo sign-in stays on this site, whatever the
// callback says; in the production build, as a browser follows the redirect.
import { demoButtonName, demoUsers, expect, test } from "../e2e/fixtures";

// Every known bypass is refused in the unit and route tests (open-redirect.test.ts); here, one of
// each kind a browser itself rewrites before it follows a redirect: a backslash, a tab, a
// protocol-relative path, an encoded backslash and a full address.
const BYPASSES = ["/\\evil.example/x", "/\t/evil.example/x", "//evil.example/x", "/%5Cevil.example/x", "https://evil.example/x"];

test("a demo sign-in after /login?callbackUrl=<bypass> stays on this site, for each kind of bypass", async ({ browser, baseURL }) => {
  test.setTimeout(BYPASSES.length * 20_000);
  const escaped: string[] = [];
  for (const callbackUrl of BYPASSES) {
    const context = await browser.newContext({ baseURL });
    const visited: string[] = [];
    // evil.example does not exist; a visit to it is recorded instead of failing on DNS.
    await context.route(
      (url) => url.hostname.endsWith("evil.example"),
      async (route) => {
        visited.push(route.request().url());
        await route.fulfill({ status: 200, contentType: "text/html", body: "<title>evil</title>buiten Groeipad" });
      },
    );
    try {
      const page = await context.newPage();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.getByRole("button", { name: demoButtonName(demoUsers.kees), exact: true }).click();
      await page.waitForURL((url) => url.pathname !== "/login" && url.pathname !== "/");
      await page.waitForLoadState("load");
      const landed = new URL(page.url());
      if (visited.length > 0 || landed.origin !== baseURL) escaped.push(`${JSON.stringify(callbackUrl)} → ${visited[0] ?? page.url()}`);
      // Refused callbacks lead home, which forwards to the user's organisation.
      else if (landed.pathname !== `/${demoUsers.kees.slug}`)
        escaped.push(`${JSON.stringify(callbackUrl)} → ${page.url()} (niet naar de start)`);
    } finally {
      await context.close();
    }
  }
  expect(escaped).toEqual([]);
});
