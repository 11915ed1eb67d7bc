// npm run dev / npm start. On the embedded database the migrations and the demo data are prepared
// in a process of their own while Next starts and compiles the first page: PGlite runs on the
// thread that calls it, so inside the server it would hold up Next's own work. The server waits
// for that process before it opens the directory (db/client.ts, the ".preparing" marker).
// `npm start` runs the production server (scripts/server/production.mjs: Next behind an admission
// gate) in this process, started again first with a heap ceiling (scripts/server/heap.mjs) unless
// it has one; `npm run dev` runs `next dev` beside it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import nextEnv from "@next/env";
import { heapCeilingToSet } from "./server/heap.mjs";

const [mode, ...args] = process.argv.slice(2);
// The same .env files Next reads, so both processes agree on DATABASE_URL and PGLITE_DIR.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");

/** The value of "-p 3400", "--port 3400" or "--port=3400". */
function option(short, long) {
  const index = args.findIndex((arg) => arg === short || arg === long);
  return index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith(`${long}=`))?.slice(long.length + 1);
}

// The port Next will listen on, told to both processes: in the demo every link in an e-mail (and
// the demo's own e-mails, written while preparing) points at this server, also on "-p 3400".
const port = option("-p", "--port");
if (port) process.env.PORT = port;

let listen;
let heapCeiling = null;
try {
  listen = mode === "start" ? listenAddress() : null;
  heapCeiling = mode === "start" ? heapCeilingToSet(process.env, process.execArgv) : null;
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

if (heapCeiling !== null) {
  // This process only waits and passes signals on: the server, and the preparation it starts, run
  // in the new one. The preparation gets none of the server's Node flags (spawn passes none on),
  // so seeding the embedded database is never held to the server's ceiling.
  const server = spawn(
    process.execPath,
    [`--max-old-space-size=${heapCeiling}`, ...process.execArgv, fileURLToPath(import.meta.url), mode, ...args],
    { stdio: "inherit" },
  );
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
} else {
  await serve();
}

async function serve() {
  const children = [];
  if (!process.env.DATABASE_URL) {
    const marker = `${path.resolve(process.env.PGLITE_DIR || ".data/pglite")}.preparing`;
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    const prepare = spawn(process.execPath, ["--import", "tsx", "scripts/prepare-db.ts"], { stdio: "inherit" });
    // Written before Next starts, so the server cannot open the directory first.
    fs.writeFileSync(marker, String(prepare.pid));
    prepare.on("exit", (code) => {
      fs.rmSync(marker, { force: true });
      if (code) {
        for (const child of children) child.kill("SIGTERM");
        process.exit(code);
      }
    });
    children.push(prepare);
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((child) => child.kill(signal)));

  if (listen) {
    const { startProductionServer } = await import("./server/production.mjs");
    await startProductionServer(listen.port, listen.hostname).catch((error) => {
      console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
      children.forEach((child) => child.kill("SIGTERM"));
      process.exit(1);
    });
  } else {
    const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, ...args], { stdio: "inherit" });
    children.push(next);
    next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  }
}

/** Where `npm start` listens: -p/--port (or PORT, default 3000) and -H/--hostname (default every address). */
function listenAddress() {
  const known = ["-p", "--port", "-H", "--hostname"];
  for (let i = 0; i < args.length; i++) {
    if (known.includes(args[i])) i++;
    else if (!known.some((name) => name.startsWith("--") && args[i].startsWith(`${name}=`)))
      throw new Error(`npm start kent de optie "${args[i]}" niet; wel -p/--port en -H/--hostname.`);
  }
  const listenPort = Number(process.env.PORT || 3000);
  if (!Number.isInteger(listenPort) || listenPort < 1 || listenPort > 65535)
    throw new Error(`Ongeldige poort "${process.env.PORT}": gebruik een getal van 1 tot en met 65535.`);
  return { port: listenPort, hostname: option("-H", "--hostname") };
}
