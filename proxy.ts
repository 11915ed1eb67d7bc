// Security headers of every page and API response (lib/security-headers.ts). The policy goes into
// the request's headers too: Next reads the nonce there while rendering and puts it on each of its
// scripts. Our own components render no inline script or <style> (a page reached by client-side
// navigation would carry a nonce the document's policy does not know): styles are stylesheets.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import {
  API_CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  newNonce,
  PERMISSIONS_POLICY,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security-headers";

export function proxy(request: NextRequest) {
  const https = servedOverHttps(request.headers, env());
  // API answers are data: no nonce to render, a policy under which nothing runs.
  const api = request.nextUrl.pathname.startsWith("/api/");
  const response = api ? NextResponse.next() : pageWithNonce(request, https);
  if (api) response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function pageWithNonce(request: NextRequest, https: boolean): NextResponse {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Built assets carry the fixed headers of next.config.mjs and need no nonce.
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      // A server action call answers with data, not a page, and may carry an evidence file:
      // through a proxy Next would buffer its body and cut it off at 10 MB.
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
