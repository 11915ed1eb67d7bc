import http from "node:http";
import { z } from "zod";
import { getDatabase, prepareEmbeddedDatabase, type Database } from "@/db/client";
import { appUrl, env, isDemoMode } from "@/lib/env";

/**
 * Runs when the server starts: checks the configuration, stops believing forwarded headers that
 * no configured proxy wrote, and opens the database. A misconfiguration (no APP_URL outside the
 * demo, a role that bypasses RLS, a locked PGlite directory) stops the server at once with a
 * clear message instead of failing at the first page.
 *
 * `npm run dev` prepares the embedded database in a process of its own while Next compiles the
 * first page (scripts/serve.mjs); the server does not wait for it, every request does
 * (getDatabase). Started any other way, the server migrates and seeds by itself.
 */
export async function startServer(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const e = checkConfiguration();
    if (e.TRUSTED_PROXIES === 0) dropForwardedHeadersFromClients();
    if (e.DATABASE_URL) {
      await getDatabase();
      return;
    }
    prepareEmbeddedDatabase(async (database) => {
      const { seedIfEmpty } = await import("@/db/seed/demo");
      if (await seedIfEmpty(database.db)) console.log("Ingebouwde database aangemaakt met demodata.");
    });
    void getDatabase()
      .then((database) => (e.JOBS_IN_PROCESS === "true" ? startInProcessWorker(database) : undefined))
      .catch(stop);
  } catch (error) {
    stop(error);
  }
}

/**
 * The embedded demo has no separate process to run jobs, so the worker runs here: it shares the
 * server's PGlite, the one connection a PGlite directory allows. A worker that fails to start
 * leaves the app running without e-mailed notifications, and says so.
 */
async function startInProcessWorker(database: Database): Promise<void> {
  try {
    const { startJobWorker } = await import("@/lib/jobs/worker");
    await startJobWorker(database);
  } catch (error) {
    console.error(`Takenverwerker niet gestart: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function stop(error: unknown): never {
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

/** The settings, or an error in Dutch that names what is wrong. */
export function checkConfiguration() {
  let e;
  try {
    e = env();
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const names = [...new Set(error.issues.map((issue) => issue.path.join(".")))].join(", ");
    throw new Error(`Groeipad weigert te starten: ongeldige waarde voor ${names}. Zie de tabel 'Configuration' in README.md.`);
  }
  try {
    appUrl(e);
  } catch (error) {
    throw new Error(`Groeipad weigert te starten: ${(error as Error).message}`);
  }
  if (!isDemoMode(e) && !e.AUTH_SECRET) {
    throw new Error(
      "Groeipad weigert te starten: AUTH_SECRET ontbreekt. Zet een lange willekeurige waarde in de omgeving (openssl rand -base64 32).",
    );
  }
  return e;
}

const FORWARDED_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];
const installed = globalThis as unknown as { __groeipadForwardingGuard?: boolean };

/**
 * Without a proxy in front, X-Forwarded-* headers can only come from the client itself. Next
 * keeps a client-sent X-Forwarded-For (it fills in the connection's address only when the header
 * is missing), so a client could pick the address its sign-in attempts are counted under, and a
 * client-sent X-Forwarded-Host would reach whatever reads it. Every request therefore gets
 * them removed and X-Forwarded-For set to the address of the connection, before Next sees it.
 */
function dropForwardedHeadersFromClients(): void {
  if (installed.__groeipadForwardingGuard) return;
  installed.__groeipadForwardingGuard = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") replaceForwardedHeaders(args[0] as http.IncomingMessage);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/** Exported for the test: what the guard does to one request. */
export function replaceForwardedHeaders(request: http.IncomingMessage): void {
  for (const name of FORWARDED_HEADERS) delete request.headers[name];
  if (request.socket?.remoteAddress) request.headers["x-forwarded-for"] = request.socket.remoteAddress;
}
