import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests only: tests/e2e belongs to Playwright.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/fixtures/global-setup.ts"],
    setupFiles: ["tests/fixtures/setup-env.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
