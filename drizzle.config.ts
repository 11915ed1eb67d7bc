import { defineConfig } from "drizzle-kit";

// Only generates SQL from db/schema; migrations are applied by scripts/migrate.ts (server) or at
// start-up (embedded), so drizzle-kit never needs a database connection here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
