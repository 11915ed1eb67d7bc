// "Stuur inloglink" sent with X-Forwarded-Host: evil.example put https://evil.example/... with the
// user's sign-in token into the real user's e-mail. Every link in every e-mail must use APP_URL,
// whatever host, forwarded headers or request URL the request carries.
import { afterEach, describe, expect, it } from "vitest";
import { checkConfiguration } from "@/lib/startup";
import { appUrl } from "@/lib/env";
import { inviteMember } from "@/lib/members/actions";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createBuyer, expectOk, uniqueEmail } from "../fixtures/factories";
import { APP, latestMail, requestSignInLink, testIp, useAppDatabase } from "./auth-client";

const database = await openTestDatabase();
useAppDatabase(database);
const { db } = database;

const FORGED = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443" };

describe("links in e-mails point at the public address only", () => {
  it("a sign-in link requested with a forged host goes to APP_URL, and so does every other e-mail", async () => {
    const buyer = await createBuyer(db);
    const user = await addMember(db, buyer.org, "viewer");
    // As Next hands it over when it believes the forwarded headers: the request URL on evil.example.
    const response = await requestSignInLink(user.email, {
      ip: testIp(),
      headers: FORGED,
      url: "https://evil.example/api/auth/signin/nodemailer",
      callbackUrl: "https://evil.example/phish",
    });
    const mail = await latestMail(database, user.email);
    expect(mail, "een inloglink").not.toBeNull();
    const link = mail!.links.find((l) => l.includes("/api/auth/callback/nodemailer"));
    expect(link).toMatch(new RegExp(`^${APP}/api/auth/callback/nodemailer\\?`));
    // Where the link leads after signing in is a path of the public address too.
    expect(new URL(link!).searchParams.get("callbackUrl")).toBe(`${APP}/`);
    expect(mail!.html + mail!.text).not.toContain("evil.example");
    expect(response.location).toBe(`${APP}/api/auth/verify-request?provider=nodemailer&type=email`);

    // An invitation (and any other notice) is built from the same address.
    const invited = uniqueEmail("uitgenodigd");
    expectOk(await inviteMember.run(buyer.as.admin, { email: invited, role: "viewer" }));
    const invitation = await latestMail(database, invited);
    expect(invitation!.links.length).toBeGreaterThan(0);
    for (const href of [...mail!.links, ...invitation!.links]) expect(new URL(href).origin).toBe(APP);
  });
});

describe("the public address is a setting the app cannot start without", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ["APP_URL", "DEMO_MODE", "AUTH_SECRET"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it("outside the demo, no APP_URL stops the start with a message that says what to set", () => {
    process.env.DEMO_MODE = "false";
    process.env.AUTH_SECRET = "een-lang-geheim-voor-de-test";
    delete process.env.APP_URL;
    expect(() => appUrl()).toThrow(/APP_URL ontbreekt/);
    expect(() => checkConfiguration()).toThrow(/weigert te starten: APP_URL ontbreekt.*https:\/\/groeipad\.example\.nl/);
  });

  it("refuses an APP_URL that is not a bare http(s) address", () => {
    process.env.DEMO_MODE = "false";
    process.env.AUTH_SECRET = "een-lang-geheim-voor-de-test";
    for (const value of [
      "groeipad.example.nl",
      "ftp://groeipad.example.nl",
      "https://groeipad.example.nl/app",
      "https://u:p@groeipad.example.nl",
    ]) {
      process.env.APP_URL = value;
      expect(() => checkConfiguration(), value).toThrow(/APP_URL/);
    }
    process.env.APP_URL = "https://groeipad.example.nl/";
    expect(appUrl()).toBe("https://groeipad.example.nl");
  });

  it("the demo needs none: it uses this machine on the port the server listens on", () => {
    process.env.DEMO_MODE = "true";
    delete process.env.APP_URL;
    const port = process.env.PORT;
    process.env.PORT = "3202";
    try {
      expect(appUrl()).toBe("http://localhost:3202");
    } finally {
      if (port === undefined) delete process.env.PORT;
      else process.env.PORT = port;
    }
  });
});
