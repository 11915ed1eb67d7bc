// The production server sheds what it cannot take on (scripts/server/admission.mjs): started here
// with room for one request and no queue, what `npm start` runs. A POST whose body never finishes
// holds the one slot for as long as the test wants, so "full" does not depend on timing.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { checkPage, expect, test } from "./fixtures";
import { sheddingServer, templateDir } from "./servers";

const server = sheddingServer();
let app: ChildProcess;

test.beforeAll(async () => {
  rmSync(server.dataDir, { recursive: true, force: true });
  cpSync(templateDir(), server.dataDir, { recursive: true });
  app = spawn(process.execPath, ["scripts/serve.mjs", "start", "-p", String(server.port)], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      PGLITE_DIR: server.dataDir,
      APP_URL: server.baseURL,
      DEMO_MODE: "false",
      AUTH_SECRET: "e2e-alleen-voor-de-browsertests-niet-geheim-0123456789",
      JOBS_IN_PROCESS: "false",
      MAX_INFLIGHT: "1",
      MAX_QUEUED: "0",
    },
    // Next logs every held request the test gives up on ("aborted"): shown only if the start fails.
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  app.stderr!.on("data", (chunk) => (log += chunk));
  const deadline = Date.now() + 60_000;
  while ((await statusOf(`${server.baseURL}/login`).catch(() => 0)) !== 200) {
    if (app.exitCode !== null || Date.now() > deadline) throw new Error(`De server startte niet:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

test.afterAll(async () => {
  app.kill("SIGTERM");
  if (app.exitCode === null) await new Promise((resolve) => app.once("exit", resolve));
  rmSync(server.dataDir, { recursive: true, force: true });
});

/**
 * Takes the one slot: a form post whose body stops halfway. Destroying the socket is the client
 * giving up. Tried again should another request have had the slot at that moment.
 */
async function holdTheSlot(): Promise<net.Socket> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const socket = net.connect(server.port, "127.0.0.1");
    let answered = false;
    socket.on("data", () => (answered = true));
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(
      "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=",
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (!answered) return socket;
    socket.destroy();
  }
  throw new Error("De ene plaats van de server bleef bezet.");
}

/** The status of a GET, once its whole answer is in: until then the request holds its slot. */
async function statusOf(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

/** Resolves once the server takes a request again. */
async function roomAgain(): Promise<void> {
  await expect.poll(() => statusOf(`${server.baseURL}/api/v1/openapi.json`), { timeout: 5_000 }).toBe(200);
}

test("a full server gives a person a Dutch page to try again from, and the page works once there is room", async ({ page }) => {
  const held = await holdTheSlot();
  await page.setViewportSize({ width: 320, height: 640 });
  const response = await page.goto(`${server.baseURL}/login`);
  expect(response?.status()).toBe(503);
  expect(response?.headers()["retry-after"]).toBe("2");
  await expect(page.getByRole("heading", { level: 1, name: "Het is nu erg druk" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await checkPage(page, "te-druk");

  // The client of the held request gives up: its slot is free again, and the link brings the page.
  held.destroy();
  await roomAgain();
  await page.getByRole("link", { name: "Opnieuw proberen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await expect(page).toHaveURL(`${server.baseURL}/login`);
});

test("a full server answers the API with a problem and still serves the built files of pages already sent", async () => {
  const held = await holdTheSlot();
  try {
    const api = await fetch(`${server.baseURL}/api/v1/voorbeeldstad/contracts`, { headers: { accept: "application/json" } });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("2");
    expect(api.headers.get("content-type")).toBe("application/problem+json");
    expect(await api.json()).toMatchObject({ status: 503, code: "OverloadedError", detail: expect.stringContaining("erg druk") });

    const chunks = path.join(process.env.NEXT_DIST_DIR || ".next", "static", "chunks");
    const chunk = readdirSync(chunks).find((name) => name.endsWith(".js"));
    expect(await statusOf(`${server.baseURL}/_next/static/chunks/${chunk}`)).toBe(200);
    expect(await statusOf(`${server.baseURL}/icon.svg`)).toBe(200);
  } finally {
    held.destroy();
  }
  await roomAgain();
});

test("under a burst every request is either served or told at once to come back", async () => {
  const answers = await Promise.all(
    Array.from({ length: 30 }, () =>
      fetch(`${server.baseURL}/login`, { headers: { accept: "text/html" } }).then(async (r) => ({
        status: r.status,
        retryAfter: r.headers.get("retry-after"),
        body: await r.text(),
      })),
    ),
  );
  const shed = answers.filter((a) => a.status === 503);
  expect(shed.length).toBeGreaterThan(0);
  expect(answers.length - shed.length).toBeGreaterThan(0);
  expect(answers.filter((a) => a.status !== 503 && a.status !== 200)).toEqual([]);
  for (const a of shed) {
    expect(a.retryAfter).toBe("2");
    expect(a.body).toContain("Het is nu erg druk");
  }
  // Nothing stays taken once the burst is over.
  expect(await statusOf(`${server.baseURL}/login`)).toBe(200);
});
