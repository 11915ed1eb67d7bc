import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseLockedError, openPglite } from "@/db/client";

// A PGlite directory opened by two processes gets corrupted, so the second one must be refused
// with a message saying what to do; a lock left by a dead process must not block anyone.
const dirs: string[] = [];
function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "groeipad-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// Opening a fresh directory runs initdb, seconds on a quiet machine and close to a minute on a
// busy one; this test is about the lock, not about speed.
const INITDB_TIMEOUT = 120_000;

describe("the embedded database directory lock", () => {
  it("refuses a directory that another live process holds, with a clear message", async () => {
    const dataDir = freshDir();
    const other = spawn("sleep", ["30"]);
    try {
      fs.writeFileSync(`${dataDir}.lock`, String(other.pid));
      const attempt = openPglite({ dataDir });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseLockedError);
      await expect(openPglite({ dataDir })).rejects.toThrow(`al geopend door proces ${other.pid}`);
      expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it(
    "takes over a lock left by a process that has died, and releases it on close",
    async () => {
      const dataDir = freshDir();
      const dead = spawn("true");
      await new Promise((resolve) => dead.on("exit", resolve));
      fs.writeFileSync(`${dataDir}.lock`, String(dead.pid));
      const database = await openPglite({ dataDir });
      expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
      await database.close();
      expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    },
    INITDB_TIMEOUT,
  );
});
