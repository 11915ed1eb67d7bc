// The platform operators' screen and its server actions: the signed-in person, checked as an
// operator on every request; anyone else gets "not found", as if the page did not exist.
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { currentAccount } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/http/action";
import type { OperatorCaller } from "./action";
import { isOperator, listOrganisations } from "./queries";

async function signedIn(): Promise<OperatorCaller | null> {
  const account = await currentAccount();
  return account ? { userId: account.user.id, email: account.user.email, name: account.user.name, db: await getDb() } : null;
}

export async function operatorPage() {
  const caller = await signedIn();
  if (!caller) redirect("/login");
  if (!(await isOperator(caller.db, caller.userId))) notFound();
  return { operator: caller, organisations: await listOrganisations(caller.db) };
}

/** Runs an operator action for the signed-in person (a server action's body). */
export async function runOperatorAction<T>(
  action: { run: (caller: OperatorCaller | null, raw: unknown) => Promise<ActionResult<T>> },
  raw: unknown,
): Promise<ActionResult<T>> {
  return action.run(await signedIn(), raw);
}

/** Whether the signed-in person also runs the platform (their profile page links to it). */
export async function runsPlatform(userId: string): Promise<boolean> {
  return isOperator(await getDb(), userId);
}
