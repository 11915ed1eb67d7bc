import type { z } from "zod";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import type { Permission } from "@/lib/auth/permissions";
import { attachmentDisposition } from "@/lib/content-disposition";
import { InternalError, toPublicError, type ErrorCode } from "@/lib/errors";
import { refusalPage, REFUSAL_PAGE_CSP } from "@/scripts/server/overloaded.mjs";
import type { Page } from "./paging";
import { countedDownload, downloadHolder, type DownloadRefusal } from "./streamed-downloads";
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
  /** For the API description (lib/http/openapi.ts): the schema of the data, and whether it comes in cursor pages. */
  output?: z.ZodType;
  paged?: boolean;
  /** Answers a caller: the permission, the steps, then the checked data. Never throws. */
  run: (caller: Caller | null, params: P) => Promise<RouteResponse>;
};

/** A refusal or a failure as a route answers it: its status, its Dutch message and its code. */
export function refusalOf(error: unknown): RouteResponse {
  const { status, error: message, code, fieldErrors } = toPublicError(error);
  return { status, body: { error: message, code, fieldErrors } };
}

/**
 * A list of the REST API in cursor pages (lib/http/paging.ts): like defineRoute, with the items
 * checked against the item schema and the cursor of the next page beside them.
 */
export function definePagedRoute<P, T>(
  def: { name: string; permission: Permission; scope: ApiScope | null; item: z.ZodType<T> } & Steps<P, P, Page<unknown>, Page<unknown>>,
): RouteDefinition<P> {
  const items = def.item.array();
  return {
    name: def.name,
    permission: def.permission,
    scope: def.scope,
    answers: "json",
    output: def.item,
    paged: true,
    async run(caller, params) {
      try {
        assertAllowed(caller, def.permission);
        const page = await runSteps(caller, params, def);
        const checked = items.safeParse(page.items);
        if (!checked.success) throw new InternalError(`${def.name}: het antwoord past niet bij het schema`, checked.error);
        return { status: 200, body: { data: checked.data, next: page.next } };
      } catch (error) {
        return refusalOf(error);
      }
    },
  };
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
    output: def.output,
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

/** A streamed download refused for want of a place: the server's (503) or the holder's own (429). */
const DOWNLOAD_REFUSALS: Record<DownloadRefusal, { status: number; heading: string; refusal: Refusal }> = {
  busy: {
    status: 503,
    heading: "Het is nu erg druk",
    refusal: { error: "Er lopen nu te veel grote downloads tegelijk. Probeer het over een minuut opnieuw.", code: "OverloadedError" },
  },
  holder: {
    status: 429,
    heading: "Je download is niet gestart",
    refusal: {
      error: "Je hebt al twee grote downloads lopen. Wacht tot er één klaar is en probeer het dan opnieuw.",
      code: "RateLimitedError",
    },
  },
};

/** Who asked: whose streamed download it would be (downloadHolder), and whether a person's browser asked for a page. */
export type Requester = { holder: string; wantsPage: boolean };

/**
 * A refused download as a person following a download link sees it, a Dutch page, or as an API
 * client gets every refusal, a problem. The page's own policy only holds where nothing else sets
 * one: under /api/ the proxy's stricter API policy comes first (proxy.ts; Next keeps the header
 * the proxy set), so its style does not load and it reads in the browser's own style.
 */
function refusedDownload(reason: DownloadRefusal, requester: Requester): Response {
  const { status, heading, refusal } = DOWNLOAD_REFUSALS[reason];
  const headers = { ...NO_STORE, "Retry-After": "60" };
  if (requester.wantsPage)
    return new Response(refusalPage({ heading, message: refusal.error }), {
      status,
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": REFUSAL_PAGE_CSP },
    });
  return Response.json(problemOf(status, refusal), { status, headers: { ...headers, "Content-Type": "application/problem+json" } });
}

/** The HTTP response of a route's answer: JSON, or for a successful download the file with safe headers. */
export function toResponse(
  answers: RouteDefinition<unknown>["answers"],
  { status, body }: RouteResponse,
  requester: Requester = { holder: downloadHolder(null), wantsPage: false },
): Response {
  if (answers === "download" && status === 200) {
    const file = (body as { data: Download | StreamedDownload }).data;
    const { filename, contentType, headers } = file;
    const stream = "stream" in file ? countedDownload(file.stream, requester.holder) : undefined;
    if (typeof stream === "string") {
      void (file as StreamedDownload).stream.cancel();
      return refusedDownload(stream, requester);
    }
    return new Response(stream ?? Buffer.from((file as Download).bytes), {
      headers: {
        "Content-Type": contentType,
        // Names a person chose may hold any character: an ASCII stand-in plus filename*.
        "Content-Disposition": attachmentDisposition(filename),
        ...NO_STORE,
        ...headers,
      },
    });
  }
  if (status < 400) return Response.json(body, { status, headers: NO_STORE });
  return Response.json(problemOf(status, body as Refusal), {
    status,
    headers: { ...NO_STORE, "Content-Type": "application/problem+json" },
  });
}

type Refusal = { error: string; code: ErrorCode; fieldErrors?: Record<string, string> };

/** The kind of each refusal in a few Dutch words, the "title" every problem of that kind shares. */
const PROBLEM_TITLES: Record<ErrorCode, string> = {
  ValidationError: "Ongeldige invoer",
  UnauthenticatedError: "Niet aangemeld",
  ForbiddenError: "Geen toestemming",
  NotFoundError: "Niet gevonden",
  ConflictError: "Gewijzigd door iemand anders",
  RateLimitedError: "Te veel verzoeken",
  InternalError: "Fout in Groeipad",
  OverloadedError: "Te druk",
};

/**
 * A refusal as problem details (RFC 9457): its type (a stable URN per code), a title, the status,
 * the Dutch message as detail, and as extensions the code and, for invalid input, the message per
 * field (keyed by the field's path in the request body).
 */
function problemOf(status: number, refusal: Refusal) {
  const code = Object.hasOwn(PROBLEM_TITLES, refusal.code) ? refusal.code : "InternalError";
  return {
    type: `urn:groeipad:problem:${code.replace(/Error$/, "").replace(/[A-Z]/g, (c, i) => (i === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`))}`,
    title: PROBLEM_TITLES[code],
    status,
    detail: refusal.error,
    code,
    ...(refusal.fieldErrors && Object.keys(refusal.fieldErrors).length > 0 ? { errors: refusal.fieldErrors } : {}),
  };
}
