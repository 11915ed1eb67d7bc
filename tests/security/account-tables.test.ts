// The second wall around the account tables: users, memberships and invitations answer a tenant
// transaction only with its own rows, and the login role outside one only with what the
// transaction says it is working on. Other people's addresses come from organisation_contacts,
// which checks the relation. And the whole way in still works as the login role.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, queryRows, type Database, type Db } from "@/db/client";
import { accounts, memberships, organisations, outboxEmails, users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-data";
import { groeipadAdapter, ONLY_INVITED_USERS } from "@/lib/auth/adapter";
import { actorFromAccount } from "@/lib/auth/actor";
import { listDemoAccounts } from "@/lib/auth/demo-accounts";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { accountOfSession } from "@/lib/auth/session";
import { invitationLanding } from "@/lib/invitations/pages";
import { inviteMember } from "@/lib/members/actions";
import { listMembersRoute } from "@/lib/members/routes";
import { decideReport, submitReport } from "@/lib/reports/actions";
import { withTenant, type TenantScope } from "@/lib/tenancy";
import { databaseError, onPostgres, openTestDatabase } from "../fixtures/db";
import {
  addMember,
  createBuyer,
  createOrganisation,
  createSupplier,
  expectOk,
  insertContract,
  invitationToken,
  uniqueEmail,
  type Team,
} from "../fixtures/factories";
import { insertActiveKpi, reportForm } from "../fixtures/reports";
import { APP, authRequest, csrf, latestMail, requestSignInLink, sessionOfCookie, testIp, useAppDatabase } from "./auth-client";

// The test database as its owner (a superuser, past row-level security), for the fixtures...
const owner = await openTestDatabase();
// ...and as the application's login role: on PostgreSQL a connection of its own, on PGlite the
// same single connection, switched to the login role for the production-path tests below.
const app: Database = onPostgres ? await openPostgres(process.env.TEST_DATABASE_URL!, { max: 1 }) : owner;
if (onPostgres) {
  await app.db.execute(sql`set role groeipad_app`);
  afterAll(() => app.close());
}
useAppDatabase(app);
const { db } = owner;

let a: Team<BuyerRole>;
let b: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
const invitationIds = { ofA: "", ofB: "" };

const buyerScope = (team: Team<BuyerRole>): TenantScope => ({ userId: team.as.admin.userId, orgId: team.org.id, orgKind: "buyer" });
const supplierScope = (): TenantScope => ({ userId: supplier.as.admin.userId, orgId: supplier.org.id, orgKind: "supplier" });
const rowsIn = <T>(scope: TenantScope, query: Parameters<Db["execute"]>[0]) => withTenant(scope, (tx) => queryRows<T>(tx, query), db);

async function invitationOf(team: Team<BuyerRole>): Promise<string> {
  const { invitationId } = expectOk(await inviteMember.run(team.as.admin, { email: uniqueEmail("uitgenodigd"), role: "viewer" }));
  return invitationId;
}

beforeAll(async () => {
  [a, b, supplier] = [await createBuyer(db), await createBuyer(db), await createSupplier(db)];
  await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: supplier.org.id });
  invitationIds.ofA = await invitationOf(a);
  invitationIds.ofB = await invitationOf(b);
});

describe("a tenant transaction sees only its own account rows", () => {
  it("an unfiltered read of memberships, users and invitations gives the buyer's own rows only", async () => {
    const members = await rowsIn<{ organisation_id: string }>(buyerScope(a), sql`select * from memberships`);
    expect(members.map((m) => m.organisation_id)).toEqual(Array(Object.keys(a.as).length).fill(a.org.id));
    const people = await rowsIn<{ id: string }>(buyerScope(a), sql`select * from users`);
    expect(people.map((u) => u.id)).toEqual([a.as.admin.userId]);
    const invitations = await rowsIn<{ id: string }>(buyerScope(a), sql`select * from invitations`);
    expect(invitations.map((i) => i.id)).toEqual([invitationIds.ofA]);
  });

  it("another tenant's rows, asked for by id, are not there", async () => {
    expect(await rowsIn(buyerScope(a), sql`select * from memberships where organisation_id = ${b.org.id}`)).toEqual([]);
    expect(await rowsIn(buyerScope(a), sql`select * from users where id = ${b.as.admin.userId}`)).toEqual([]);
    expect(await rowsIn(buyerScope(a), sql`select * from invitations where id = ${invitationIds.ofB}`)).toEqual([]);
  });

  it("refuses a write into another organisation's memberships, also for the acting user itself", async () => {
    for (const userId of [a.as.viewer.userId, a.as.admin.userId]) {
      const joined = rowsIn(
        buyerScope(a),
        sql`insert into memberships (organisation_id, user_id, role) values (${b.org.id}, ${userId}, 'admin')`,
      );
      expect(await databaseError(joined)).toMatch(/row-level security/);
    }
    expect(
      await rowsIn(buyerScope(a), sql`update memberships set role = 'viewer' where organisation_id = ${b.org.id} returning user_id`),
    ).toEqual([]);
    expect(await rowsIn(buyerScope(a), sql`delete from memberships where organisation_id = ${b.org.id} returning user_id`)).toEqual([]);
    expect(await rowsIn(buyerScope(a), sql`update users set name = 'Gekaapt' where id = ${b.as.admin.userId} returning id`)).toEqual([]);
    const [bAdmin] = await db.select().from(memberships).where(eq(memberships.userId, b.as.admin.userId));
    expect(bAdmin.role).toBe("admin");
    expect(
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(memberships)
        .where(eq(memberships.organisationId, b.org.id)),
    ).toEqual([{ n: Object.keys(b.as).length }]);
  });
});

describe("other people's names and addresses", () => {
  const contactsIn = (scope: TenantScope, orgId: string) =>
    rowsIn<{ email: string; role: string }>(scope, sql`select email, role from organisation_contacts(${orgId}::uuid) order by email`);

  it("organisation_contacts serves the organisation itself and a counterpart, and refuses any other", async () => {
    expect((await contactsIn(buyerScope(a), a.org.id)).map((c) => c.email).sort()).toEqual(
      Object.values(a.as)
        .map((m) => m.email)
        .sort(),
    );
    expect((await contactsIn(buyerScope(a), supplier.org.id)).map((c) => c.email).sort()).toEqual(
      Object.values(supplier.as)
        .map((m) => m.email)
        .sort(),
    );
    expect((await contactsIn(supplierScope(), a.org.id)).length).toBe(Object.keys(a.as).length);
    expect(await databaseError(contactsIn(buyerScope(a), b.org.id))).toMatch(/without a relation/);
    expect(await databaseError(contactsIn(buyerScope(b), supplier.org.id))).toMatch(/without a relation/);
    expect(await databaseError(contactsIn(supplierScope(), b.org.id))).toMatch(/without a relation/);
  });

  it("serves the buyer that registered a supplier before any contract links them", async () => {
    const [registered] = await db
      .insert(organisations)
      .values({ kind: "supplier", name: "Nieuw B.V.", slug: `nieuw-${b.org.id.slice(0, 8)}`, registeredByOrgId: b.org.id })
      .returning();
    const contact = await addMember(db, registered, "admin");
    expect((await contactsIn(buyerScope(b), registered.id)).map((c) => c.email)).toEqual([contact.email]);
    expect(await databaseError(contactsIn(buyerScope(a), registered.id))).toMatch(/without a relation/);
  });

  it("names everyone through people, and nothing but the name; people cannot be written", async () => {
    const [name] = await rowsIn<Record<string, unknown>>(buyerScope(a), sql`select * from people where id = ${b.as.admin.userId}`);
    expect(name).toEqual({ id: b.as.admin.userId, name: "Test admin" });
    const renamed = rowsIn(buyerScope(a), sql`update people set name = 'Gekaapt' where id = ${b.as.admin.userId}`);
    expect(await databaseError(renamed)).toMatch(/permission denied/);
  });
});

describe("the way in, as the login role with row-level security in force", () => {
  // A one-click demo account of this file's own, in an organisation of its own.
  const demo = demoUsers[demoUsers.length - 2];
  let demoUserId = "";
  let contract: Awaited<ReturnType<typeof insertContract>>;
  let kpiId = "";

  /** Fixture work as the owner: on PGlite the one connection leaves the login role meanwhile. */
  async function asOwner<T>(work: () => Promise<T>): Promise<T> {
    if (onPostgres) return work();
    await db.execute(sql`reset role`);
    try {
      return await work();
    } finally {
      await db.execute(sql`set role groeipad_app`);
    }
  }

  /** "Stuur inloglink" and the click on the link, as next-auth receives them: the session cookie. */
  async function signInByLink(email: string): Promise<Map<string, string>> {
    const ip = testIp();
    const requested = await requestSignInLink(email, { ip });
    expect(requested.location).toBe(`${APP}/api/auth/verify-request?provider=nodemailer&type=email`);
    const mail = await asOwner(() => latestMail(owner, email));
    const link = mail?.links.find((l) => l.includes("/api/auth/callback/nodemailer"));
    expect(link, "een inloglink in de e-mail").toBeDefined();
    const response = await authRequest(`callback/nodemailer${new URL(link!).search}`, { headers: { "x-forwarded-for": ip } });
    expect(response.location).toBe(`${APP}/`);
    return sessionCookie(response.cookies);
  }

  const sessionCookie = (cookies: Map<string, string>) => new Map([...cookies].filter(([name]) => name.endsWith("authjs.session-token")));
  const accountOf = async (cookies: Map<string, string>) => accountOfSession(app.db, await sessionOfCookie(cookies));
  const withApp = (ctx: (typeof a.as)[BuyerRole] | (typeof supplier.as)[SupplierRole]) => ({ ...ctx, db: app.db });

  beforeAll(async () => {
    await db.insert(users).values({ email: demo.email, name: demo.name }).onConflictDoNothing();
    const [user] = await db.select().from(users).where(eq(users.email, demo.email));
    demoUserId = user.id;
    await db.insert(memberships).values({ organisationId: (await createOrganisation(db, "buyer")).id, userId: user.id, role: "viewer" });
    contract = await insertContract(db, { tenantId: a.org.id, managerId: a.as.contract_manager.userId, supplierOrgId: supplier.org.id });
    kpiId = (await insertActiveKpi(db, contract)).id;
    if (!onPostgres) await db.execute(sql`set role groeipad_app`);
  });
  afterAll(async () => {
    if (!onPostgres) await db.execute(sql`reset role`);
  });

  it("is the ordinary login role, which outside any transaction's context reads no account row", async () => {
    const [me] = await queryRows<{ role: string; rolsuper: boolean; rolbypassrls: boolean }>(
      app.db,
      sql`select current_user as role, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(me).toEqual({ role: "groeipad_app", rolsuper: false, rolbypassrls: false });
    const [counts] = await queryRows<Record<string, number>>(
      app.db,
      sql`select (select count(*)::int from users) as users, (select count(*)::int from memberships) as memberships,
                 (select count(*)::int from invitations) as invitations`,
    );
    expect(counts).toEqual({ users: 0, memberships: 0, invitations: 0 });
  });

  it("signs in by e-mail link through next-auth, and a page request finds the account", async () => {
    const session = await signInByLink(a.as.viewer.email);
    const account = await accountOf(session);
    expect(account?.user).toMatchObject({ id: a.as.viewer.userId, email: a.as.viewer.email });
    expect(account?.memberships).toEqual([
      { orgId: a.org.id, slug: a.org.slug, name: a.org.name, kind: "buyer", role: "viewer", partnerOrgIds: [], suspension: null },
    ]);
    // A suspension reaches the same statement: the next request learns it, with the reason.
    await db.execute(sql`update organisations set suspended_at = now(), suspended_reason = 'Onderhoud' where id = ${a.org.id}`);
    expect((await accountOf(session))?.memberships[0].suspension).toMatchObject({ reason: "Onderhoud", suspendedAt: expect.any(Date) });
    await db.execute(sql`update organisations set suspended_at = null, suspended_reason = null where id = ${a.org.id}`);

    // What the table keeps opens no account: session_account wants the id the cookie carries.
    const [stored] = await queryRows<{ id_hash: string }>(
      app.db,
      sql`select id_hash from user_sessions where user_id = ${a.as.viewer.userId}`,
    );
    const now = new Date().toISOString();
    const opened = queryRows(
      app.db,
      sql`select * from session_account(${a.as.viewer.userId}::uuid, ${stored.id_hash}, ${now}::timestamptz, '-infinity', '-infinity')`,
    );
    expect(await opened).toEqual([]);
  });

  it("lets an e-mail link whose address is no longer a user sign nobody in and create nobody", async () => {
    const leaving = await asOwner(async () => addMember(db, await createOrganisation(db, "buyer"), "viewer"));
    const ip = testIp();
    await requestSignInLink(leaving.email, { ip });
    const mail = await asOwner(() => latestMail(owner, leaving.email));
    const link = mail!.links.find((l) => l.includes("/api/auth/callback/nodemailer"))!;
    // Removed between the e-mail and the click.
    await asOwner(() => db.delete(users).where(eq(users.id, leaving.id)));
    const response = await authRequest(`callback/nodemailer${new URL(link).search}`, { headers: { "x-forwarded-for": ip } });
    expect(response.location).toMatch(/\/login\?error=/);
    expect(sessionCookie(response.cookies).size).toBe(0);
    expect(await asOwner(() => db.select().from(users).where(eq(users.email, leaving.email)))).toEqual([]);
  });

  it("links an identity provider's account to an invited user without keeping its tokens, and creates nobody", async () => {
    const adapter = groeipadAdapter(app.db);
    const providerAccountId = `oidc-${a.as.coordinator.userId}`;
    await adapter.linkAccount!({
      userId: a.as.coordinator.userId,
      type: "oidc",
      provider: "oidc",
      providerAccountId,
      access_token: "geheim-toegangstoken",
      refresh_token: "geheim-verversingstoken",
      id_token: "geheim-id-token",
    });
    expect(await adapter.getUserByAccount!({ provider: "oidc", providerAccountId })).toMatchObject({
      id: a.as.coordinator.userId,
      email: a.as.coordinator.email,
    });
    const [kept] = await asOwner(() => db.select().from(accounts).where(eq(accounts.providerAccountId, providerAccountId)));
    expect([kept.access_token, kept.refresh_token, kept.id_token]).toEqual([null, null, null]);
    const email = uniqueEmail("onbekend");
    expect(() => adapter.createUser!({ id: "x", email, emailVerified: null })).toThrow(ONLY_INVITED_USERS);
  });

  it("lists the demo accounts and signs in with one click", async () => {
    const listed = (await listDemoAccounts(app.db)).flatMap((org) => org.users.map((u) => u.email));
    expect(listed).toContain(demo.email);
    const ip = testIp();
    const { csrfToken, cookies } = await csrf(new Map(), { "x-forwarded-for": ip });
    const response = await authRequest("callback/demo", {
      cookies,
      headers: { "x-forwarded-for": ip },
      form: { email: demo.email, csrfToken, callbackUrl: "/" },
    });
    expect(response.location).toBe(`${APP}/`);
    expect((await accountOf(sessionCookie(response.cookies)))?.user.id).toBe(demoUserId);
    // ...without the demo user's row having become readable outside its sign-in.
    expect(await queryRows(app.db, sql`select id from users where email = ${demo.email}`)).toEqual([]);
  });

  it("invites, shows the invitation page, accepts it through next-auth, and lists the new member", async () => {
    const email = uniqueEmail("nieuwkomer");
    expectOk(await inviteMember.run(withApp(a.as.admin), { email, role: "viewer" }));
    const mail = await asOwner(() => latestMail(owner, email));
    const token = invitationToken(mail!.text);

    const landing = await invitationLanding(token);
    expect(landing.invitation).toMatchObject({ email, organisation: { id: a.org.id }, invitedBy: "Test admin" });

    const ip = testIp();
    const { csrfToken, cookies } = await csrf(new Map(), { "x-forwarded-for": ip });
    const response = await authRequest("callback/invitation", {
      cookies,
      headers: { "x-forwarded-for": ip },
      form: { token, csrfToken, callbackUrl: `/${a.org.slug}` },
    });
    expect(response.location).toBe(`${APP}/${a.org.slug}`);
    const account = await accountOf(sessionCookie(response.cookies));
    expect(account?.user.email).toBe(email);
    expect(account?.memberships.map((m) => [m.slug, m.role])).toEqual([[a.org.slug, "viewer"]]);

    const admin = await accountOf(await signInByLink(a.as.admin.email));
    const listed = await listMembersRoute.run({ ...actorFromAccount(admin!, a.org.slug), db: app.db }, {});
    expect(listed.status).toBe(200);
    expect((listed.body as { data: Array<{ email: string; role: string }> }).data).toContainEqual(
      expect.objectContaining({ email, role: "viewer" }),
    );
    // The used invitation and the new member's row stay closed to anyone not working on them.
    expect(await queryRows(app.db, sql`select id from invitations where email = ${email}`)).toEqual([]);
    expect(await withTenant(buyerScope(b), (tx) => queryRows(tx, sql`select id from users where email = ${email}`), app.db)).toEqual([]);
  });

  it("mails a submitted report to the buyer's contract manager and the decision to the supplier's reporters", async () => {
    const submitted = expectOk(
      await submitReport.run(withApp(supplier.as.reporter), reportForm(contract.id, "2026-Q1", { [kpiId]: "41" })),
    );
    expectOk(
      await decideReport.run(withApp(a.as.contract_manager), {
        reportId: submitted.id,
        version: String(submitted.version),
        decision: "accept",
      }),
    );
    const sent = await asOwner(() =>
      db
        .select({ to: outboxEmails.to, template: outboxEmails.template })
        .from(outboxEmails)
        .where(sql`${outboxEmails.text} like ${`%${contract.id}%`}`),
    );
    expect(sent).toContainEqual({ to: a.as.contract_manager.email, template: "report-submitted" });
    const accepted = sent
      .filter((m) => m.template === "report-accepted")
      .map((m) => m.to)
      .sort();
    expect(accepted).toEqual([supplier.as.admin.email, supplier.as.reporter.email].sort());
    // The buyer reached those addresses through organisation_contacts, not through the users table.
    const direct = withTenant(
      buyerScope(a),
      (tx) => queryRows(tx, sql`select email from users where id = ${supplier.as.reporter.userId}`),
      app.db,
    );
    expect(await direct).toEqual([]);
  });
});
