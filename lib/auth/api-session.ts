import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import type { RouteDefinition } from "@/lib/api";
import { toPublicError } from "@/lib/errors";
import { actorFromAccount } from "./actor";
import { currentAccount } from "./session";

/** Route handler glue: the checked session's user in the organisation of the URL, then the definition. */
export async function handleRoute<P>(route: RouteDefinition<P>, orgSlug: string, params: P): Promise<NextResponse> {
  const account = await currentAccount();
  const db = await getDb();
  let ctx = null;
  if (account) {
    try {
      ctx = { ...actorFromAccount(account, orgSlug), db };
    } catch (error) {
      const { status, error: message, code } = toPublicError(error);
      return NextResponse.json({ error: message, code }, { status });
    }
  }
  const { status, body } = await route.run(ctx, params);
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
