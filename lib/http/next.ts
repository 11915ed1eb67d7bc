import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { actorFromAccount } from "@/lib/auth/actor";
import { currentAccount } from "@/lib/auth/session";
import { actorOfToken, INVALID_TOKEN } from "@/lib/api-tokens/account";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { bearerTokenOf } from "@/lib/api-tokens/token";
import { ForbiddenError, statusOfCode, toPublicError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { ActionDefinition, ActionResult } from "./action";
import { formDataToObject } from "./input";
import { refusalOf, toResponse, type RouteDefinition } from "./route";
import type { Caller } from "./steps";
import { downloadHolder } from "./streamed-downloads";

// The glue between Next.js and the definitions: who calls (the checked session's user in the
// organisation of the URL), then the definition's own run. Server actions, JSON reads, downloads
// and REST writes all start here.

/** Any action definition, whatever its input schema; T is what it answers with. */
export type AnyAction<T> = ActionDefinition<z.ZodType, T>;
type Segments = { org: string };
type RouteContext<S> = { params: Promise<S> };

/**
 * The caller in the organisation of the URL, or null when nobody is signed in. The session,
 * membership and role come from the database on this very request, so a removed member or an
 * ended session is refused at once; a non-member gets a NotFoundError, like a missing organisation.
 * A request of the REST API may carry an API token instead (Authorization: Bearer); then the
 * token alone decides, never a cookie that happens to come along. Server actions take no token.
 */
async function callerIn(orgSlug: string, request?: Request, ownDb?: Db): Promise<Caller | null> {
  const db = ownDb ?? (await getDb());
  const bearer = request ? bearerTokenOf(request.headers.get("authorization")) : null;
  if (bearer === "invalid") throw new UnauthenticatedError(INVALID_TOKEN);
  if (bearer !== null) return { ...(await actorOfToken(db, bearer, orgSlug)), db };
  const account = await currentAccount();
  if (!account) return null;
  return { ...actorFromAccount(account, orgSlug), db };
}

/** A token's call needs the scope the route names; a route about one person takes no token at all. */
function assertScope(caller: Caller | null, scope: ApiScope | null): void {
  if (!caller?.apiToken) return;
  if (scope === null) throw new ForbiddenError("Dit kan alleen een ingelogde gebruiker, niet een API-token.");
  if (!caller.apiToken.scopes.includes(scope)) throw new ForbiddenError(`Dit API-token mist de scope ${scope}.`);
}

/** Runs an action for the session's user in the organisation of the URL (a server action's body). */
export async function runAction<T>(action: AnyAction<T>, orgSlug: string, raw: unknown): Promise<ActionResult<T>> {
  let caller: Caller | null;
  try {
    caller = await callerIn(orgSlug);
  } catch (error) {
    const { error: message, code } = toPublicError(error);
    return { ok: false, error: message, code };
  }
  return action.run(caller, raw);
}

/** Where a handler works: the app's database, or a test's own (which then calls with a token). */
type HandlerOptions = { db?: Db };

/** A GET handler for a route definition; paramsOf picks the definition's parameters from the URL. */
export function routeHandler<S extends Segments, P>(
  route: RouteDefinition<P>,
  paramsOf: (segments: S, search: URLSearchParams) => P,
  options: HandlerOptions = {},
) {
  return async (request: Request, context: RouteContext<S>): Promise<Response> => {
    const segments = await context.params;
    let caller: Caller | null;
    try {
      caller = await callerIn(segments.org, request, options.db);
      assertScope(caller, route.scope);
    } catch (error) {
      return toResponse("json", refusalOf(error));
    }
    const answer = await route.run(caller, paramsOf(segments, new URL(request.url).searchParams));
    // A download link followed in a browser asks for a page; an API client does not.
    const wantsPage = (request.headers.get("accept") ?? "").includes("text/html");
    return toResponse(route.answers, answer, { holder: downloadHolder(caller), wantsPage });
  };
}

/**
 * A write of the REST API: the body goes through the same action (permission, validation, tenant
 * transaction, audit) as the form in the app, so the API can never do more than the interface.
 * inputOf makes the action's input from the URL's segments and the body (a JSON object, or a
 * multipart form for a file); the fields the URL decides are set there, after the body's, so the
 * body cannot override them. It may refuse a body of the wrong shape with a ValidationError.
 */
export function actionHandler<S extends Segments, T>(
  action: AnyAction<T>,
  scope: ApiScope,
  inputOf: (segments: S, body: Record<string, unknown>) => Record<string, unknown>,
  options: HandlerOptions = {},
) {
  return async (request: Request, context: RouteContext<S>): Promise<Response> => {
    const segments = await context.params;
    let caller: Caller | null;
    let input: Record<string, unknown>;
    try {
      caller = await callerIn(segments.org, request, options.db);
      assertScope(caller, scope);
      const body = await bodyOf(request);
      if (!body.ok) throw new ValidationError({}, body.error);
      input = inputOf(segments, body.value);
    } catch (error) {
      return toResponse("json", refusalOf(error));
    }
    const result = await action.run(caller, input);
    if (result.ok) return toResponse("json", { status: 200, body: { data: result.data } });
    const { error, code, fieldErrors } = result;
    return toResponse("json", { status: statusOfCode(code), body: { error, code, fieldErrors } });
  };
}

/** A multipart form (a file upload) as the form's fields, anything else as a JSON object. */
async function bodyOf(request: Request): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; error: string }> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return jsonObjectOf(request);
  try {
    return { ok: true, value: formDataToObject(await request.formData()) };
  } catch {
    return { ok: false, error: "De inhoud van het verzoek is geen geldig multipart-formulier." };
  }
}

/** The JSON object of a request body, or the Dutch reason it is not one. */
export async function jsonObjectOf(request: Request): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; error: string }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, error: "De inhoud van het verzoek is geen geldige JSON." };
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, error: "Stuur een JSON-object." };
  return { ok: true, value: body as Record<string, unknown> };
}
