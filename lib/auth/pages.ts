// What the sign-in pages need from the server, so app/ stays free of database code.
import { getDb } from "@/db/client";
import { env, isDemoMode } from "@/lib/env";
import { providersForEmail, signInProviders } from "@/lib/sso/sign-in-providers";
import { listDemoAccounts } from "./demo-accounts";
import { currentAccount } from "./session";

export async function loginPageData() {
  const e = env();
  const demo = isDemoMode(e);
  const db = await getDb();
  return {
    demoAccounts: demo ? await listDemoAccounts(db) : [],
    // Offered once any organisation has its own identity provider.
    organisationSignIn: (await signInProviders(db)).length > 0,
    demo,
  };
}

/**
 * The organisations of the signed-in user that can be opened now, or null when nobody is signed
 * in; suspended ones are counted apart, so the start page can say why it opens none of them.
 */
export async function myMemberships() {
  const account = await currentAccount();
  if (!account) return null;
  const open = account.memberships.filter((m) => !m.suspension);
  return {
    user: account.user,
    memberships: open.map(({ slug, name, kind, role }) => ({ slug, name, kind, role })),
    suspended: account.memberships.filter((m) => m.suspension).map(({ slug, name }) => ({ slug, name })),
  };
}

/** The identity providers of organisations that may sign this address in, for the login page's choice. */
export async function identityProvidersFor(email: string) {
  const providers = await providersForEmail(await getDb(), { email });
  return providers.map((p) => ({ authId: p.authId, name: p.name, organisation: p.organisation.name }));
}
