import { NextResponse } from "next/server";
import type { RouteDefinition } from "@/lib/api";
import { attachmentDisposition } from "@/lib/content-disposition";
import { handleRoute } from "./api-session";

/** A file to download; headers adds to or overrides the defaults (evidence files sandbox themselves). */
export type Download = { filename: string; contentType: string; bytes: Uint8Array; headers?: Record<string, string> };

/**
 * Route handler glue for a file download: the same session, role and error handling as every
 * route (handleRoute), but a successful answer is the file itself instead of JSON.
 */
export async function handleDownloadRoute<P>(route: RouteDefinition<P>, orgSlug: string, params: P): Promise<NextResponse> {
  let file: Download | null = null;
  const capturing: RouteDefinition<P> = {
    ...route,
    async run(ctx, p) {
      const result = await route.run(ctx, p);
      if (result.status === 200) file = (result.body as { data: Download }).data;
      return result;
    },
  };
  const response = await handleRoute(capturing, orgSlug, params);
  if (!file) return response;
  const { filename, contentType, bytes, headers } = file as Download;
  return new NextResponse(Buffer.from(bytes), {
    status: 200,
    headers: {
      "Content-Type": contentType,
      // Names a person chose may hold any character: an ASCII stand-in plus filename*.
      "Content-Disposition": attachmentDisposition(filename),
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}
