// POST /api/v1/jobs/reminders – the daily report reminders, for a scheduler with JOBS_SECRET.
import { reminderJobRoute } from "@/lib/jobs/route";

export async function POST(request: Request) {
  return reminderJobRoute(request);
}
