// Sessions that really end. After "Uitloggen" a copied cookie used to work for 7 days (a JWT that
// nothing checked). Now the cookie carries a session id that every request checks in the query
// that loads the user: logout, "overal uitloggen", removal as a member, idleness and age end it.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, memberships, userSessions } from "@/db/schema";
import { signOutEverywhere } from "@/lib/account/actions";
import { accountOfSession } from "@/lib/auth/session";
import { hashSessionId, startSession } from "@/lib/auth/user-sessions";
import { pruneExpired } from "@/lib/jobs/housekeeping";
import { removeMember } from "@/lib/members/actions";
import { openTestDatabase } from "../fixtures/db";
import { actorContext, addMember, createBuyer, createOrganisation, expectOk, insertContract } from "../fixtures/factories";
import {
  authRequest,
  latestMail,
  requestSignInLink,
  sessionOfCookie,
  signInByEmail,
  signOutWith,
  testIp,
  useAppDatabase,
} from "./auth-client";

const database = await openTestDatabase();
useAppDatabase(database);
const { db } = database;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A member who signed in through the e-mail link: the cookie, and what the server reads from it. */
async function signedInMember(role: "viewer" | "admin" = "viewer") {
  const org = await createOrganisation(db, "buyer");
  const user = await addMember(db, org, role);
  const cookie = await signInByEmail(database, user.email);
  const claim = await sessionOfCookie(cookie);
  return { org, user, cookie, claim };
}

/** What a request with this session gets at `at`: the account, or null (the login page). */
const request = (claim: { userId?: string; sessionId?: string } | null, at?: Date) => accountOfSession(db, claim, at);

describe("the account a request reads", () => {
  it("names per supplier membership the buyers with a contract with that supplier, and none for a buyer", async () => {
    const [one, two, stranger] = [await createBuyer(db), await createBuyer(db), await createBuyer(db)];
    const supplier = await createOrganisation(db, "supplier");
    const user = await addMember(db, supplier, "reporter");
    await db.insert(memberships).values({ organisationId: one.org.id, userId: user.id, role: "viewer" });
    for (const buyer of [one, two, two]) {
      await insertContract(db, { tenantId: buyer.org.id, managerId: buyer.as.contract_manager.userId, supplierOrgId: supplier.id });
    }
    await insertContract(db, { tenantId: stranger.org.id, managerId: stranger.as.contract_manager.userId, supplierOrgId: null });
    const account = await request(await sessionOfCookie(await signInByEmail(database, user.email)));
    const partnersOf = (orgId: string) => account!.memberships.find((m) => m.orgId === orgId)?.partnerOrgIds;
    expect([...partnersOf(supplier.id)!].sort()).toEqual([one.org.id, two.org.id].sort());
    expect(partnersOf(one.org.id)).toEqual([]);
  });
});

describe("logging out ends the session", () => {
  it("a cookie copied before Uitloggen is refused afterwards, though it still decodes", async () => {
    const { user, cookie, claim } = await signedInMember();
    const copy = new Map(cookie);
    expect(await request(claim)).toMatchObject({ user: { id: user.id } });

    const response = await signOutWith(cookie);
    expect(response.location).toMatch(/\/login$/);
    expect(response.cookies.has("authjs.session-token")).toBe(false);

    const replayed = await sessionOfCookie(copy);
    expect(replayed?.userId).toBe(user.id); // the JWT itself is intact...
    expect(await request(replayed)).toBeNull(); // ...but its session is gone
  });

  it("a cookie without a session id (issued before this check existed) counts as signed out", async () => {
    const { user } = await signedInMember();
    expect(await request({ userId: user.id })).toBeNull();
    expect(await request({ userId: user.id, sessionId: "geraden" })).toBeNull();
  });

  it("another user's session id does not sign anybody in", async () => {
    const one = await signedInMember();
    const two = await signedInMember();
    expect(await request({ userId: two.user.id, sessionId: one.claim!.sessionId })).toBeNull();
  });
});

describe("overal uitloggen", () => {
  it("ends every session of the user, not those of others, and leaves an audit event", async () => {
    const { org, user, claim } = await signedInMember();
    const secondBrowser = await sessionOfCookie(await signInByEmail(database, user.email, testIp()));
    const other = await signedInMember();

    const result = expectOk(await signOutEverywhere.run(await actorContext(db, user.id, org.slug), {}));
    expect(result.sessions).toBe(2);
    expect(await request(claim)).toBeNull();
    expect(await request(secondBrowser)).toBeNull();
    expect(await request(other.claim)).not.toBeNull();

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, org.id), eq(auditEvents.entityId, user.id), eq(auditEvents.action, "sign_out_everywhere")));
    expect(event).toMatchObject({ actorUserId: user.id, entity: "user", after: { sessions: 2 } });
  });
});

describe("removing a member", () => {
  it("ends the removed member's sessions, in the removal's transaction", async () => {
    const buyer = await createBuyer(db);
    const member = await addMember(db, buyer.org, "viewer");
    const claim = await sessionOfCookie(await signInByEmail(database, member.email));
    expect(await request(claim)).not.toBeNull();

    // A removal that is refused (the last admin) ends nothing...
    const admin = await signedInMember("admin");
    expect((await removeMember.run(await actorContext(db, admin.user.id, admin.org.slug), { userId: admin.user.id })).ok).toBe(false);
    expect(await request(admin.claim)).not.toBeNull();

    // ...one that goes through ends the member's sessions at once.
    expectOk(await removeMember.run(buyer.as.admin, { userId: member.id }));
    expect(await request(claim)).toBeNull();
  });
});

describe("idle and absolute limits (60 minutes, 12 hours by default)", () => {
  it("a session idle for more than the idle limit ends; activity in between keeps it alive", async () => {
    const { claim } = await signedInMember();
    const start = Date.now();
    expect(await request(claim, new Date(start + 59 * MINUTE))).not.toBeNull();
    // That request was activity: another 59 minutes later the session still holds...
    expect(await request(claim, new Date(start + 118 * MINUTE))).not.toBeNull();
    // ...but not 61 minutes after the last request.
    expect(await request(claim, new Date(start + 179 * MINUTE + 30_000))).toBeNull();
  });

  it("however active, a session ends 12 hours after signing in", async () => {
    const { claim } = await signedInMember();
    const start = Date.now();
    for (let at = start + 50 * MINUTE; at < start + 12 * HOUR - MINUTE; at += 50 * MINUTE) {
      expect(await request(claim, new Date(at)), `na ${Math.round((at - start) / MINUTE)} minuten`).not.toBeNull();
    }
    expect(await request(claim, new Date(start + 12 * HOUR - 2 * MINUTE))).not.toBeNull();
    expect(await request(claim, new Date(start + 12 * HOUR + MINUTE))).toBeNull();
  });

  it("follows SESSION_IDLE_MINUTES and SESSION_MAX_HOURS, and the cookie lives as long as a session may", async () => {
    const { user, claim } = await signedInMember();
    const saved = { idle: process.env.SESSION_IDLE_MINUTES, max: process.env.SESSION_MAX_HOURS };
    try {
      process.env.SESSION_IDLE_MINUTES = "5";
      expect(await request(claim, new Date(Date.now() + 6 * MINUTE))).toBeNull();

      process.env.SESSION_MAX_HOURS = "2";
      const ip = testIp();
      await requestSignInLink(user.email, { ip });
      const mail = await latestMail(database, user.email);
      const url = new URL(mail!.links.find((l) => l.includes("/callback/nodemailer"))!);
      const response = await authRequest(`callback/nodemailer${url.search}`, { headers: { "x-forwarded-for": ip } });
      const cookie = response.setCookie.find((c) => c.startsWith("authjs.session-token="))!;
      const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)![1]);
      expect(Math.abs(expires - (Date.now() + 2 * HOUR))).toBeLessThan(MINUTE);
    } finally {
      for (const [key, value] of [
        ["SESSION_IDLE_MINUTES", saved.idle],
        ["SESSION_MAX_HOURS", saved.max],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("records activity at most about once a minute, not on every request", async () => {
    const { claim } = await signedInMember();
    const lastSeen = async () => {
      const [row] = await db
        .select()
        .from(userSessions)
        .where(eq(userSessions.idHash, hashSessionId(claim!.sessionId!)));
      return row.lastSeenAt.getTime();
    };
    const start = await lastSeen();
    await request(claim, new Date(start + 20_000));
    await request(claim, new Date(start + 40_000));
    expect(await lastSeen()).toBe(start);
    await request(claim, new Date(start + 70_000));
    expect(await lastSeen()).toBe(start + 70_000);
  });

  it("stores only a hash of the session id", async () => {
    const { user, claim } = await signedInMember();
    const rows = await db.select().from(userSessions).where(eq(userSessions.userId, user.id));
    expect(rows.map((r) => r.idHash)).toEqual([hashSessionId(claim!.sessionId!)]);
    expect(rows[0].idHash).not.toContain(claim!.sessionId!);
  });
});

describe("housekeeping", () => {
  it("the daily job removes sessions past their limits and keeps live ones", async () => {
    const { user, claim } = await signedInMember();
    const old = await startSession(db, user.id, { now: new Date(Date.now() - 13 * HOUR) });
    await pruneExpired(db);
    const left = await db.select({ idHash: userSessions.idHash }).from(userSessions).where(eq(userSessions.userId, user.id));
    expect(left.map((r) => r.idHash)).toEqual([hashSessionId(claim!.sessionId!)]);
    expect(left.map((r) => r.idHash)).not.toContain(hashSessionId(old));
  });
});
