import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions, productionBuildCheck } from "./tests/e2e/production-run";
import { e2eServers, productionModeServer, templateDir } from "./tests/e2e/servers";

// Browser tests run against the production build (`npm run build` first), each worker against a
// server and an embedded database of its own (PGlite allows one process per data directory), so
// they never touch a developer's .data/pglite or port 3000. One more server runs in production
// mode (no demo) for the tests that check what only the demo offers.
const servers = e2eServers();
const production = productionModeServer();

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

// One migrated database with the demo data for the whole run, copied for every server: three
// servers each migrating and seeding at once kept both cores busy for half a minute before the
// first test. The name is this run's (workers load this file again and inherit the variable), so
// a directory from an earlier run with older migrations or demo data is never copied.
process.env.E2E_RUN_ID ??= String(process.pid);
const template = templateDir();

function webServer(server: { baseURL: string; port: number; dataDir: string }, env: Record<string, string>) {
  return {
    // `npm start` migrates the copied directory (nothing left to do) beside the server; /login answers once it is ready.
    command: [
      productionBuildCheck,
      "unset DATABASE_URL SMTP_URL",
      "mkdir -p .data",
      `sh tests/e2e/prepare-template.sh ${template}`,
      `rm -rf ${server.dataDir} ${server.dataDir}.lock`,
      `cp -r ${template} ${server.dataDir}`,
      `exec npm start -- -p ${server.port}`,
    ].join(" && "),
    url: `${server.baseURL}/login`,
    // A fresh database every run; E2E_REUSE_SERVER=1 keeps servers you started yourself.
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    timeout: 180_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
    env: {
      PGLITE_DIR: server.dataDir,
      // Links in e-mails (invitations, sign-in links) must point at this server; the app gives
      // next-auth the same address, so the tests see the address a request cannot change.
      APP_URL: server.baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      // No notification e-mails from a job worker in between: specs count the outbox's e-mails.
      JOBS_IN_PROCESS: "false",
      // Webhooks may go to the test's own receiver on 127.0.0.1; every other private address stays refused.
      OUTBOUND_ALLOW_LOOPBACK: "true",
      ...env,
    },
  };
}

export default defineConfig({
  // The journeys, and the security checks that need the production build (status codes,
  // headers, redirects).
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "security/**/*.spec.ts"],
  // A spec file runs on one worker, its tests in order; the files spread over the workers.
  fullyParallel: false,
  workers: servers.length,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // Replaced per worker by its own server (tests/e2e/fixtures.ts).
    baseURL: servers[0].baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    // CI keeps only its log, where a trace cannot be opened, and recording one for every test
    // took an eighth of the run; a failure there still prints its error and call log.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: [
    ...servers.map((server) => webServer(server, { DEMO_MODE: "true" })),
    // Production mode on an embedded database: no one-click accounts, no outbox, no test-data routes.
    webServer(production, { DEMO_MODE: "false", AUTH_SECRET: "e2e-alleen-voor-de-browsertests-niet-geheim-0123456789" }),
  ],
});
