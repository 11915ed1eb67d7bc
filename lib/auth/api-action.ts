import { NextResponse } from "next/server";
import type { ActionDefinition } from "@/lib/action";
import { statusOfCode } from "@/lib/errors";
import { runAction } from "./session";

/**
 * Route handler glue for a write of the REST API: the JSON body goes through the same action
 * (permission, validation, tenant transaction, audit) as the form in the app, so the API can
 * never do more than the interface.
 */
export async function handleActionRoute<T>(
  action: ActionDefinition<never, T> | ActionDefinition<any, T>, // eslint-disable-line @typescript-eslint/no-explicit-any
  orgSlug: string,
  request: Request,
  fixed: Record<string, unknown>,
): Promise<NextResponse> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "De inhoud van het verzoek is geen geldige JSON.", code: "ValidationError" }, { status: 400 });
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return NextResponse.json({ error: "Stuur een JSON-object.", code: "ValidationError" }, { status: 400 });
  }
  const result = await runAction(action, orgSlug, { ...(body as Record<string, unknown>), ...fixed });
  if (result.ok) return NextResponse.json({ data: result.data }, { headers: { "Cache-Control": "no-store" } });
  const status = statusOfCode(result.code);
  return NextResponse.json({ error: result.error, code: result.code, fieldErrors: result.fieldErrors }, { status });
}
