// After signing in, only a path of the app's own public address: /login?callbackUrl=/\evil.example/x
// followed by a demo sign-in used to land on evil.example. Checked on the one function that reads
// a callback URL, and through next-auth's real sign-in route, where the landing address is made.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships, users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-data";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { openTestDatabase } from "../fixtures/db";
import { createOrganisation } from "../fixtures/factories";
import { APP, authRequest, csrf, testIp, useAppDatabase } from "./auth-client";

const database = await openTestDatabase();
useAppDatabase(database);
const { db } = database;

/** Known ways to make a "path" leave the site, in a browser, in Next's router or after decoding. */
const BYPASSES = [
  "/\\evil.example/x",
  "\\/evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "//evil.example",
  "///evil.example",
  "////evil.example/x",
  "/.//evil.example",
  "/..//evil.example",
  "/%2e%2e//evil.example",
  "https://evil.example",
  "http://evil.example/x",
  "HTTPS://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "javascript:alert(document.cookie)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/%2F%2Fevil.example",
  "/%2f%2fevil.example",
  "%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%2F%5Cevil.example",
  "/%252F%252Fevil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0d%0a/evil.example",
  " //evil.example",
  "\t//evil.example",
  "\u0000//evil.example",
  "/\u3000/evil.example",
  "//evil.example@groeipad.test",
  "https://groeipad.test@evil.example",
  "http://groeipad.test@evil.example/",
  "http://groeipad.test.evil.example/",
  "http://groeipad.test:80@evil.example/",
  "https://evil.example\\@groeipad.test",
  "http:\\\\evil.example",
  "evil.example",
  "",
];

/** Where a browser ends up from a redirect's Location, directly or as Next's router makes it relative. */
function landsOnOurSite(location: string): boolean {
  // eslint-disable-next-line no-control-regex -- a control character in a Location is the finding
  if (/[\\\s\u0000-\u001f]/.test(location)) return false;
  const absolute = new URL(location, APP);
  if (absolute.origin !== APP || absolute.pathname.startsWith("//")) return false;
  const relative = `${absolute.pathname}${absolute.search}${absolute.hash}`;
  return new URL(relative, APP).origin === APP;
}

describe("the one reader of a callback URL", () => {
  it("refuses every known bypass", () => {
    const accepted = BYPASSES.filter((value) => safeCallbackPath(value) !== "/");
    expect(accepted).toEqual([]);
  });

  it("keeps the paths of the app, with their query and fragment, and a full URL of the public address", () => {
    expect(safeCallbackPath("/voorbeeldstad/contracten?status=actief#lijst")).toBe("/voorbeeldstad/contracten?status=actief#lijst");
    expect(safeCallbackPath(`${APP}/zuiderland/dashboard?van=2025-Q1`)).toBe("/zuiderland/dashboard?van=2025-Q1");
    expect(safeCallbackPath(APP)).toBe("/");
    expect(safeCallbackPath("/@evil.example")).toBe("/@evil.example");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
    expect(safeCallbackPath(undefined, "/start")).toBe("/start");
  });
});

describe("next-auth's sign-in lands on the public address only", () => {
  // A one-click demo account of this file's own, in an organisation of its own.
  const demo = demoUsers[demoUsers.length - 1];

  async function demoSignIn(callbackUrl: string) {
    const ip = testIp();
    const { csrfToken, cookies } = await csrf(new Map(), { "x-forwarded-for": ip });
    return authRequest("callback/demo", {
      cookies,
      headers: { "x-forwarded-for": ip },
      form: { email: demo.email, csrfToken, callbackUrl },
    });
  }

  let slug = "";
  beforeAll(async () => {
    await db.insert(users).values({ email: demo.email, name: demo.name }).onConflictDoNothing();
    const [user] = await db.select().from(users).where(eq(users.email, demo.email));
    const org = await createOrganisation(db, "supplier");
    await db.insert(memberships).values({ organisationId: org.id, userId: user.id, role: "viewer" });
    slug = org.slug;
  });

  it.each(BYPASSES.filter(Boolean))("sends %j home instead of away", async (callbackUrl) => {
    const response = await demoSignIn(callbackUrl);
    expect(response.status).toBe(302);
    expect(landsOnOurSite(response.location!), String(response.location)).toBe(true);
    expect(response.location).toBe(`${APP}/`);
  });

  it("still lands on a path of the app, and on a full URL of the public address", async () => {
    expect((await demoSignIn(`/${slug}/contracten?x=1`)).location).toBe(`${APP}/${slug}/contracten?x=1`);
    expect((await demoSignIn(`${APP}/${slug}`)).location).toBe(`${APP}/${slug}`);
    expect((await demoSignIn(`/${slug}/%2F%2Fevil.example`)).location).toBe(`${APP}/`);
  });
});
