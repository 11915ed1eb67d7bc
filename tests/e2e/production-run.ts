// What every browser-test run needs, the journeys (playwright.config.ts) and the two-instance
// check (playwright.scale.config.ts) alike: the production build, and Debian's Chromium.
import { existsSync } from "node:fs";

/** A shell test that stops a web server's command with a clear message when nothing was built. */
export const productionBuildCheck = `test -f ${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID || { echo 'Geen productie-build gevonden: draai eerst npm run build.' >&2; exit 1; }`;

function debianChromium(): string {
  const shell = "/usr/bin/chromium-headless-shell";
  return existsSync(shell) ? shell : "/usr/bin/chromium";
}

/**
 * Debian's Chromium; Playwright never downloads a browser here. Its headless shell (the old
 * headless mode, without the full browser's UI process) ran the browser tests in three quarters
 * of the time on a two-core machine; the full browser stays the fallback.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? debianChromium(),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
