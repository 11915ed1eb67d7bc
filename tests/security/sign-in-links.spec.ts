// Sign-in links must point at APP_URL, whatever X-Forwarded-Host/-Proto a request carries: on
// next-auth's own endpoint and through the "Stuur inloglink" form, against the production build.
import { request } from "@playwright/test";
import { expect, test } from "../e2e/fixtures";
import { outboxLinks, requestLinkThroughApi } from "./sign-in";

const FORGED = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443" };

test("a forged host on /api/auth/signin/nodemailer does not reach the link in the e-mail", async ({ page, baseURL }) => {
  const email = "ilse.koster@wegenbouwvandijk.example";
  const response = await requestLinkThroughApi(baseURL!, email, FORGED);
  expect(response.status).toBe(302);
  expect(new URL(response.location).origin).toBe(baseURL);

  const links = await outboxLinks(page, email);
  const signIn = links.filter((href) => href.includes("/api/auth/callback/nodemailer"));
  expect(signIn.length, links.join("\n")).toBeGreaterThan(0);
  for (const href of links) expect(new URL(href).origin).toBe(baseURL);
});

test("'Stuur inloglink' replayed with a forged host and origin mails no link to that host", async ({ page, baseURL }) => {
  const email = "sophie@schoonenfris.example";
  // The form's server action call as the browser makes it, captured instead of sent...
  let call: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/login", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    call = { headers: route.request().headers(), body: route.request().postDataBuffer()! };
    await route.abort();
  });
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Stuur inloglink" }).click();
  await expect.poll(() => call).not.toBeNull();
  await page.unroute("**/login");

  // ...and sent by an attacker's own client, with the forwarded headers and a matching Origin.
  const attacker = await request.newContext({ baseURL });
  try {
    await attacker.post("/login", {
      headers: { ...call!.headers, ...FORGED, origin: "https://evil.example" },
      data: call!.body,
      maxRedirects: 0,
    });
  } finally {
    await attacker.dispose();
  }

  // The same request as a person sends it still gets a link, on the public address.
  await page.goto("/login");
  await page.getByLabel("E-mailadres", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Stuur inloglink" }).click();
  await expect(page).toHaveURL(/\/login\/verstuurd/);

  const links = await outboxLinks(page, email);
  expect(
    links.some((href) => href.includes("/api/auth/callback/nodemailer")),
    links.join("\n"),
  ).toBe(true);
  for (const href of links) expect(new URL(href).origin, href).toBe(baseURL);
});
