// Sign-in rate limits. The client address came from X-Forwarded-For as the client sent it, so the
// per-address limit was bypassed; over a limit the user read "link verstuurd" while the server
// logged an error; and an attacker could use up a user's e-mail allowance. Now: the address comes
// from the configured proxies (or the connection), refusals say "te veel pogingen", and one
// attacker address cannot lock a user out.
import { Socket } from "node:net";
import { IncomingMessage } from "node:http";
import { and, eq, gt } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { outboxEmails, verificationTokens } from "@/db/schema";
import { clientIp } from "@/lib/auth/sign-in";
import { replaceForwardedHeaders } from "@/lib/startup";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createOrganisation, uniqueEmail } from "../fixtures/factories";
import { APP, requestSignInLink, testIp, useAppDatabase } from "./auth-client";

const database = await openTestDatabase();
useAppDatabase(database);
const { db } = database;

const TOO_MANY = `${APP}/login?error=CredentialsSignin&code=te-veel-pogingen`;

/** A request as Node hands it to Next, from a connection at `peer`, with the client's own headers. */
function incoming(peer: string, headers: Record<string, string>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  const request = new IncomingMessage(socket);
  Object.assign(request.headers, headers);
  return request;
}

/** The headers Next passes on after the server has seen the request. */
function headersOf(request: IncomingMessage): Headers {
  return new Headers(Object.entries(request.headers).map(([k, v]): [string, string] => [k, String(v)]));
}

async function member() {
  const org = await createOrganisation(db, "buyer");
  return addMember(db, org, "viewer");
}

const sent = async (email: string) => (await db.select().from(outboxEmails).where(eq(outboxEmails.to, email))).length;

describe("the client address a limit counts", () => {
  const saved = process.env.TRUSTED_PROXIES;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUSTED_PROXIES;
    else process.env.TRUSTED_PROXIES = saved;
  });

  it("without a proxy, a client-sent X-Forwarded-For (and the other forwarded headers) give way to the connection", () => {
    delete process.env.TRUSTED_PROXIES;
    const request = incoming("203.0.113.7", {
      "x-forwarded-for": "1.1.1.1, 2.2.2.2",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "3.3.3.3",
      forwarded: "for=4.4.4.4;host=evil.example",
      host: "localhost:3202",
    });
    replaceForwardedHeaders(request);
    const headers = headersOf(request);
    expect(clientIp(headers)).toBe("203.0.113.7");
    expect(headers.get("x-forwarded-host")).toBeNull();
    expect(headers.get("x-forwarded-proto")).toBeNull();
    expect(headers.get("forwarded")).toBeNull();
    expect(headers.get("host")).toBe("localhost:3202");
  });

  it("behind TRUSTED_PROXIES proxies, the entry the outermost proxy appended; what the client put before it is ignored", () => {
    process.env.TRUSTED_PROXIES = "1";
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.8" }))).toBe("203.0.113.8");
    process.env.TRUSTED_PROXIES = "2";
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 7.7.7.7, 203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
  });

  it("counts an IPv6 client by its /64, so rotating addresses inside it gains nothing", () => {
    delete process.env.TRUSTED_PROXIES;
    const one = clientIp(new Headers({ "x-forwarded-for": "2001:db8:1:2::1" }));
    const two = clientIp(new Headers({ "x-forwarded-for": "2001:db8:1:2:ffff:ee:dd:cc" }));
    expect(one).toBe(two);
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:203.0.113.10" }))).toBe("203.0.113.10");
  });
});

describe("over the limit", () => {
  it("the request is refused with 'te veel pogingen', no link is sent and nothing is logged as a server error", async () => {
    const user = await member();
    const ip = testIp();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push((await requestSignInLink(user.email, { ip })).location);
      expect(answers.slice(0, 3).every((a) => a?.includes("/verify-request"))).toBe(true);
      expect(answers[3]).toBe(TOO_MANY);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).not.toHaveBeenCalled();
      expect(rejections).toEqual([]);
    } finally {
      errors.mockRestore();
      process.off("unhandledRejection", onRejection);
    }
    expect(await sent(user.email)).toBe(3);
  });

  it("one attacker address cannot use up a user's e-mail sign-in: the user, elsewhere, still gets a link", async () => {
    const victim = await member();
    const attacker = testIp();
    for (let i = 0; i < 10; i++) await requestSignInLink(victim.email, { ip: attacker });
    expect((await requestSignInLink(victim.email, { ip: attacker })).location).toBe(TOO_MANY);

    const response = await requestSignInLink(victim.email, { ip: testIp() });
    expect(response.location).toContain("/verify-request");
    expect(await sent(victim.email)).toBe(4);
  });

  it("when many addresses exhaust the total, the user is told why and already holds valid links", async () => {
    const victim = await member();
    for (let i = 0; i < 5; i++) await requestSignInLink(victim.email, { ip: testIp() });
    expect((await requestSignInLink(victim.email, { ip: testIp() })).location).toBe(TOO_MANY);
    expect(await sent(victim.email)).toBe(5);
    const valid = await db
      .select()
      .from(verificationTokens)
      .where(and(eq(verificationTokens.identifier, victim.email), gt(verificationTokens.expires, new Date(Date.now() + 14 * 60_000))));
    expect(valid.length).toBeGreaterThanOrEqual(5);
  });

  it("a forged X-Forwarded-For behind a proxy does not reset the count", async () => {
    const saved = process.env.TRUSTED_PROXIES;
    process.env.TRUSTED_PROXIES = "1";
    try {
      const email = uniqueEmail();
      const client = testIp();
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push((await requestSignInLink(email, { ip: `${testIp()}, ${client}` })).location);
      expect(answers[3]).toBe(TOO_MANY);
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_PROXIES;
      else process.env.TRUSTED_PROXIES = saved;
    }
  });
});
