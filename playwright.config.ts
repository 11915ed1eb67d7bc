import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the production build (`npm run build` first) on a fresh embedded
// database of their own, so they never touch a developer's .data/pglite or port 3000.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const dataDir = `.data/e2e-${port}`;

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

export default defineConfig({
  // The journeys, and the security checks that need the production build (status codes,
  // headers, redirects).
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "security/**/*.spec.ts"],
  fullyParallel: false,
  // One embedded database behind one server: tests share it, so they run one at a time.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
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
        // Debian's Chromium; Playwright never downloads a browser here.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // `npm start` prepares the emptied directory (migrations, demo data) beside the server; /login answers once it is ready.
    command: [
      `test -f ${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID || { echo 'Geen productie-build gevonden: draai eerst npm run build.' >&2; exit 1; }`,
      "unset DATABASE_URL SMTP_URL",
      `rm -rf ${dataDir} ${dataDir}.lock`,
      `exec npm start -- -p ${port}`,
    ].join(" && "),
    url: `${baseURL}/login`,
    // A fresh database every run; E2E_REUSE_SERVER=1 keeps a server you started yourself.
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      PGLITE_DIR: dataDir,
      DEMO_MODE: "true",
      // Links in e-mails (invitations, sign-in links) must point at this server; the app gives
      // next-auth the same address, so the tests see the address a request cannot change.
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    },
  },
});
