// How long a fresh clone's `npm run dev` takes to answer its first page, as a ratio to the same
// start on a database that is already there: the cost of migrating and seeding the embedded
// database on top of Next's own start and first compile. Each run gets an empty data directory
// or the prepared one, and Next's development output (.next/dev) is emptied before each, so both
// compile from scratch; stop a running `npm run dev` first. `npm run bench:first-start` prints it
// alone; `npm run bench` includes it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Another port where the usual one is taken (several benches on one machine).
const PORT = Number(process.env.BENCH_FIRST_START_PORT ?? 3390);
const ROOT = path.resolve(".data/bench-first-start");

async function firstPageMs(dataDir: string): Promise<number> {
  // Another build directory would make Next rewrite tsconfig.json, so the usual one is emptied.
  fs.rmSync(path.join(".next", "dev"), { recursive: true, force: true });
  const started = Date.now();
  const child = spawn("node", ["scripts/serve.mjs", "dev", "-p", String(PORT)], {
    env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`next dev stopte:\n${log}`);
      if (Date.now() - started > 300_000) throw new Error(`Geen pagina binnen 5 minuten:\n${log}`);
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/login`)).status === 200) return Date.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

export type FirstStart = { fresh_ms: number; prepared_ms: number; ratio: number };

/** Two rounds of a fresh and a prepared start; the median of each. */
export async function measureFirstStart(log: (line: string) => void = () => {}): Promise<FirstStart> {
  const fresh: number[] = [];
  const prepared: number[] = [];
  for (const round of [1, 2]) {
    const dataDir = path.join(ROOT, `pglite-${round}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fresh.push(await firstPageMs(dataDir));
    prepared.push(await firstPageMs(dataDir));
    log(`  ronde ${round}: vers ${fresh.at(-1)} ms, bestaande database ${prepared.at(-1)} ms`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const result = { fresh_ms: middle(fresh), prepared_ms: middle(prepared), ratio: 0 };
  return { ...result, ratio: result.fresh_ms / result.prepared_ms };
}

if (process.argv[1]?.endsWith("first-start.ts")) {
  measureFirstStart(console.log).then(
    (r) =>
      console.log(
        `Eerste pagina: vers ${r.fresh_ms} ms, met bestaande database ${r.prepared_ms} ms, verhouding ${Math.round(r.ratio * 100) / 100}`,
      ),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
