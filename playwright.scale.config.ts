import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions, productionBuildCheck } from "./tests/e2e/production-run";
import { APP_LOGIN, appDatabaseURL, instancePorts, proxyPort, proxyURL, scaleDatabase, seedStatusFile } from "./tests/scale/servers";

// Two app instances behind a small proxy on one PostgreSQL database, each with a job worker beside
// it, as a deployment on several machines runs them (README.md, "Running against PostgreSQL"), on
// the existing production build (`npm run build` first). Not part of `npm run test:e2e`: CI runs
// it as a step of its own (.ci/run).

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

// What the machines of a deployment share: the database, the public address (the proxy), the
// secret that signs session cookies, and the one proxy in front of them.
const shared = {
  DATABASE_URL: appDatabaseURL(),
  DEMO_MODE: "true",
  APP_URL: proxyURL(),
  AUTH_SECRET: "twee-instanties-alleen-voor-deze-test-niet-geheim-0123456789",
  TRUSTED_PROXIES: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

/**
 * One machine of the deployment: an app instance and, beside it, `npm run jobs`, a job worker
 * working the same queue as the other machine's. Ready once the worker has started; the proxy
 * waits for the instance itself. The first machine makes a fresh database first.
 */
function machine(index: number, port: number) {
  const prepare = [productionBuildCheck, `sh tests/scale/prepare-database.sh ${scaleDatabase()} ${APP_LOGIN} ${seedStatusFile()}`];
  // What `npm run jobs` and `npm start` run, without npm around each. Bound to the loopback
  // address: only the proxy reaches the instance, which is what makes trusting its
  // X-Forwarded-For safe.
  const start = `{ node --import tsx scripts/jobs.ts & exec node scripts/serve.mjs start -p ${port} -H 127.0.0.1; }`;
  return {
    name: `machine ${index}`,
    command: [...(index === 0 ? prepare : []), start].join(" && "),
    wait: { stdout: /Takenverwerker gestart/ },
    timeout: 180_000,
    env: shared,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 5_000 },
  };
}

const ports = instancePorts();

export default defineConfig({
  testDir: "tests/scale",
  testMatch: "*.spec.ts",
  globalSetup: "./tests/scale/global-setup.ts",
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: proxyURL(),
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions } }],
  webServer: [
    ...ports.map((port, index) => machine(index, port)),
    {
      name: "proxy",
      command: `exec node tests/scale/proxy.mjs ${proxyPort()} ${ports.map((port) => `http://127.0.0.1:${port}`).join(" ")}`,
      url: `${proxyURL()}/login`,
      timeout: 120_000,
    },
  ],
});
