import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, isDemoMode } from "@/lib/env";

/**
 * AUTH_SECRET signs the session cookies. A demo on the embedded database needs no setup, so it
 * gets a random secret kept next to the data; anything else must configure one.
 */
export function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (!isDemoMode(e)) throw new Error("AUTH_SECRET ontbreekt. Zet een lange willekeurige waarde in de omgeving.");
  const file = path.join(path.dirname(path.resolve(e.PGLITE_DIR)), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
