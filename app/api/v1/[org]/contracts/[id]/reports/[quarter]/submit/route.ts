// POST /api/v1/[org]/contracts/[id]/reports/[quarter]/submit – the supplier submits the report, with
// the same body as PUT on the report (the values are saved first); the buyer is told by e-mail.
import { actionHandler } from "@/lib/http/next";
import { submitReport } from "@/lib/reports/actions";
import { reportInputOf } from "@/lib/reports/api";

export const POST = actionHandler(submitReport, "reports:write", (segments: { org: string; id: string; quarter: string }, body) =>
  reportInputOf(segments, body),
);
