// npm run jobs: the job worker (notifications: e-mails at once, the due notifications each
// morning, the daily digest), on the database in DATABASE_URL, or the embedded directory when the
// demo server is not running. Start as many as you like; stop with Ctrl+C.
import { startJobWorker } from "../lib/jobs/worker";
import { getDatabaseForScripts } from "./script-db";

async function main() {
  const database = await getDatabaseForScripts();
  const worker = await startJobWorker(database);
  console.log(`Takenverwerker gestart (${database.kind}). Stop met Ctrl+C.`);
  const stop = async () => {
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
