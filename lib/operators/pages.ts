// The platform operators' screen and its server actions: the signed-in person, checked as an
// operator on every request; anyone else gets "not found", as if the page did not exist.
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { currentAccount } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/http/action";
import type { OperatorCaller } from "./action";
import { isOperator, listOrganisations } from "./queries";

/**
 * The signed-in person as an operator candidate. A session an organisation's identity provider
 * signed in counts for nobody here: that provider vouches for its own organisation only.
 */
async function signedIn(): Promise<OperatorCaller | null> {
  const account = await currentAccount();
  if (!account || account.ssoOrganisationId) return null;
  return { userId: account.user.id, email: account.user.email, name: account.user.name, db: await getDb() };
}

export async function operatorPage() {
  const caller = await signedIn();
  if (!caller) {
    // Signed in through an organisation's identity provider: the platform is not there to be found.
    if (await currentAccount()) notFound();
    redirect("/login");
  }
  if (!(await isOperator(caller.db, { userId: caller.userId }))) notFound();
  return { operator: caller, organisations: await listOrganisations(caller.db) };
}

/** Runs an operator action for the signed-in person (a server action's body). */
export async function runOperatorAction<T>(
  action: { run: (caller: OperatorCaller | null, raw: unknown) => Promise<ActionResult<T>> },
  raw: unknown,
): Promise<ActionResult<T>> {
  return action.run(await signedIn(), raw);
}

/** Whether the signed-in person, in this session, may run the platform (their profile page links to it). */
export async function runsPlatform(): Promise<boolean> {
  const caller = await signedIn();
  return caller ? isOperator(caller.db, { userId: caller.userId }) : false;
}
