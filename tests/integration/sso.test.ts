// An organisation's own identity provider: registered by its admin only after its OpenID
// configuration answered, its secret kept encrypted, and at sign-in vouching only for verified
// addresses in its domains of people its organisation knows (an invitee's invitation is accepted
// on the way). A session it signed in opens only that organisation.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, auditEvents, invitations, memberships, organisations, ssoProviders, users } from "@/db/schema";
import { accountOfSession } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/user-sessions";
import type { BuyerRole, SupplierRole } from "@/lib/auth/permissions";
import { inviteMember } from "@/lib/members/actions";
import { createSsoProvider, deleteSsoProvider, updateSsoProvider } from "@/lib/sso/actions";
import { admitThroughProvider } from "@/lib/sso/sign-in";
import {
  forgetSignInProviders,
  providersForEmail,
  requestedProvider,
  signInProviderOf,
  signInProviders,
  type SignInProvider,
} from "@/lib/sso/sign-in-providers";
import { sealClientSecret } from "@/lib/sso/secret";
import { openTestDatabase } from "../fixtures/db";
import { addMember, createStrangers, expectOk, uniqueEmail, type Team } from "../fixtures/factories";
import { createProviderAs, providerForm, startDiscoveryServer } from "../fixtures/sso";

const { db } = await openTestDatabase();

let buyer: Team<BuyerRole>;
let otherBuyer: Team<BuyerRole>;
let supplier: Team<SupplierRole>;
let discovery: Awaited<ReturnType<typeof startDiscoveryServer>>;
// Every test address ends in this domain (tests/fixtures/factories.ts uniqueEmail).
const DOMAIN = "test.groeipad.nl";

beforeAll(async () => {
  ({ buyer, otherBuyer, supplier } = await createStrangers(db));
  discovery = await startDiscoveryServer();
});
afterAll(() => discovery.close());

async function providerOf(id: string): Promise<SignInProvider> {
  forgetSignInProviders();
  const provider = await signInProviderOf(db, { authId: `sso-${id}` });
  if (!provider) throw new Error("provider not offered");
  return provider;
}

const account = (provider: SignInProvider, sub: string) => ({ provider: provider.authId, providerAccountId: sub });

describe("registering a provider", () => {
  it("keeps the secret encrypted, out of the audit trail, and offers the provider at sign-in with it", async () => {
    const { id } = await createProviderAs(buyer.as.admin, discovery.issuer, { emailDomains: `${DOMAIN}\n@Gemeente.Example` });
    const [row] = await db.select().from(ssoProviders).where(eq(ssoProviders.id, id));
    expect(row.emailDomains).toEqual([DOMAIN, "gemeente.example"]);
    expect(row.clientSecretEncrypted).not.toContain("zeer-geheim");
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "create")));
    expect(event.actorUserId).toBe(buyer.as.admin.userId);
    expect(JSON.stringify(event.after)).not.toContain("zeer-geheim");
    const provider = await providerOf(id);
    expect(provider).toMatchObject({
      clientSecret: "zeer-geheim-client-secret",
      issuer: discovery.issuer,
      organisation: { id: buyer.org.id },
    });
    expect((await providersForEmail(db, { email: "iemand@gemeente.example" })).map((p) => p.id)).toContain(id);
    expect((await providersForEmail(db, { email: "iemand@elders.example" })).map((p) => p.id)).not.toContain(id);
  });

  it("refuses, at the field, an issuer whose configuration names another one, a private address and bad domains", async () => {
    const wrongIssuer = await startDiscoveryServer({ namesIssuer: () => "https://login.elders.example" });
    try {
      const named = await createSsoProvider.run(buyer.as.admin, providerForm(wrongIssuer.issuer));
      expect(named).toMatchObject({ ok: false, fieldErrors: { issuer: expect.stringMatching(/andere issuer/) } });
    } finally {
      await wrongIssuer.close();
    }
    const internal = await createSsoProvider.run(buyer.as.admin, providerForm("https://10.0.0.8/realms/intern"));
    expect(internal).toMatchObject({ ok: false, fieldErrors: { issuer: expect.stringMatching(/openbaar adres/) } });
    const domains = await createSsoProvider.run(buyer.as.admin, providerForm(discovery.issuer, { emailDomains: "jan@gemeente.nl" }));
    expect(domains).toMatchObject({ ok: false, fieldErrors: { emailDomains: expect.stringMatching(/geen e-maildomein/) } });
  });

  it("changes name and domains, keeps the secret unless a new one is given, and conflicts on a stale version", async () => {
    const { id } = await createProviderAs(otherBuyer.as.admin, discovery.issuer);
    const form = { providerId: id, version: "1", name: "Keycloak", clientId: "nieuw", emailDomains: "voorbeeld.test" };
    expectOk(await updateSsoProvider.run(otherBuyer.as.admin, { ...form, clientSecret: "" }));
    expect((await providerOf(id)).clientSecret).toBe("zeer-geheim-client-secret");
    expect(await updateSsoProvider.run(otherBuyer.as.admin, { ...form, clientSecret: "x" })).toMatchObject({
      ok: false,
      code: "ConflictError",
    });
    expectOk(await updateSsoProvider.run(otherBuyer.as.admin, { ...form, version: "2", clientSecret: "nieuw-geheim" }));
    expect(await providerOf(id)).toMatchObject({ name: "Keycloak", clientId: "nieuw", clientSecret: "nieuw-geheim" });
    expectOk(await deleteSsoProvider.run(otherBuyer.as.admin, { providerId: id, version: "3" }));
    forgetSignInProviders();
    expect(await signInProviderOf(db, { authId: `sso-${id}` })).toBeNull();
  });

  it("reads the list anew for a provider another instance registered a moment ago", async () => {
    await signInProviders(db);
    const id = randomUUID();
    await db.insert(ssoProviders).values({
      id,
      organisationId: otherBuyer.org.id,
      name: "Elders geregistreerd",
      issuer: discovery.issuer,
      clientId: "elders",
      clientSecretEncrypted: sealClientSecret("geheim", id),
      emailDomains: [DOMAIN],
    });
    expect((await signInProviders(db)).map((p) => p.id)).not.toContain(id);
    const callback = `http://localhost/api/auth/callback/sso-${id}?code=x&state=y`;
    expect(requestedProvider(callback)).toBe(`sso-${id}`);
    expect(requestedProvider("http://localhost/api/auth/callback/nodemailer")).toBeUndefined();
    expect((await signInProviders(db, { including: requestedProvider(callback) })).map((p) => p.id)).toContain(id);
  });

  it("does not offer the providers of a suspended organisation", async () => {
    const { id } = await createProviderAs(supplier.as.admin, discovery.issuer);
    await db.update(organisations).set({ suspendedAt: new Date(), suspendedReason: "Test" }).where(eq(organisations.id, supplier.org.id));
    forgetSignInProviders();
    expect((await signInProviders(db)).map((p) => p.id)).not.toContain(id);
    await db.update(organisations).set({ suspendedAt: null, suspendedReason: null }).where(eq(organisations.id, supplier.org.id));
    expect((await providerOf(id)).id).toBe(id);
  });
});

describe("signing in through an organisation's provider", () => {
  let provider: SignInProvider;
  beforeAll(async () => {
    provider = await providerOf((await createProviderAs(buyer.as.admin, discovery.issuer, { emailDomains: DOMAIN })).id);
  });

  it("admits a member with a verified address in its domains", async () => {
    const email = buyer.as.viewer.email;
    expect(await admitThroughProvider(db, provider, { email, email_verified: true }, account(provider, "member-1"))).toBe(true);
    expect(await admitThroughProvider(db, provider, { email: email.toUpperCase() }, account(provider, "member-1"))).toBe(true);
  });

  it("refuses an unverified address, an address outside its domains, and a stranger to its organisation", async () => {
    expect(await admitThroughProvider(db, provider, { email: buyer.as.viewer.email, email_verified: false }, account(provider, "a"))).toBe(
      false,
    );
    expect(await admitThroughProvider(db, provider, { email: "viewer@elders.example" }, account(provider, "b"))).toBe(false);
    expect(await admitThroughProvider(db, provider, {}, account(provider, "c"))).toBe(false);
    // A member of another buyer, in the same domain: this provider does not vouch for them.
    expect(await admitThroughProvider(db, provider, { email: otherBuyer.as.viewer.email }, account(provider, "d"))).toBe(false);
    expect(await admitThroughProvider(db, provider, { email: uniqueEmail("onbekend") }, account(provider, "e"))).toBe(false);
  });

  it("accepts an invitee's open invitation into its own organisation, and not one into another", async () => {
    const invitee = uniqueEmail("genodigde");
    expectOk(await inviteMember.run(buyer.as.admin, { email: invitee, role: "viewer" }));
    const elsewhere = uniqueEmail("elders-genodigd");
    expectOk(await inviteMember.run(otherBuyer.as.admin, { email: elsewhere, role: "viewer" }));

    expect(await admitThroughProvider(db, provider, { email: elsewhere, name: "Elders" }, account(provider, "f"))).toBe(false);
    expect(await admitThroughProvider(db, provider, { email: invitee, name: "Nieuwe Collega" }, account(provider, "g"))).toBe(true);

    const [user] = await db.select().from(users).where(eq(users.email, invitee));
    expect(user.name).toBe("Nieuwe Collega");
    const [member] = await db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(member).toMatchObject({ organisationId: buyer.org.id, role: "viewer" });
    const [invitation] = await db.select().from(invitations).where(eq(invitations.email, invitee));
    expect(invitation.acceptedAt).not.toBeNull();
    const [elsewhereUser] = await db.select().from(users).where(eq(users.email, elsewhere));
    expect(elsewhereUser).toBeUndefined();
  });

  it("removes a link to an account with another address, so the provider's address decides", async () => {
    const colleague = await addMember(db, buyer.org, "viewer");
    // Linked while someone else was signed in in that browser: the provider's person is the viewer.
    await db.insert(accounts).values({ userId: colleague.id, type: "oidc", provider: provider.authId, providerAccountId: "sub-viewer" });
    expect(await admitThroughProvider(db, provider, { email: buyer.as.viewer.email }, account(provider, "sub-viewer"))).toBe(true);
    const links = await db.select().from(accounts).where(eq(accounts.providerAccountId, "sub-viewer"));
    expect(links).toEqual([]);
  });
});

describe("a session the provider signed in", () => {
  it("opens only the provider's organisation; an e-mail link's session opens all", async () => {
    const person = buyer.as.viewer;
    await db.insert(memberships).values({ organisationId: supplier.org.id, userId: person.userId, role: "viewer" });
    const everywhere = await accountOfSession(db, { userId: person.userId, sessionId: await startSession(db, person.userId) });
    expect(everywhere?.memberships.map((m) => m.orgId).sort()).toEqual([buyer.org.id, supplier.org.id].sort());
    const scoped = await startSession(db, person.userId, { organisationId: buyer.org.id });
    const account = await accountOfSession(db, { userId: person.userId, sessionId: scoped });
    expect(account?.memberships.map((m) => m.orgId)).toEqual([buyer.org.id]);
  });
});
