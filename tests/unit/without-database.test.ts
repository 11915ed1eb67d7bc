// .ci/run runs tests/unit once, on PGlite, and only the integration and security tests again on
// PostgreSQL: that is honest only while no unit test opens a database. A test that needs one
// belongs in tests/integration.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const OPENS_A_DATABASE = [
  /from "\.\.\/fixtures\/db"/,
  /^import (?!type )[^;]*from "@\/db\/client"/m,
  /\b(openTestDatabase|openPglite|openPostgres|getDatabase|withTenant)\s*\(/,
];

describe("tests/unit", () => {
  const dir = path.join(process.cwd(), "tests/unit");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));

  it("finds its files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.filter((f) => f !== "without-database.test.ts"))("%s opens no database", (file) => {
    const text = readFileSync(path.join(dir, file), "utf8");
    const found = OPENS_A_DATABASE.filter((pattern) => pattern.test(text)).map(String);
    expect(found, `${file} opent een database: verplaats de test naar tests/integration`).toEqual([]);
  });
});
