// What the sign-in pages need from the server, so app/ stays free of database code.
import { getDb } from "@/db/client";
import { env, isDemoMode } from "@/lib/env";
import { listDemoAccounts } from "./demo-accounts";
import { currentAccount } from "./session";

export async function loginPageData() {
  const e = env();
  const demo = isDemoMode(e);
  return {
    demoAccounts: demo ? await listDemoAccounts(await getDb()) : [],
    oidcName: e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID ? e.AUTH_OIDC_NAME : null,
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
