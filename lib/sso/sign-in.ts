// Whether an organisation's identity provider may sign this person in. It vouches only for
// verified addresses in its own domains, and only for people its organisation knows: members, and
// invitees, whose invitation it then accepts. A Groeipad account it is already linked to must
// still carry the address the provider names, so a link made in someone else's browser opens nothing.
import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Db } from "@/db/client";
import { accounts } from "@/db/schema";
import { groeipadAdapter } from "@/lib/auth/adapter";
import { acceptInvitationVouchedFor } from "@/lib/invitations/invitations";
import { vouchesFor } from "./domains";
import type { SignInProvider } from "./sign-in-providers";

/** The claims of the ID token that matter here, as the provider sent them. */
export type ProviderClaims = { email?: unknown; email_verified?: unknown; name?: unknown };

/** The address the provider vouches for, or why it vouches for none (for the server log, not the user). */
export function vouchedAddress(
  provider: Pick<SignInProvider, "emailDomains">,
  claims: ProviderClaims,
  linkedUserEmail: string | null,
): { email: string } | { refused: string } {
  if (typeof claims.email !== "string" || claims.email.trim() === "") return { refused: "the provider sent no e-mail address" };
  const email = claims.email.trim().toLowerCase();
  // Absent counts as verified: many providers only issue addresses they manage themselves.
  if (claims.email_verified === false || claims.email_verified === "false")
    return { refused: "the provider says the address is unverified" };
  if (!vouchesFor(provider, email)) return { refused: "the address is outside the provider's domains" };
  if (linkedUserEmail !== null && linkedUserEmail.toLowerCase() !== email) return { refused: "the linked account has another address" };
  return { email };
}

type Standing = "member" | "invited" | null;

async function standing(db: Db, organisationId: string, email: string): Promise<Standing> {
  const [row] = await queryRows<{ standing: Standing }>(
    db,
    sql`select sso_sign_in_standing(${organisationId}::uuid, ${email}, ${new Date().toISOString()}::timestamptz) as standing`,
  );
  return row?.standing ?? null;
}

type ProviderAccount = { provider: string; providerAccountId: string };

/**
 * The address of the Groeipad account this provider account is linked to. A link to an account
 * with another address (made while someone else was signed in in that browser, or before the
 * provider changed the person's address) is removed: the address the provider names decides.
 */
async function linkedAddress(db: Db, account: ProviderAccount, email: string): Promise<string | null> {
  const linked = await groeipadAdapter(db).getUserByAccount!(account);
  if (!linked || linked.email.toLowerCase() === email) return linked?.email ?? null;
  await db.delete(accounts).where(and(eq(accounts.provider, account.provider), eq(accounts.providerAccountId, account.providerAccountId)));
  return null;
}

/** True when the provider may sign this person in; an open invitation is accepted on the way. */
export async function admitThroughProvider(
  db: Db,
  provider: SignInProvider,
  claims: ProviderClaims,
  account: ProviderAccount,
): Promise<boolean> {
  const claimed = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const vouched = vouchedAddress(provider, claims, claimed ? await linkedAddress(db, account, claimed) : null);
  if ("refused" in vouched) {
    console.warn(`[sso] sign-in through provider ${provider.id} refused: ${vouched.refused}`);
    return false;
  }
  const known = await standing(db, provider.organisation.id, vouched.email);
  if (known === "member") return true;
  if (known !== "invited") return false;
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : null;
  await acceptInvitationVouchedFor(db, { organisation: provider.organisation, email: vouched.email, name });
  return true;
}
