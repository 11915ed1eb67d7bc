// Before the first test: the demo data, loading in the background since the database was
// migrated (tests/scale/prepare-database.sh), must be in.
import fs from "node:fs";
import { seedStatusFile } from "./servers";

const LONGEST_WAIT_MS = 180_000;

export default async function untilSeeded(): Promise<void> {
  const deadline = Date.now() + LONGEST_WAIT_MS;
  while (!fs.existsSync(seedStatusFile())) {
    if (Date.now() > deadline) throw new Error(`De demodata is na ${LONGEST_WAIT_MS / 1000} s nog niet geladen.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const status = fs.readFileSync(seedStatusFile(), "utf8").trim();
  fs.rmSync(seedStatusFile());
  if (status !== "0") throw new Error(`De demodata laden mislukte (exit ${status}); zie de foutmeldingen van machine 0 hierboven.`);
}
