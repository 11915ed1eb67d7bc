// Helpers for the security specs that talk to the production build's sign-in: next-auth's own
// endpoints as a client without a browser calls them, and the demo outbox as a person reads it.
import { request as http, type Page } from "@playwright/test";

/** Asks next-auth's endpoint for a sign-in link, as a new client with the headers it chooses. */
export async function requestLinkThroughApi(baseURL: string, email: string, headers: Record<string, string> = {}) {
  const request = await http.newContext({ baseURL });
  try {
    return await requestLink(request, email, headers);
  } finally {
    await request.dispose();
  }
}

async function requestLink(request: Awaited<ReturnType<typeof http.newContext>>, email: string, headers: Record<string, string>) {
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // Sent by hand: with a forged https the cookie is a Secure one that the client would keep back.
  const cookie = csrf
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0])
    .join("; ");
  const response = await request.post("/api/auth/signin/nodemailer", {
    headers: { ...headers, cookie },
    form: { email, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers().location ?? "" };
}

/** Every link in every e-mail the demo outbox holds for an address. */
export async function outboxLinks(page: Page, to: string): Promise<string[]> {
  await page.goto("/dev/outbox");
  const mails = page
    .getByRole("navigation", { name: "E-mails" })
    .getByRole("listitem")
    .filter({ hasText: `aan ${to}` });
  const links: string[] = [];
  for (const href of await mails.getByRole("link").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    await page.goto(href);
    links.push(...(await page.locator("a.mail-link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))));
  }
  return links;
}
