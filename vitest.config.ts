import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit, integration and security tests; tests/e2e and tests/security/*.spec.ts belong to Playwright.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/security/**/*.test.ts"],
    globalSetup: ["tests/fixtures/global-setup.ts"],
    setupFiles: ["tests/fixtures/setup-env.ts"],
    // next-auth imports "next/server" without an extension, which Node's own ESM loader cannot
    // resolve; through Vite it loads, so tests can call the real /api/auth route handlers.
    server: { deps: { inline: ["next-auth"] } },
    // Files share loaded modules within a worker (each still opens its own database): compiling
    // PGlite and React e-mail once per worker instead of per file cuts the suite from ~30 s to ~10 s.
    isolate: false,
    // Opening a database is most of a file's time and uses one core: on a two-core machine the
    // default of one worker left the other core idle (PGlite 166 s against 104 s with two,
    // PostgreSQL 100 s against 63 s). Files that go over every organisation open a database of
    // their own (openTestDatabase({ alone: true })).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
