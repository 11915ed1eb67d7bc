// npm run dev / npm start. On the embedded database the migrations and the demo data are prepared
// in a process of their own while Next starts and compiles the first page: PGlite runs on the
// thread that calls it, so inside the server it would hold up Next's own work. The server waits
// for that process before it opens the directory (db/client.ts, the ".preparing" marker).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import nextEnv from "@next/env";

const [mode, ...args] = process.argv.slice(2);
// The same .env files Next reads, so both processes agree on DATABASE_URL and PGLITE_DIR.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");

// The port Next will listen on, told to both processes: in the demo every link in an e-mail (and
// the demo's own e-mails, written while preparing) points at this server, also on "-p 3400".
const portArg = args.findIndex((arg) => arg === "-p" || arg === "--port");
const port = portArg >= 0 ? args[portArg + 1] : args.find((arg) => arg.startsWith("--port="))?.slice("--port=".length);
if (port) process.env.PORT = port;

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
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, ...args], { stdio: "inherit" });
children.push(next);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((child) => child.kill(signal)));
next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
