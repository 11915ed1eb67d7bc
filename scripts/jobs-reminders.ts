// npm run jobs:reminders: sends today's report reminders and overdue notices and removes expired
// sessions and rate-limit windows (run it daily).
import { pruneExpired } from "../lib/jobs/housekeeping";
import { runReminderJob } from "../lib/jobs/reminders";
import { amsterdamToday } from "../lib/time";
import { getDatabaseForScripts } from "./script-db";

async function main() {
  const database = await getDatabaseForScripts();
  try {
    const today = process.argv[2] ?? amsterdamToday();
    const result = await runReminderJob(database.db, { today });
    await pruneExpired(database.db);
    console.log(
      `Herinneringen ${today}: ${result.reminders} herinnering(en), ${result.overdue} te-laatmelding(en), ${result.failed} mislukt.`,
    );
    if (result.failed > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
