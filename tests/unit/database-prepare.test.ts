// DATABASE_PREPARE: an operator behind a pooler in transaction mode turns postgres.js's named
// prepared statements off; everyone else keeps them (they save a parse per query).
import { afterEach, describe, expect, it, vi } from "vitest";
import { env, preparesStatements } from "@/lib/env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("DATABASE_PREPARE", () => {
  it("keeps prepared statements when unset", () => {
    vi.stubEnv("DATABASE_PREPARE", undefined);
    expect(preparesStatements(env())).toBe(true);
  });

  it("turns them off with false and on with true", () => {
    vi.stubEnv("DATABASE_PREPARE", "false");
    expect(preparesStatements(env())).toBe(false);
    vi.stubEnv("DATABASE_PREPARE", "true");
    expect(preparesStatements()).toBe(true);
  });

  it("refuses anything else instead of guessing", () => {
    vi.stubEnv("DATABASE_PREPARE", "nee");
    expect(() => env()).toThrow();
  });
});
