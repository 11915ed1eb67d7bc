// The heap ceiling `npm start` gives the production server (scripts/server/heap.mjs): the default,
// MAX_HEAP_MB, and a ceiling the operator already chose, which always wins.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_MB, heapCeilingOf, heapCeilingToSet } from "@/scripts/server/heap.mjs";

describe("the production server's heap ceiling", () => {
  const onPostgres = { DATABASE_URL: "postgres://groeipad@db/groeipad" };

  it("is the default on PostgreSQL unless MAX_HEAP_MB names another or none", () => {
    expect(heapCeilingToSet(onPostgres, [])).toBe(DEFAULT_HEAP_MB);
    expect(heapCeilingToSet({ ...onPostgres, MAX_HEAP_MB: "" }, [])).toBe(DEFAULT_HEAP_MB);
    expect(heapCeilingToSet({ ...onPostgres, MAX_HEAP_MB: "512" }, [])).toBe(512);
    expect(heapCeilingToSet({ ...onPostgres, MAX_HEAP_MB: "0" }, [])).toBeNull();
  });

  it("is none on the embedded database, whose memory lives in the server's process, unless MAX_HEAP_MB names one", () => {
    expect(heapCeilingToSet({}, [])).toBeNull();
    expect(heapCeilingToSet({ MAX_HEAP_MB: "" }, [])).toBeNull();
    expect(heapCeilingToSet({ MAX_HEAP_MB: "384" }, [])).toBe(384);
  });

  it("leaves a ceiling the operator chose, on the command line or in NODE_OPTIONS, whatever MAX_HEAP_MB says", () => {
    expect(heapCeilingToSet({ MAX_HEAP_MB: "512" }, ["--max-old-space-size=1024"])).toBeNull();
    expect(heapCeilingToSet({ NODE_OPTIONS: "--enable-source-maps --max_old_space_size=2048" }, [])).toBeNull();
    expect(heapCeilingToSet({ ...onPostgres, NODE_OPTIONS: "--enable-source-maps" }, [])).toBe(DEFAULT_HEAP_MB);
  });

  it("reads the ceiling as Node does: the command line after NODE_OPTIONS, the value also as the next word", () => {
    expect(heapCeilingOf(["--max-old-space-size=256"], "--max-old-space-size=1024")).toBe(256);
    expect(heapCeilingOf([], "--max-old-space-size 300")).toBe(300);
    expect(heapCeilingOf(["--enable-source-maps"], undefined)).toBeNull();
    // What Node itself makes of the two, so the server's start line tells the truth.
    const { stdout } = spawnSync(
      process.execPath,
      ["--max-old-space-size=256", "-p", "require('v8').getHeapStatistics().heap_size_limit / 1048576"],
      { env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=1024" }, encoding: "utf8" },
    );
    expect(Number(stdout)).toBeLessThan(1024);
  });

  it("refuses to start on a value that cannot be meant", () => {
    for (const raw of ["abc", "-1", "12.5", "32"]) expect(() => heapCeilingToSet({ MAX_HEAP_MB: raw }, [])).toThrow(/MAX_HEAP_MB/);
  });
});
