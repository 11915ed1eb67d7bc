// A client for the real next-auth route handlers (GET/POST /api/auth/*) in a vitest process: the
// requests a browser or an attacker would send, with the headers they choose, against this test
// file's database. The app's database is the one the handlers open, so it is pointed at ours.
import { randomInt } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll } from "vitest";
import type { Database } from "@/db/client";
import { outboxEmails } from "@/db/schema";
import { GET, POST } from "@/lib/auth/handlers";

export const APP = "http://groeipad.test";

/** The handlers open the app's database through getDb(); for this file that is the test database. */
export function useAppDatabase(database: Database): void {
  const state = globalThis as unknown as { __groeipadDb?: { promise?: Promise<Database> } };
  const before = state.__groeipadDb;
  state.__groeipadDb = { promise: Promise.resolve(database) };
  afterAll(() => {
    state.__groeipadDb = before;
  });
}

/** A documentation address (RFC 5737) of its own for each caller, so limits never collide. */
export function testIp(): string {
  return `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export type AuthResponse = { status: number; location: string | null; cookies: Map<string, string>; body: string; setCookie: string[] };

/** One request to /api/auth/<path>, as it arrives at the route handler. */
export async function authRequest(
  path: string,
  options: {
    method?: "GET" | "POST";
    url?: string;
    headers?: Record<string, string>;
    form?: Record<string, string>;
    cookies?: Map<string, string>;
  } = {},
): Promise<AuthResponse> {
  const method = options.method ?? (options.form ? "POST" : "GET");
  const headers = new Headers(options.headers);
  if (options.cookies?.size) headers.set("cookie", [...options.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
  if (options.form) headers.set("content-type", "application/x-www-form-urlencoded");
  const url = options.url ?? `${APP}/api/auth/${path}`;
  const request = new NextRequest(url, { method, headers, body: options.form ? new URLSearchParams(options.form).toString() : undefined });
  const response = await (method === "GET" ? GET(request) : POST(request));
  const setCookie = response.headers.getSetCookie();
  const cookies = new Map(options.cookies);
  for (const line of setCookie) {
    const [pair, ...attributes] = line.split(";");
    const [name, ...value] = pair.split("=");
    const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=thu, 01 jan 1970/i.test(a.trim()));
    if (expired) cookies.delete(name.trim());
    else cookies.set(name.trim(), value.join("="));
  }
  return { status: response.status, location: response.headers.get("location"), cookies, body: await response.text(), setCookie };
}

/** next-auth's CSRF token and the cookie that goes with it, as a browser gets them first. */
export async function csrf(cookies = new Map<string, string>(), headers: Record<string, string> = {}, origin = APP) {
  const response = await authRequest("csrf", { cookies, headers, url: `${origin}/api/auth/csrf` });
  const { csrfToken } = JSON.parse(response.body) as { csrfToken: string };
  return { csrfToken, cookies: response.cookies };
}

/** "Stuur inloglink" straight to next-auth: what any client can send. */
export async function requestSignInLink(
  email: string,
  options: { ip: string; headers?: Record<string, string>; url?: string; callbackUrl?: string },
) {
  const headers = { "x-forwarded-for": options.ip, ...options.headers };
  const { csrfToken, cookies } = await csrf(new Map(), headers, options.url ? new URL(options.url).origin : APP);
  return authRequest("signin/nodemailer", {
    url: options.url,
    headers,
    cookies,
    form: { email, csrfToken, callbackUrl: options.callbackUrl ?? "/" },
  });
}

/** The newest e-mail to an address, with every http(s) link in it. */
export async function latestMail(database: Database, to: string) {
  const [mail] = await database.db
    .select()
    .from(outboxEmails)
    .where(eq(outboxEmails.to, to))
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  if (!mail) return null;
  const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")).filter((h) => h.startsWith("http"));
  return { ...mail, links };
}

/** Signs in through the e-mail link, as the user would: the session cookie it sets. */
export async function signInByEmail(database: Database, email: string, ip = testIp()): Promise<Map<string, string>> {
  const requested = await requestSignInLink(email, { ip });
  if (requested.status !== 302 || requested.location?.includes("error")) throw new Error(`inloglink geweigerd: ${requested.location}`);
  const mail = await latestMail(database, email);
  const link = mail?.links.find((l) => l.includes("/api/auth/callback/nodemailer"));
  if (!link) throw new Error(`geen inloglink voor ${email}`);
  const url = new URL(link);
  const response = await authRequest(`callback/nodemailer${url.search}`, { headers: { "x-forwarded-for": ip } });
  const session = [...response.cookies].filter(([name]) => name.endsWith("authjs.session-token"));
  if (session.length === 0) throw new Error(`geen sessiecookie na de inloglink (${response.status} ${response.location})`);
  return new Map(session);
}

/** What next-auth makes of a cookie: the session it hands the server (user id, session id). */
export async function sessionOfCookie(cookies: Map<string, string>): Promise<{ userId?: string; sessionId?: string } | null> {
  const response = await authRequest("session", { cookies });
  const session = JSON.parse(response.body) as { user?: { id?: string }; sessionId?: string } | null;
  return session ? { userId: session.user?.id, sessionId: session.sessionId } : null;
}

/** "Uitloggen" as next-auth's sign-out endpoint receives it. */
export async function signOutWith(cookies: Map<string, string>): Promise<AuthResponse> {
  const token = await csrf(cookies);
  return authRequest("signout", { cookies: token.cookies, form: { csrfToken: token.csrfToken, callbackUrl: "/login" } });
}
