import type { z } from "zod";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import type { Permission } from "@/lib/auth/permissions";
import { attachmentDisposition } from "@/lib/content-disposition";
import { InternalError, toPublicError } from "@/lib/errors";
import { assertAllowed, runSteps, type Caller, type Steps } from "./steps";

/** A file to download; headers adds to or overrides the defaults (evidence files sandbox themselves). */
export type Download = { filename: string; contentType: string; bytes: Uint8Array; headers?: Record<string, string> };

/**
 * A file too large to hold in memory, written while it is sent: each part is read when the client
 * asks for more, in a short transaction of its own, so no connection waits on a slow download.
 */
export type StreamedDownload = Omit<Download, "bytes"> & { stream: ReadableStream<Uint8Array> };

/** What a route answers before it becomes HTTP: { data } on success, { error, code } on a refusal. */
export type RouteResponse = { status: number; body: unknown };

export type RouteDefinition<P> = {
  name: string;
  permission: Permission;
  /**
   * What an API token needs to call it (lib/api-tokens/scopes.ts); null for routes about the
   * signed-in person (notifications, the worklist), which only a browser session may call.
   */
  scope: ApiScope | null;
  /** json: the data as JSON; download: the data is a Download, sent as the file itself. */
  answers: "json" | "download";
  /** Answers a caller: the permission, the steps, then the checked data. Never throws. */
  run: (caller: Caller | null, params: P) => Promise<RouteResponse>;
};

/** A refusal or a failure as a route answers it: its status, its Dutch message and its code. */
export function refusalOf(error: unknown): RouteResponse {
  const { status, error: message, code, fieldErrors } = toPublicError(error);
  return { status, body: { error: message, code, fieldErrors } };
}

/**
 * A JSON read of the REST API, checked like every action: session, role, then the steps. The
 * answer is checked against its schema and only what the schema names leaves the server, so a
 * column added to a query never reaches API clients unnoticed.
 */
export function defineRoute<P, H = unknown, T = H>(
  def: { name: string; permission: Permission; scope: ApiScope | null; output: z.ZodType<T> } & Steps<P, P, H, T>,
): RouteDefinition<P> {
  return {
    name: def.name,
    permission: def.permission,
    scope: def.scope,
    answers: "json",
    async run(caller, params) {
      try {
        assertAllowed(caller, def.permission);
        const checked = def.output.safeParse(await runSteps(caller, params, def));
        if (!checked.success) throw new InternalError(`${def.name}: het antwoord past niet bij het schema`, checked.error);
        return { status: 200, body: { data: checked.data } };
      } catch (error) {
        return refusalOf(error);
      }
    },
  };
}

/** A file of the REST API: the same checks and steps as a JSON read; the answer is the file itself. */
export function defineDownload<P, H = Download | StreamedDownload>(
  def: { name: string; permission: Permission; scope: ApiScope | null } & Steps<P, P, H, Download | StreamedDownload>,
): RouteDefinition<P> {
  return {
    name: def.name,
    permission: def.permission,
    scope: def.scope,
    answers: "download",
    async run(caller, params) {
      try {
        assertAllowed(caller, def.permission);
        return { status: 200, body: { data: await runSteps(caller, params, def) } };
      } catch (error) {
        return refusalOf(error);
      }
    },
  };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** The HTTP response of a route's answer: JSON, or for a successful download the file with safe headers. */
export function toResponse(answers: RouteDefinition<unknown>["answers"], { status, body }: RouteResponse): Response {
  if (answers === "download" && status === 200) {
    const file = (body as { data: Download | StreamedDownload }).data;
    const { filename, contentType, headers } = file;
    return new Response("stream" in file ? file.stream : Buffer.from(file.bytes), {
      headers: {
        "Content-Type": contentType,
        // Names a person chose may hold any character: an ASCII stand-in plus filename*.
        "Content-Disposition": attachmentDisposition(filename),
        ...NO_STORE,
        ...headers,
      },
    });
  }
  return Response.json(body, { status, headers: NO_STORE });
}
